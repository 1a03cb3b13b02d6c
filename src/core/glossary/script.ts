/**
 * Glossary entries in the reader's script: a reader whose interface is in traditional Chinese
 * (zh-tw, zh-hant, zh-hk, zh-mo) sees an entry's term, explanation, source, members and related
 * terms in traditional characters. The conversion uses a table generated from opencc-js
 * (src/core/glossary/s2tTable.ts, scripts/gen/s2t-table.mjs): each character's default reading
 * plus the phrases of the built-in glossary that read otherwise (头发 -> 頭髮), longest first, so
 * that opencc-js is not loaded at run time. Only what is shown changes: a match keeps the offsets
 * and the text of the document.
 */
import type { GlossaryEntry } from './types';
import { S2HK_CHARS, S2HK_PHRASES, S2TW_CHARS, S2TW_PHRASES } from './s2tTable';

/** The script an entry is shown in: simplified (as written), Taiwan or Hong Kong traditional. */
export type ReaderScript = 'hans' | 'tw' | 'hk';

/** The reader's script for a VS Code UI language (vscode.env.language: zh-tw, zh-hant, zh-hk …). */
export function readerScript(language: string): ReaderScript {
  const l = language.toLowerCase().replace(/_/g, '-');
  if (!l.startsWith('zh')) return 'hans';
  if (/^zh-(hk|mo)\b/.test(l) || /^zh-hant-(hk|mo)\b/.test(l)) return 'hk';
  if (/^zh-(tw|hant)\b/.test(l)) return 'tw';
  return 'hans';
}

interface Table {
  chars: Map<string, string>;
  phrases: Map<string, string>;
  longest: number;
}

const tables = new Map<ReaderScript, Table>();

function table(script: 'tw' | 'hk'): Table {
  let t = tables.get(script);
  if (t) return t;
  const pairs = script === 'tw' ? S2TW_CHARS : S2HK_CHARS;
  const chars = new Map<string, string>();
  for (let i = 0; i + 1 < pairs.length; i += 2) chars.set(pairs[i], pairs[i + 1]);
  const phrases = new Map<string, string>();
  let longest = 0;
  for (const p of script === 'tw' ? S2TW_PHRASES : S2HK_PHRASES) {
    const n = p.length / 2;
    phrases.set(p.slice(0, n), p.slice(n));
    longest = Math.max(longest, n);
  }
  t = { chars, phrases, longest };
  tables.set(script, t);
  return t;
}

/**
 * `s` in the given script: at each position the longest phrase of the table, else the character's
 * default reading (characters with no traditional form, Latin letters and digits stay).
 */
export function toScript(s: string, script: ReaderScript): string {
  if (script === 'hans' || s === '') return s;
  const t = table(script);
  let out = '';
  let i = 0;
  while (i < s.length) {
    let matched = false;
    for (let n = Math.min(t.longest, s.length - i); n >= 2; n--) {
      const hit = t.phrases.get(s.slice(i, i + n));
      if (hit !== undefined) {
        out += hit;
        i += n;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    out += t.chars.get(s[i]) ?? s[i];
    i++;
  }
  return out;
}

/** The entry with its Chinese texts in the given script (the English rendering and the year stay). */
export function entryInScript(entry: GlossaryEntry, script: ReaderScript): GlossaryEntry {
  if (script === 'hans') return entry;
  const c = (s: string): string => toScript(s, script);
  return {
    ...entry,
    term: c(entry.term),
    ...(entry.variants ? { variants: entry.variants.map(c) } : {}),
    explanation: c(entry.explanation),
    source: { ...entry.source, text: c(entry.source.text) },
    ...(entry.members ? { members: entry.members.map(c) } : {}),
    ...(entry.related ? { related: entry.related.map(c) } : {}),
  };
}
