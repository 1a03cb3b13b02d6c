import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './helpers';

/*
 * scripts/glossary/apply-fixes.mjs: a review's fixes (JSON) applied to a copy of a data file under a
 * temporary root, through the command line as the coordinator runs it.
 */
const ROOT = repoRoot();
const SCRIPT = join(ROOT, 'scripts', 'glossary', 'apply-fixes.mjs');
const REL = 'src/core/glossary/data/politics.json';

interface Entry { term: string; variants?: string[]; category: string; explanation: string; source: { text: string; year: number }; english?: string | null; members?: string[]; related?: string[] }

function run(root: string, fixes: unknown): { status: number; out: string } {
  const path = join(root, 'fixes.json');
  writeFileSync(path, JSON.stringify(fixes));
  try {
    return { status: 0, out: execFileSync('node', [SCRIPT, path, '--root', root], { encoding: 'utf8' }) };
  } catch (e) {
    const err = e as { status: number; stdout: string };
    return { status: err.status, out: err.stdout };
  }
}

describe('glossary apply-fixes script', function () {
  this.timeout(30000);
  let root: string;
  let original: string;
  let entries: Entry[];

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'apply-fixes-'));
    mkdirSync(join(root, 'src', 'core', 'glossary', 'data'), { recursive: true });
    copyFileSync(join(ROOT, REL), join(root, REL));
    original = readFileSync(join(root, REL), 'utf8');
    entries = (JSON.parse(original) as { entries: Entry[] }).entries;
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const read = (): { text: string; entries: Entry[] } => {
    const text = readFileSync(join(root, REL), 'utf8');
    return { text, entries: (JSON.parse(text) as { entries: Entry[] }).entries };
  };

  it('sets fields, moves variants and removes an entry, keeping order and formatting', () => {
    const withVariants = entries.find((e) => (e.variants ?? []).length >= 1)!;
    const without = entries.find((e) => e.variants === undefined && e !== withVariants)!;
    const gone = entries[entries.length - 1];
    const res = run(root, [
      { file: REL, term: entries[0].term, set: { explanation: '改写后的说明，供测试用。', source: { text: '测试来源', year: 2016 }, english: null }, why: 'test' },
      { file: REL, term: withVariants.term, removeVariants: [withVariants.variants![0]], addVariants: ['测试新变体甲'] },
      { file: REL, term: without.term, addVariants: ['测试新变体乙'] },
      { file: REL, term: gone.term, remove: true },
    ]);
    assert.equal(res.status, 0, res.out);
    assert.match(res.out, /applied 4; problems 0/);
    const after = read();
    assert.equal(after.text, JSON.stringify(JSON.parse(after.text), null, 2) + '\n');
    assert.equal(after.entries.length, entries.length - 1);
    assert.deepEqual(after.entries.map((e) => e.term), entries.slice(0, -1).map((e) => e.term));
    assert.equal(after.entries[0].explanation, '改写后的说明，供测试用。');
    assert.deepEqual(after.entries[0].source, { text: '测试来源', year: 2016 });
    assert.equal(after.entries[0].english, null);
    const wv = after.entries.find((e) => e.term === withVariants.term)!;
    assert.deepEqual(wv.variants, [...withVariants.variants!.slice(1), '测试新变体甲']);
    const wo = after.entries.find((e) => e.term === without.term)!;
    assert.deepEqual(Object.keys(wo).slice(0, 2), ['term', 'variants'], 'a new variants field goes after the term');
    assert.deepEqual(wo.variants, ['测试新变体乙']);
    // Entries not named are byte-for-byte what they were.
    const untouched = after.entries.filter((e) => ![entries[0].term, withVariants.term, without.term].includes(e.term));
    const before = new Map(entries.map((e) => [e.term, JSON.stringify(e)]));
    for (const e of untouched) assert.equal(JSON.stringify(e), before.get(e.term), e.term);
  });

  it('refuses an unknown term, prints it, exits 1 and still applies the rest', () => {
    const res = run(root, [
      { file: REL, term: '并不存在的术语甲乙', set: { english: null } },
      { file: REL, term: entries[1].term, set: { english: null } },
    ]);
    assert.equal(res.status, 1);
    assert.match(res.out, /并不存在的术语甲乙\): unknown term/);
    assert.match(res.out, /applied 1; problems 1/);
    assert.equal(read().entries[1].english, null);
  });

  it('refuses variants that are not there or already there, an unknown file and unknown keys, touching nothing', () => {
    const e = entries.find((x) => (x.variants ?? []).length >= 1)!;
    const res = run(root, [
      { file: REL, term: e.term, removeVariants: ['没有这个变体'] },
      { file: REL, term: e.term, addVariants: [e.variants![0]] },
      { file: REL, term: e.term, addVariants: [e.term] },
      { file: 'src/core/glossary/data/no-such-file.json', term: e.term, remove: true },
      { file: REL, term: e.term, rename: 'x' },
      { file: REL, term: e.term },
    ]);
    assert.equal(res.status, 1);
    assert.match(res.out, /has no variant 没有这个变体/);
    assert.match(res.out, /already has/);
    assert.match(res.out, /no such file/);
    assert.match(res.out, /unknown keys rename/);
    assert.match(res.out, /nothing to do/);
    assert.match(res.out, /applied 0; problems 6/);
    assert.equal(read().text, original);
  });

  it('writes nothing with --dry-run', () => {
    const path = join(root, 'fixes.json');
    writeFileSync(path, JSON.stringify([{ file: REL, term: entries[0].term, remove: true }]));
    const out = execFileSync('node', [SCRIPT, path, '--root', root, '--dry-run'], { encoding: 'utf8' });
    assert.match(out, /would write/);
    assert.match(out, /applied 1; problems 0/);
    assert.equal(read().text, original);
  });
});
