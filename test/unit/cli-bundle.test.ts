/**
 * The built command line (dist/, made by `node esbuild.config.mjs` before the unit tests): small,
 * pure ASCII, the built-in glossary read from dist/cli-glossary/ with exactly the data of
 * src/core/glossary/data/, and the same `analyze` output as the analysis core.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './helpers';
import { BUILTIN_GLOSSARY_FILES } from '../../src/core/glossary/data';
import { toJson } from '../../src/cli/jsonOut';
import { analyze } from '../../src/core/analyze';
import { TermMatcherCache } from '../../src/node/termMatchers';
import { entriesFingerprint, readMatcherFile } from '../../src/node/prebuiltMatcher';

const dist = join(repoRoot(), 'dist');

describe('the built command line (dist/cli.js)', () => {
  before(function () {
    if (!existsSync(join(dist, 'cli.js'))) this.skip(); // built by `npm run test:unit` and `npm test`
  });

  it('node bundles are pure ASCII (Node then reads them without UTF-8 decoding, as one-byte strings)', () => {
    for (const name of ['cli.js', 'worker.js', 'exportWorker.js', 'extension.js']) {
      const bytes = readFileSync(join(dist, name));
      const at = bytes.findIndex((b) => b > 0x7f);
      assert.equal(at, -1, `${name}: non-ASCII byte at ${at}`);
    }
  });

  it('dist/cli.js carries neither the glossary data nor the export-only libraries', () => {
    const code = readFileSync(join(dist, 'cli.js'), 'latin1');
    assert.ok(code.length < 2_000_000, `dist/cli.js is ${code.length} bytes`);
    // An explanation of the built-in glossary would be inlined as a \u-escaped string.
    const explanation = BUILTIN_GLOSSARY_FILES['politics.json'].entries[0].explanation;
    const escaped = JSON.stringify(explanation).replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
    assert.ok(!code.includes(escaped.slice(1, 40)), 'the glossary is not inlined');
    for (const pkg of ['exceljs', 'jszip', 'fast-xml-parser']) assert.match(code, new RegExp(`require\\("${pkg}"\\)`), `${pkg} is loaded from node_modules`);
  });

  it('dist/cli-glossary holds every built-in data file with the same data', () => {
    const built = readdirSync(join(dist, 'cli-glossary')).filter((f) => f.endsWith('.json'));
    for (const [name, file] of Object.entries(BUILTIN_GLOSSARY_FILES)) {
      assert.ok(built.includes(name), `${name} is in dist/cli-glossary`);
      assert.deepEqual(JSON.parse(readFileSync(join(dist, 'cli-glossary', name), 'utf8')), JSON.parse(JSON.stringify(file)));
    }
  });

  it('dist/cli-glossary/matcher.bin is the matcher of the built-in glossary, accepted for it and finding the same terms', () => {
    const built = new TermMatcherCache().resolve([]).matcher;
    const loaded = readMatcherFile(join(dist, 'cli-glossary', 'matcher.bin'), built.entries, entriesFingerprint(built.entries));
    assert.ok(loaded, 'written by the build and accepted');
    const text = readFileSync(join(repoRoot(), 'test', 'fixtures', 'government-work-report-2023.txt'), 'utf8');
    assert.deepEqual(loaded.find(text), built.find(text));
    assert.equal(new TermMatcherCache(undefined, join(dist, 'cli-glossary', 'matcher.bin')).resolve([]).matcher.patternCount, built.patternCount);
  });

  it('analyze through bin/policy-annotator.js gives the bytes of the analysis core (two real documents)', () => {
    const cli = join(repoRoot(), 'bin', 'policy-annotator.js');
    for (const doc of ['government-work-report-2023.txt', join('extra', readdirSync(join(repoRoot(), 'test', 'fixtures', 'extra')).filter((f) => f.endsWith('.txt')).sort()[0])]) {
      const file = join(repoRoot(), 'test', 'fixtures', doc);
      const out = execFileSync(process.execPath, [cli, 'analyze', file], { encoding: 'utf8', maxBuffer: 1 << 28 });
      const text = readFileSync(file, 'utf8');
      const matcher = new TermMatcherCache().forDocument(file, repoRoot());
      assert.equal(out, JSON.stringify(toJson(file, analyze(text, { matcher }))) + '\n', doc);
    }
  });
});
