/**
 * A term matcher kept in a file (src/node/prebuiltMatcher.ts): loaded back it finds and looks up
 * exactly what the built matcher does; a file for other entries, other options or damaged bytes is
 * refused (null), and TermMatcherCache then builds the matcher as before.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TermMatcher } from '../../src/core/glossary/matcher';
import type { GlossaryEntry } from '../../src/core/glossary/types';
import { entriesFingerprint, matcherFileBytes, matcherFromBytes, mergePlan, readMatcherFile, readPrebuiltGlossary, readPrebuiltMatchers, writeMatcherFile, writePrebuiltMatchers } from '../../src/node/prebuiltMatcher';
import { builtinGlossary } from '../../src/core/glossary/data';
import { mergeGlossaries } from '../../src/core/glossary/terms';
import { findMemberRuns, memberMatcherEntries } from '../../src/core/glossary/members';
import { TermMatcherCache } from '../../src/node/termMatchers';
import { readFixture } from './helpers';

const entry = (term: string, variants: string[] = [], category = '经济与改革'): GlossaryEntry =>
  ({ term, variants, category, explanation: '测试。', source: { text: '测试，2024年', year: 2024 } }) as GlossaryEntry;

describe('prebuilt term matcher (a matcher kept in a file)', () => {
  const builtin = new TermMatcherCache().resolve([]).matcher;
  const entries = builtin.entries;
  const fp = entriesFingerprint(entries);
  const bytes = matcherFileBytes(builtin, fp);
  const texts = ['government-work-report-2023.txt', 'digital-china-development-report-2022.txt', 'state-council-digital-government-opinion-2022.txt'].map(readFixture);
  // Terms across line breaks, other raw forms (full-width letters, quotation marks), a blank line.
  const odd = '构建新发展\n格局，推进“一带一路”倡议，ＧＤＰ增长，新发展\n\n格局，京津冀协同发展。';

  it('finds what the built matcher finds (whole texts, ranges, line breaks, other raw forms)', () => {
    const loaded = matcherFromBytes(bytes, entries, fp);
    assert.ok(loaded, 'the file is accepted for its own entries');
    for (const t of [...texts, odd]) {
      const want = builtin.find(t);
      assert.ok(t === odd || want.length > 100, 'a real document has many terms');
      assert.deepEqual(loaded.find(t), want);
      assert.deepEqual(loaded.find(t, 3, Math.floor(t.length / 2)), builtin.find(t, 3, Math.floor(t.length / 2)));
    }
    assert.ok(builtin.find(odd).some((m) => m.text.includes('\n')), 'a term across a line break');
    assert.equal(loaded.patternCount, builtin.patternCount);
  });

  it('looks up every term and variant as the built matcher does', () => {
    const loaded = matcherFromBytes(bytes, entries, fp)!;
    let n = 0;
    for (const e of entries.slice(0, 2000)) {
      for (const p of [e.term, ...(e.variants ?? []), `${e.term}X`]) {
        assert.equal(loaded.lookup(p), builtin.lookup(p), p);
        n++;
      }
    }
    assert.ok(n > 4000);
  });

  it('keeps the options: a matcher that does not cross line breaks stays so', () => {
    const own = [entry('新发展格局'), entry('试点'), entry('乡村振兴', ['三农振兴'])];
    const strict = new TermMatcher(own, { crossLineBreaks: false });
    const loose = new TermMatcher(own);
    const t = '新发展\n格局和乡村\n振兴试点，三农振兴';
    const a = matcherFromBytes(matcherFileBytes(strict, entriesFingerprint(own, false)), own, entriesFingerprint(own, false))!;
    const b = matcherFromBytes(matcherFileBytes(loose, entriesFingerprint(own)), own, entriesFingerprint(own))!;
    assert.deepEqual(a.find(t), strict.find(t));
    assert.deepEqual(b.find(t), loose.find(t));
    assert.notDeepEqual(a.find(t), b.find(t));
    assert.notEqual(entriesFingerprint(own, false), entriesFingerprint(own));
  });

  it('refuses a file written for other entries (a term, a variant, a category, the order, one more entry)', () => {
    const own = [entry('新发展格局'), entry('试点', ['试验点']), entry('乡村振兴')];
    const file = matcherFileBytes(new TermMatcher(own), entriesFingerprint(own));
    const others: GlossaryEntry[][] = [
      [entry('新发展格局'), entry('试点', ['试验点']), entry('乡村建设')],
      [entry('新发展格局'), entry('试点', ['试验区']), entry('乡村振兴')],
      [entry('新发展格局'), entry('试点'), entry('乡村振兴')],
      [entry('新发展格局'), entry('试点', ['试验点']), entry('乡村振兴', [], '社会与民生')],
      [entry('试点', ['试验点']), entry('新发展格局'), entry('乡村振兴')],
      [...own, entry('共同富裕')],
      [entry('新发展格局'), entry('试点试验点'), entry('乡村振兴')],
    ];
    assert.ok(matcherFromBytes(file, own, entriesFingerprint(own)), 'accepted for its own entries');
    for (const o of others) {
      assert.notEqual(entriesFingerprint(o), entriesFingerprint(own), JSON.stringify(o.map((e) => [e.term, e.variants, e.category])));
      assert.equal(matcherFromBytes(file, o, entriesFingerprint(o)), null);
    }
  });

  it('refuses damaged bytes (cut, another format, bad header, extra bytes) and reads an unaligned copy', () => {
    const own = [entry('新发展格局'), entry('试点', ['试验点'])];
    const fpo = entriesFingerprint(own);
    const good = matcherFileBytes(new TermMatcher(own), fpo);
    assert.equal(matcherFromBytes(good.subarray(0, good.length - 4), own, fpo), null, 'cut');
    assert.equal(matcherFromBytes(good.subarray(0, 3), own, fpo), null, 'shorter than the length');
    assert.equal(matcherFromBytes(Buffer.concat([good, Buffer.alloc(4)]), own, fpo), null, 'extra bytes');
    const header = Buffer.from(good);
    header[6] = 0x7b; // inside the JSON header
    assert.equal(matcherFromBytes(header, own, fpo), null, 'bad header');
    const other = Buffer.from(good.toString('latin1').replace('term matcher 1', 'term matcher 9'), 'latin1');
    assert.equal(other.length, good.length);
    assert.equal(matcherFromBytes(other, own, fpo), null, 'another format');
    const shifted = Buffer.alloc(good.length + 1);
    good.copy(shifted, 1);
    const unaligned = shifted.subarray(1);
    assert.equal(unaligned.byteOffset % 4, 1);
    const m = matcherFromBytes(unaligned, own, fpo)!;
    assert.deepEqual(m.find('推进新发展格局试验点'), new TermMatcher(own).find('推进新发展格局试验点'));
  });

  describe('with the member matchers of numbered formulas beside it', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'pa-prebuilt-members-'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));
    // Formulas written out in full (members.ts), two-member lists with 和 included.
    const lists = [
      '统筹推进经济建设、政治建设、文化建设、社会建设、生态文明建设。',
      '全面建设社会主义现代化国家、全面深化改革、全面依法治国、全面从严治党',
      '坚持以人民为中心，',
    ].join('\n');

    it('finds the same member runs as built member matchers (and the same terms over real documents)', () => {
      const file = join(dir, 'matcher.bin');
      writePrebuiltMatchers(file, builtin);
      const loaded = readPrebuiltMatchers(file, entries)!;
      assert.ok(loaded);
      const want = findMemberRuns(lists, builtin);
      assert.ok(want.length >= 2, JSON.stringify(want));
      assert.deepEqual(findMemberRuns(lists, loaded), want);
      for (const t of texts) assert.deepEqual(findMemberRuns(t, loaded), findMemberRuns(t, builtin));
    });

    it('reads the member files (empty member matchers under the right fingerprint find no run) and refuses those of other members', () => {
      const file = join(dir, 'matcher.bin');
      writePrebuiltMatchers(file, builtin);
      const members = memberMatcherEntries(builtin)!;
      assert.ok(members.all.length > 10 && members.pairs.length > 0);
      // Tables of no member at all under the fingerprints of the real member lists: a primed index finds nothing.
      writeMatcherFile(join(dir, 'matcher-members.bin'), new TermMatcher([]), entriesFingerprint(members.all));
      writeMatcherFile(join(dir, 'matcher-member-pairs.bin'), new TermMatcher([]), entriesFingerprint(members.pairs));
      assert.deepEqual(findMemberRuns(lists, readPrebuiltMatchers(file, entries)!), [], 'the member files were read');
      // The same files under other fingerprints: refused, the member matchers are built.
      writeMatcherFile(join(dir, 'matcher-members.bin'), new TermMatcher([]), entriesFingerprint(members.all.slice(1)));
      assert.deepEqual(findMemberRuns(lists, readPrebuiltMatchers(file, entries)!), findMemberRuns(lists, builtin));
      rmSync(join(dir, 'matcher-member-pairs.bin'));
      writePrebuiltMatchers(join(dir, 'other.bin'), builtin);
      rmSync(join(dir, 'other-member-pairs.bin'));
      assert.deepEqual(findMemberRuns(lists, readPrebuiltMatchers(join(dir, 'other.bin'), entries)!), findMemberRuns(lists, builtin), 'a missing member file');
    });
  });

  describe('with the merged built-in glossary (no merge at start-up)', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'pa-prebuilt-merge-'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('gives the entries of mergeGlossaries(builtin) (the same objects, copies where variants were taken) and the same matcher', () => {
      const file = join(dir, 'matcher.bin');
      writePrebuiltMatchers(file, builtin, builtinGlossary());
      const g = readPrebuiltGlossary(file, builtinGlossary())!;
      assert.ok(g);
      const merged = mergeGlossaries(builtinGlossary());
      assert.deepEqual(g.entries, merged);
      assert.ok(g.entries.filter((e, i) => e === merged[i]).length > merged.length / 2, 'entries are shared, not copied');
      assert.deepEqual(g.matcher.find(texts[0]), builtin.find(texts[0]));
    });

    it('copies an entry whose variants a later entry took, in the key order of the merge', () => {
      const own = [entry('甲项', ['共同写法', '甲写法']), entry('乙项', ['共同写法']), entry('丙项'), entry('戊项', ['戊写法']), entry('戊项', ['戊新写法'], '社会与民生')];
      const merged = mergeGlossaries(own);
      const plan = mergePlan(own, merged);
      assert.ok(plan.some((p) => Array.isArray(p)), JSON.stringify(plan));
      const file = join(dir, 'm.bin');
      writePrebuiltMatchers(file, new TermMatcher(merged), own);
      const g = readPrebuiltGlossary(file, own)!;
      assert.deepEqual(g.entries, merged);
      assert.deepEqual(g.entries.map((e) => Object.keys(e).join()), merged.map((e) => Object.keys(e).join()));
      assert.deepEqual(g.entries.map((e) => [e.term, e.variants]), [['甲项', ['甲写法']], ['乙项', ['共同写法']], ['丙项', []], ['戊项', ['戊新写法']]]);
      const t = '甲写法、共同写法、戊新写法、戊写法、丙项';
      assert.deepEqual(g.matcher.find(t), new TermMatcher(merged).find(t));
    });

    it('refuses a file written for other built-in entries, or without the merge', () => {
      const file = join(dir, 'matcher.bin');
      writePrebuiltMatchers(file, builtin, builtinGlossary());
      assert.equal(readPrebuiltGlossary(file, builtinGlossary().slice(1)), null);
      assert.equal(readPrebuiltGlossary(file, [...builtinGlossary().slice(0, 10), entry('另一个词'), ...builtinGlossary().slice(11)]), null);
      writePrebuiltMatchers(file, builtin);
      assert.equal(readPrebuiltGlossary(file, builtinGlossary()), null);
      assert.equal(readPrebuiltGlossary(join(dir, 'none.bin'), builtinGlossary()), null);
    });
  });

  describe('in TermMatcherCache', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'pa-prebuilt-'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('takes the file when no user glossary applies, builds otherwise or when the file is missing or refused', () => {
      const file = join(dir, 'matcher.bin');
      // A file that can be told apart: the tables of a matcher that does not cross line breaks,
      // under the fingerprint of the default options.
      writeMatcherFile(file, new TermMatcher(entries, { crossLineBreaks: false }), fp, { input: entriesFingerprint(builtinGlossary()), plan: mergePlan(builtinGlossary(), entries) });
      const t = '加快构建新发展\n格局。';
      assert.equal(builtin.find(t).filter((m) => m.term === '新发展格局').length, 1);
      const viaFile = new TermMatcherCache(undefined, file).resolve([]).matcher;
      assert.equal(viaFile.find(t).filter((m) => m.term === '新发展格局').length, 0, 'the file was read');
      assert.deepEqual(viaFile.find(texts[0]).length > 0, true);
      const user = join(dir, 'policy-glossary.json');
      writeFileSync(user, JSON.stringify({ version: 1, entries: [entry('试点新词')] }));
      const withUser = new TermMatcherCache(undefined, file).resolve([user]).matcher;
      assert.equal(withUser.find(t).filter((m) => m.term === '新发展格局').length, 1, 'built: a user glossary applies');
      const missing = new TermMatcherCache(undefined, join(dir, 'none.bin')).resolve([]).matcher;
      assert.deepEqual(missing.find(t), builtin.find(t));
      writeFileSync(file, 'not a matcher');
      assert.deepEqual(new TermMatcherCache(undefined, file).resolve([]).matcher.find(t), builtin.find(t));
      assert.equal(readMatcherFile(file, entries, fp), null);
    });
  });
});
