/**
 * Senses that depend on the place a text is about, and law names inside longer law titles.
 *
 * 1. Hong Kong entries reached by a short form that does not name Hong Kong (立法会 for 香港特别行政区立法会,
 *    中联办, CEPA, 功能界别): in a passage about Macao they name Macao's body or arrangement. The match
 *    then goes to the Macao entry when the glossary has one (澳门中联办), and is dropped otherwise; when
 *    the passage names both Hong Kong and Macao, it is dropped too (a wrong explanation is worse than
 *    none). The passage is the paragraph of the match; a paragraph that names neither place takes the
 *    document's. A text that never names Macao keeps the Hong Kong entry.
 * 2. A glossary law (国家安全法, 选举法) inside a longer law title is another law: 《澳門特別行政區維護國家安全法》,
 *    〈維護國家安全法〉, 行政長官選舉法, 立法會選舉法. Kept when the title is the entry's own name, with or
 *    without 中华人民共和国 (《中华人民共和国国家安全法》). Macao's 维护国家安全法 goes to the Macao entry
 *    in a Macao passage when the glossary has one.
 * Read on the simplified form of the text (same offsets).
 */
import type { TermMatch } from '../types';
import { lawStipulates } from './boundaries';
import type { TermMatcher } from './matcher';

type Place = 'HK' | 'MO';

const MARKS: Record<Place, RegExp> = { HK: /香港|本港|港府|港区|港人/, MO: /澳门|本澳|澳区|澳人|澳府/ };
const MARKS_G: Record<Place, RegExp> = { HK: /香港|本港|港府|港区|港人/g, MO: /澳门|本澳|澳区|澳人|澳府/g };

/** Entries about Hong Kong whose short forms (立法会, 中联办, CEPA …) other places share: term -> the Macao entry's term, or null. */
const HK_ENTRIES: Record<string, string | null> = {
  香港特别行政区立法会: null,
  功能界别: null,
  内地与香港关于建立更紧密经贸关系的安排: null,
  香港中联办: '澳门中联办',
  驻港国安公署: null,
};

/** Macao's own national-security law, as its entry is named in the glossary. */
const MACAO_NSL = '澳门维护国家安全法';

class PlaceContext {
  private doc: Set<Place> | null = null;
  constructor(private readonly text: string) {}

  /** Places named in the paragraph of [start, end), or in the document when the paragraph names none. */
  at(start: number, end: number): Set<Place> {
    let s = start;
    while (s > 0 && this.text[s - 1] !== '\n') s--;
    let e = end;
    while (e < this.text.length && this.text[e] !== '\n') e++;
    const para = this.text.slice(s, e);
    const here = new Set<Place>((['HK', 'MO'] as Place[]).filter((p) => MARKS[p].test(para)));
    return here.size > 0 ? here : this.document();
  }

  private document(): Set<Place> {
    if (this.doc === null) this.doc = new Set<Place>((['HK', 'MO'] as Place[]).filter((p) => (this.text.match(MARKS_G[p]) ?? []).length > 0));
    return this.doc;
  }
}

/** Bodies or words before a law name that make a longer law's title (行政长官选举法, 维护国家安全法). */
const LAW_QUALIFIER = /(维护|行政长官|立法会|区议会|特区|特别行政区|澳门|香港|本澳)$/;
const TITLE_OPEN = new Set(['《', '〈']);
const TITLE_CLOSE: Record<string, string> = { '《': '》', '〈': '〉' };
const MAX_TITLE = 40;

/** The title (《…》 or 〈…〉) enclosing [start, end) in `text`: its content's bounds, or null. */
function enclosingTitle(text: string, start: number, end: number): [number, number] | null {
  let s = start - 1;
  while (s >= 0 && start - s <= MAX_TITLE && !TITLE_OPEN.has(text[s])) {
    if (text[s] === '\n' || text[s] === '》' || text[s] === '〉') return null;
    s--;
  }
  if (s < 0 || !TITLE_OPEN.has(text[s])) return null;
  const close = TITLE_CLOSE[text[s]];
  let e = end;
  while (e < text.length && e - end <= MAX_TITLE && text[e] !== close) {
    if (text[e] === '\n' || TITLE_OPEN.has(text[e])) return null;
    e++;
  }
  return e < text.length && text[e] === close ? [s + 1, e] : null;
}

/** Characters after 法 that make it 法律, 法规, 法治 … rather than the end of a law's name. */
const LAW_RUNS_ON = new Set([...'律规治理学人院官典']);

const isLaw = (m: TermMatch, base: string): boolean => /(法|条例)$/.test(base.slice(m.start, m.end));

/**
 * A law match inside a longer title or after a qualifier: 'other' (another law: drop), 'macao-nsl'
 * (Macao's 维护国家安全法), or null (the entry's own law).
 */
function lawReading(base: string, m: TermMatch, matcher: TermMatcher): 'other' | 'macao-nsl' | null {
  const matched = base.slice(m.start, m.end);
  // 国家安全法律制度, 选举法规: the law's name runs on into another word; but 选举法规定 is the law that
  // stipulates (法 + 规定), the usual way a law is cited.
  if (LAW_RUNS_ON.has(base[m.end]) && !lawStipulates(base, m.end)) return 'other';
  const title = enclosingTitle(base, m.start, m.end);
  let name: string | null = null;
  if (title) {
    const content = base.slice(title[0], title[1]).replace(/^中华人民共和国/, '');
    if (content !== matched && matcher.lookup(content)?.term !== m.term) name = content;
  } else if (LAW_QUALIFIER.test(base.slice(Math.max(0, m.start - 6), m.start))) {
    name = base.slice(Math.max(0, m.start - 6), m.end);
  }
  if (name === null) return null;
  return /维护国家安全法$/.test(name) && !/香港/.test(name) ? 'macao-nsl' : 'other';
}

/** The matches with Hong Kong senses and longer law titles read by the passage (see the module comment). */
export function withPlaceSenses(text: string, base: string, matches: TermMatch[], matcher: TermMatcher): TermMatch[] {
  let ctx: PlaceContext | null = null;
  const places = (m: TermMatch): Set<Place> => (ctx ??= new PlaceContext(base)).at(m.start, m.end);
  const toEntry = (m: TermMatch, term: string): TermMatch | null => {
    const e = matcher.lookup(term);
    return e ? { ...m, term: e.term, category: e.category } : null;
  };
  const out: TermMatch[] = [];
  for (const m of matches) {
    if (m.explained && isLaw(m, base)) {
      const reading = lawReading(base, m, matcher);
      if (reading === 'other') continue;
      if (reading === 'macao-nsl') {
        const p = places(m);
        const mo = p.has('MO') && !p.has('HK') ? toEntry(m, MACAO_NSL) : null;
        // The span takes the law's whole name: 維護國家安全法.
        const from = base.slice(m.start - 2, m.start) === '维护' && (out.length === 0 || out[out.length - 1].end <= m.start - 2) ? m.start - 2 : m.start;
        if (mo) out.push({ ...mo, start: from, text: text.slice(from, m.end) });
        continue;
      }
    }
    if (m.explained && m.term in HK_ENTRIES && !/香港|港/.test(base.slice(m.start, m.end))) {
      const p = places(m);
      if (p.has('MO')) {
        const sibling = HK_ENTRIES[m.term];
        const mo = !p.has('HK') && sibling ? toEntry(m, sibling) : null;
        if (mo) out.push(mo);
        continue;
      }
    }
    out.push(m);
  }
  return out;
}
