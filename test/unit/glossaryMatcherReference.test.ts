import * as assert from 'node:assert/strict';
import { TermMatcher } from '../../src/core/glossary/matcher';
import { foldString } from '../../src/core/glossary/fold';
import type { GlossaryEntry } from '../../src/core/glossary/types';
import { mulberry32 } from './helpers';

/**
 * The matcher's filters and skip loop (raw pair/triple filters, folded pair/triple filters, states
 * without children) only decide where not to walk: they must never lose a match. These tests compare
 * `find` with a plain reference matcher (every pattern tried at every offset) on seeded random
 * glossaries and texts built from folded letters written in their other forms (full-width, upper
 * case, every kind of quotation mark), line breaks and blank lines inside terms, and ranges.
 */

/** Folded units of the patterns, each with the raw forms a text may write it in. */
const UNITS: [string, string[]][] = [
  ['甲', ['甲']],
  ['乙', ['乙']],
  ['丙', ['丙']],
  ['丁', ['丁']],
  ['戊', ['戊']],
  ['a', ['a', 'A', 'ａ', 'Ａ']],
  ['g', ['g', 'G', 'ｇ', 'Ｇ']],
  ['5', ['5', '５']],
  ['+', ['+', '＋']],
  ['“', ['“', '”', '"', '＂', '「', '」', '『', '』']],
  ['‘', ['‘', '’', "'", '＇']],
];
/** Characters of no pattern, and whitespace (single line breaks, blank lines, spaces, indents). */
const OTHER = ['的', '和', '。', '，', 'x', '己'];
const SPACE = ['\n', '\r\n', ' \n　　', '\n\n', ' ', '\t', '　', '\r\n\r\n', '\n '];
const WS = new Set([9, 10, 13, 32, 0x3000]);

function entry(term: string): GlossaryEntry {
  return { term, category: '发展理念与战略', explanation: '用于测试的解释文字，至少十个字。', source: { text: '测试', year: 2020 } };
}

/**
 * Leftmost-longest, non-overlapping, every pattern compared at every offset (patterns have no
 * whitespace). From offset i the text is read along one path of positions: a whitespace run met
 * inside a term is skipped when it is a single line break (with spaces or an indent around it) and
 * does not end the text; a run is examined once, from the first of its characters reached inside a
 * term, and the last run found not to be a single line break is read as plain characters by later
 * walks (the matcher's documented streaming behaviour); a single break before it still joins a term. The path goes on while some pattern
 * begins with what it has read.
 */
function reference(entries: GlossaryEntry[], text: string, cross: boolean, from: number, to: number): [number, number, string][] {
  const patterns = new Map<string, string>();
  for (const e of entries) patterns.set(foldString(e.term), e.term);
  const prefixes = new Set<string>();
  for (const p of patterns.keys()) for (let l = 1; l <= p.length; l++) prefixes.add(p.slice(0, l));
  const out: [number, number, string][] = [];
  const n = to;
  let plainFrom = from;
  let plainUntil = from;
  for (let i = from; i < n; i++) {
    const pos = [i];
    let read = foldString(text[i]);
    while (prefixes.has(read) && pos[pos.length - 1] + 1 < n) {
      let k = pos[pos.length - 1] + 1;
      if (cross && (k < plainFrom || k >= plainUntil) && WS.has(text.charCodeAt(k))) {
        let j = k;
        let breaks = 0;
        while (j < n) {
          const d = text.charCodeAt(j);
          if (d === 10) breaks++;
          else if (d === 13) {
            if (j + 1 < n && text.charCodeAt(j + 1) === 10) j++;
            breaks++;
          } else if (!WS.has(d)) break;
          j++;
        }
        if (breaks === 1 && j < n) k = j;
        else {
          plainFrom = k;
          plainUntil = j;
        }
      }
      pos.push(k);
      read += foldString(text[k]);
    }
    let bestEnd = -1;
    let bestTerm = '';
    for (const [p, term] of patterns) {
      if (p.length <= pos.length && read.startsWith(p) && pos[p.length - 1] + 1 > bestEnd) {
        bestEnd = pos[p.length - 1] + 1;
        bestTerm = term;
      }
    }
    if (bestEnd < 0) continue;
    out.push([i, bestEnd, bestTerm]);
    i = bestEnd - 1;
  }
  return out;
}

function randomCase(seed: number, singles: boolean): { entries: GlossaryEntry[]; text: string } {
  const rnd = mulberry32(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)];
  const entries: GlossaryEntry[] = [];
  const seen = new Set<string>();
  const count = 3 + Math.floor(rnd() * 25);
  while (entries.length < count) {
    const len = (singles ? 1 : 2) + Math.floor(rnd() * (singles ? 5 : 4));
    let p = '';
    for (let x = 0; x < len; x++) p += pick(UNITS)[0];
    if (seen.has(p)) continue;
    seen.add(p);
    entries.push(entry(p));
  }
  let text = '';
  while (text.length < 1500) {
    const r = rnd();
    if (r < 0.45) {
      // A pattern (or its beginning) in raw forms, sometimes with whitespace inside.
      const p = pick(entries).term;
      const upto = rnd() < 0.8 ? p.length : 1 + Math.floor(rnd() * p.length);
      for (let x = 0; x < upto; x++) {
        if (x > 0 && rnd() < 0.12) text += pick(SPACE);
        text += pick(UNITS.find(([u]) => u === p[x])![1]);
      }
      if (rnd() < 0.2) text += pick(SPACE);
    } else if (r < 0.75) text += pick(pick(UNITS)[1]);
    else if (r < 0.9) text += pick(OTHER);
    else text += pick(SPACE);
  }
  return { entries, text };
}

describe('TermMatcher against a plain reference matcher (seeded random glossaries and texts)', () => {
  for (const singles of [false, true]) {
    it(`same matches ${singles ? 'with' : 'without'} one-unit patterns: whole texts, both line-break settings, ranges`, () => {
      let matches = 0;
      let crossed = 0;
      let folded = 0;
      for (let seed = 1; seed <= 60; seed++) {
        const { entries, text } = randomCase(seed * 7919 + (singles ? 1 : 0), singles);
        for (const cross of [true, false]) {
          const m = new TermMatcher(entries, { crossLineBreaks: cross });
          const rnd = mulberry32(seed);
          const from = Math.floor(rnd() * 40);
          const to = text.length - Math.floor(rnd() * 40);
          for (const [f, t] of [
            [0, text.length],
            [from, to],
          ]) {
            const got = m.find(text, f, t).map((x): [number, number, string] => {
              assert.equal(x.text, text.slice(x.start, x.end));
              return [x.start, x.end, x.term];
            });
            const want = reference(entries, text, cross, f, t);
            assert.deepEqual(got, want, `seed ${seed}, crossLineBreaks ${cross}, range ${f}-${t}`);
            matches += want.length;
            for (const [s, e] of want) {
              const part = text.slice(s, e);
              if (/\s/.test(part)) crossed++;
              if (foldString(part) !== part) folded++;
            }
          }
        }
      }
      // The cases exercise what the filters could get wrong: many matches, matches across a line
      // break, and matches written in other forms than the pattern.
      assert.ok(matches > 5_000, `${matches} matches`);
      assert.ok(crossed > 200, `${crossed} matches across a line break`);
      assert.ok(folded > 1_500, `${folded} matches in other forms`);
    });
  }

  it('a single line break before a run that is not one still joins a term (a longer attempt that ran on into the run does not make the break plain)', () => {
    const m = new TermMatcher([entry('戊5丙乙'), entry('5丙')]);
    const show = (t: string): string[] => m.find(t).map((x) => `${x.start}-${x.end}:${x.term}`);
    assert.deepEqual(show('戊5\n丙　'), ['1-4:5丙']);
    assert.deepEqual(show('戊5\n丙\n\n下一段'), ['1-4:5丙']);
    assert.deepEqual(show('戊5\n丙乙。'), ['0-5:戊5丙乙']);
    // A blank line is no single break: it stops the term, before and after a longer attempt.
    assert.deepEqual(show('戊5\n\n丙　'), []);
    assert.deepEqual(show('5\n\n丙　戊5\n丙'), ['6-9:5丙']);
  });

  it('a glossary of 40,000 entries: terms of entries far down the list are reported with their own entry', () => {
    const entries: GlossaryEntry[] = [];
    for (let i = 0; i < 40_000; i++) entries.push(entry(`${String.fromCharCode(0x4e00 + (i % 200))}${String.fromCharCode(0x5000 + Math.floor(i / 200))}试点`));
    const m = new TermMatcher(entries);
    const picks = [0, 1, 16_382, 16_383, 16_384, 25_000, 39_999];
    const text = picks.map((i) => `推进${entries[i].term}工作。`).join('');
    assert.deepEqual(
      m.find(text).map((x) => x.term),
      picks.map((i) => entries[i].term),
    );
  });
});
