/**
 * The extension manifest and its translations stay in step with the code: every %key% of
 * package.json is translated in English and Chinese, every runtime string has a Chinese
 * translation, and every setting the code reads is contributed.
 */
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './helpers';

const root = repoRoot();
const read = (p: string) => readFileSync(join(root, p), 'utf8');
const pkg = JSON.parse(read('package.json'));
const nls = JSON.parse(read('package.nls.json'));
const nlsZh = JSON.parse(read('package.nls.zh-cn.json'));
const bundleZh = JSON.parse(read('l10n/bundle.l10n.zh-cn.json'));
const nlsTw = JSON.parse(read('package.nls.zh-tw.json'));
const bundleTw = JSON.parse(read('l10n/bundle.l10n.zh-tw.json'));

/** Every source file of the extension, its feature folders (src/extension/coding …) included. */
function extensionSources(dir = join(root, 'src', 'extension')): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((e) => (e.isDirectory() ? extensionSources(join(dir, e.name)) : e.name.endsWith('.ts') ? readFileSync(join(dir, e.name), 'utf8') : ''))
    .join('\n');
}

describe('extension manifest', () => {
  it('translates every %key% of package.json in package.nls.json and package.nls.zh-cn.json', () => {
    const keys = new Set([...JSON.stringify(pkg).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]));
    assert.ok(keys.size > 40);
    const missing = [...keys].filter((k) => !(k in nls) || !(k in nlsZh) || !(k in nlsTw));
    assert.deepEqual(missing, []);
    assert.deepEqual(Object.keys(nlsZh).sort(), Object.keys(nls).sort(), 'the files have the same keys');
    assert.deepEqual(Object.keys(nlsTw).sort(), Object.keys(nls).sort(), 'the 繁體中文 file has the same keys');
  });

  it('the 繁體中文 interface is in traditional characters', () => {
    const texts = [...Object.values(nlsTw), ...Object.values(bundleTw)].join('');
    for (const simplifiedOnly of ['们', '这', '来', '选', '编', '码', '设', '释', '术']) assert.ok(!texts.includes(simplifiedOnly), simplifiedOnly);
    assert.ok(texts.includes('編碼') && texts.includes('選'));
  });

  it('has a Chinese translation (简体 and 繁體) for every runtime string (vscode.l10n.t)', () => {
    const src = extensionSources();
    const strings = new Set([...src.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1].replace(/\\\\/g, '\\').replace(/\\'/g, "'")));
    assert.ok(strings.size > 50);
    const missing = [...strings].filter((s) => !(s in bundleZh) || !(s in bundleTw));
    assert.deepEqual(missing, []);
  });

  it('contributes every setting the code reads, under the policyAnnotator prefix', () => {
    const src = read('src/extension/settings.ts');
    const used = [...src.matchAll(/^\s+\w+: '([^']+)',$/gm)].map((m) => `policyAnnotator.${m[1]}`);
    assert.ok(used.length >= 10);
    const contributed = Object.keys(pkg.contributes.configuration.properties);
    assert.deepEqual(used.filter((k) => !contributed.includes(k)), []);
  });

  it('gives every colour a default for light, dark and both high-contrast themes', () => {
    for (const c of pkg.contributes.colors) {
      for (const theme of ['light', 'dark', 'highContrast', 'highContrastLight']) assert.ok(c.defaults[theme], `${c.id} ${theme}`);
    }
  });

  it('uses only contributed colours, and uses every contributed colour', () => {
    const contributed = new Set<string>(pkg.contributes.colors.map((c: { id: string }) => c.id));
    const src = extensionSources();
    const used = new Set<string>();
    for (const m of src.matchAll(/ThemeColor\(\s*'(policyAnnotator\.[\w.]+)'\s*\)/g)) used.add(m[1]);
    // The colours built from a name: `policyAnnotator.${kind}Background|Ruler` for each
    // decorationType('<kind>'), `policyAnnotator.annotation.${key}Background` for each tag colour name.
    const templates = [...src.matchAll(/ThemeColor\(\s*`([^`]+)`\s*\)/g)].map((m) => m[1]);
    assert.deepEqual([...new Set(templates)].sort(), ['policyAnnotator.${kind}Background', 'policyAnnotator.${kind}Ruler', 'policyAnnotator.annotation.${key}Background'], 'every colour built from a name is expanded below');
    const kinds = [...src.matchAll(/decorationType\(\s*'(\w+)'/g)].map((m) => m[1]);
    assert.ok(kinds.length >= 3, kinds.join());
    for (const kind of kinds) used.add(`policyAnnotator.${kind}Background`).add(`policyAnnotator.${kind}Ruler`);
    const names = /TAG_COLOR_NAMES = \[([^\]]*)\]/.exec(read('src/extension/annotationTags.ts'));
    assert.ok(names, 'the tag colour names are listed in annotationTags.ts');
    for (const m of names[1].matchAll(/'(\w+)'/g)) used.add(`policyAnnotator.annotation.${m[1]}Background`);
    assert.deepEqual([...used].filter((id) => !contributed.has(id)), [], 'used but not contributed');
    assert.deepEqual([...contributed].filter((id) => !used.has(id)), [], 'contributed but never used');
  });

  it('keeps the README true: every setting, visible command and colour is documented', () => {
    const readme = read('README.md');
    // A setting may be documented on a grouped row (`policyAnnotator.highlight.quotations` / `.terms`).
    for (const key of Object.keys(pkg.contributes.configuration.properties)) {
      const last = key.split('.').pop()!;
      assert.ok(readme.includes(key) || readme.includes('`.' + last + '`'), `README documents ${key}`);
    }
    const hidden = new Set(pkg.contributes.menus.commandPalette.filter((m: { when: string }) => m.when === 'false').map((m: { command: string }) => m.command));
    for (const c of pkg.contributes.commands) {
      if (hidden.has(c.command) && c.command !== 'policyAnnotator.annotateFinding') continue;
      const title: string = nls[c.title.slice(1, -1)];
      const words = title.replace(/…$/, '').split(/ /).slice(0, 2).join(' ');
      assert.ok(readme.includes(words), `README mentions the command “${title}”`);
    }
    for (const c of pkg.contributes.colors) {
      const id: string = c.id;
      assert.ok(readme.includes(id) || readme.includes(id.replace('policyAnnotator.', '').replace(/Ruler$/, '')), `README lists the colour ${id}`);
    }
  });

  it('never activates on every event', () => {
    assert.ok(!pkg.activationEvents.includes('*'));
  });
});
