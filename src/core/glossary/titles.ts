/**
 * A document title in 《》 that the glossary cites as an entry's source is explained by rule
 * (helper termsfix2): 《关于进一步减轻义务教育阶段学生作业负担和校外培训负担的意见》 is the source of the
 * entry 双减, so the hover names the entries it is the source of and quotes that source (issuer, date).
 * Nothing is guessed: only a title written exactly as in an entry's source (eight characters or more)
 * counts, and not when the clause before it names a local issuer (省委办公厅印发《…》: a local document
 * may reuse a central title) or when the title is one the rules explain better (a five-year plan, a plenum).
 * A title that is itself a glossary term keeps the glossary's match (refine.ts).
 * Runs on the simplified reading of the text (same offsets).
 */
import type { TermMatch } from '../types';
import type { TermMatcher } from './matcher';
import type { GlossaryEntry } from './types';

export const TITLE_CATEGORY = '文件';

const TITLE = /《([^《》\n]{8,80})》/g;
const index = new WeakMap<TermMatcher, Map<string, GlossaryEntry[]>>();

/** Titles cited in the glossary's sources → the entries citing them (in glossary order). */
function titleIndex(matcher: TermMatcher): Map<string, GlossaryEntry[]> {
  let map = index.get(matcher);
  if (map) return map;
  map = new Map();
  for (const e of matcher.entries) {
    for (const m of (e.source?.text ?? '').matchAll(TITLE)) {
      const key = m[1].replace(/\s+/g, '');
      const list = map.get(key);
      if (!list) map.set(key, [e]);
      else if (!list.includes(e)) list.push(e);
    }
  }
  index.set(matcher, map);
  return map;
}

/** A local issuer in the clause before a title: 省委办公厅、省政府办公厅印发《…》. */
const LOCAL_ISSUER = /(?:省|市|县|州|盟|旗|自治区|区)(?:委|人民政府|政府|人大|政协|办公厅|办公室|委员会)/;
/** Titles the rules explain better (plans, plenums). */
const RULED = /五年规划|五年计划|全会|全体会议/;

function noteOf(title: string, cited: GlossaryEntry[]): string {
  // The entry whose source is most nearly the citation alone (issuer《title》，date) speaks first.
  const entries = [...cited].sort((a, b) => a.source.text.length - b.source.text.length);
  const names = entries.slice(0, 3).map((e) => `“${e.term}”`).join('');
  const more = entries.length > 3 ? `等${entries.length}个词条` : entries.length > 1 ? `${entries.length}个词条` : '词条';
  const first = entries[0].source;
  return `${title}：本术语表${names}${more}的出处文件（${entries.length > 1 ? `“${entries[0].term}”一条所记出处：` : ''}${first.text}）。`;
}

/** Titles of `base` cited by the glossary's sources, sorted, as explained rule terms (category 文件). */
export function findCitedTitles(base: string, matcher: TermMatcher): TermMatch[] {
  if (!base.includes('《')) return [];
  const map = titleIndex(matcher);
  if (map.size === 0) return [];
  const out: TermMatch[] = [];
  for (const m of base.matchAll(TITLE)) {
    const key = m[1].replace(/\s+/g, '');
    const entries = map.get(key);
    if (!entries || RULED.test(key)) continue;
    const start = m.index;
    const clause = base.slice(Math.max(0, start - 30), start).split(/[。；;！？\n]/).pop() ?? '';
    if (LOCAL_ISSUER.test(clause)) continue;
    out.push({ start, end: start + m[0].length, text: m[0], term: m[0], category: TITLE_CATEGORY, explained: true, via: 'rule', note: noteOf(m[0], entries) });
  }
  return out;
}
