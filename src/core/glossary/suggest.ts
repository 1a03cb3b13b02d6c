/**
 * Suggestions for a user's glossary: frequent multi-character terms of a document that no
 * glossary explains. Keyword extraction is injected (the core never loads nodejieba); the CLI and
 * the worker pass `require('nodejieba').extract`.
 */
import { TermMatcher } from './matcher';

export interface KeywordWeight {
  word: string;
  weight: number;
}

export type KeywordExtractor = (text: string, topN: number) => KeywordWeight[];

export interface SuggestedTerm {
  term: string;
  /** Non-overlapping occurrences in the document. */
  count: number;
  /** The extractor's weight (TF-IDF for nodejieba). */
  weight: number;
}

export interface SuggestOptions {
  /** How many keywords to ask the extractor for (default 300). */
  candidates?: number;
  /** Minimum occurrences (default 2). */
  minCount?: number;
  /** Maximum suggestions returned (default 30). */
  limit?: number;
  /** Extra words never to suggest. */
  stopwords?: Iterable<string>;
}

/**
 * Common words that TF-IDF still ranks high in policy texts but that are not terms: function
 * words, generic verbs and nouns of administrative prose.
 */
const STOPWORDS = new Set([
  '我们', '他们', '你们', '自己', '这个', '那个', '这些', '那些', '这样', '那样', '什么', '怎么', '如何', '为了',
  '因为', '所以', '但是', '而且', '并且', '或者', '以及', '通过', '进行', '开展', '实现', '推进', '推动', '加强',
  '加快', '坚持', '提高', '提升', '促进', '完善', '建设', '发展', '工作', '问题', '方面', '领域', '重要', '重大',
  '主要', '全面', '深入', '不断', '持续', '进一步', '积极', '有效', '更加', '更好', '一批', '一些', '一个',
  '同时', '其中', '目前', '当前', '今年', '去年', '明年', '以来', '已经', '正在', '能够', '可以', '需要', '必须',
  '要求', '情况', '水平', '能力', '体系', '机制', '作用', '支持', '服务', '管理', '国家', '中国', '我国', '全国',
  '地区', '部门', '政府', '社会', '经济', '企业', '人民', '群众', '各类', '各地', '有关', '相关', '具有', '成为',
  '作为', '达到', '增长', '超过', '左右', '以上', '以下', '亿元', '万元', '万人', '同比', '比重', '总量', '规模',
  '单位', '全年', '年底', '截至', '其他', '各级', '方式', '方向', '任务', '措施', '政策', '制度', '基础', '重点',
]);

/** Verbs and adverbs of administrative prose: they may sit inside a compound, never at its edge. */
const EDGE_WORDS = new Set([
  '构建', '统筹', '协同', '贯彻', '打造', '健全', '深入推进', '扎实', '稳步', '化解', '防控', '加大', '全面贯彻',
  '落实', '贯彻落实', '深化', '强化', '优化', '巩固', '拓展', '引导', '鼓励', '着力', '大力', '切实', '积极',
  '努力', '力争', '加速', '形成', '建立', '构筑', '夯实', '筑牢', '激发', '释放', '增强', '发挥', '保障', '保持',
  '同比', '力度', '年均', '累计', '显著', '明显', '稳步推进', '扎实推进', '统筹推进', '协同推进', '高水平', '高质量',
]);

/** Stopwords that are nouns: a compound may end with them (数字中国, 数字政府建设), some may start one (国家战略). */
const NOUN_END_OK = new Set(['中国', '国家', '社会', '经济', '政府', '体系', '机制', '制度', '能力', '水平', '服务', '管理', '基础', '政策', '企业', '人民', '发展', '建设', '领域', '规模', '作用']);
const NOUN_START_OK = new Set(['中国', '国家', '社会', '经济', '政府', '企业', '人民']);
const badStart = (w: string): boolean => EDGE_WORDS.has(w) || (STOPWORDS.has(w) && !NOUN_START_OK.has(w));
const badEnd = (w: string): boolean => EDGE_WORDS.has(w) || (STOPWORDS.has(w) && !NOUN_END_OK.has(w));

const HAN_ONLY = /^[\u3400-\u4dbf\u4e00-\u9fff]+$/;

/** The extractor's idf estimate (weight per occurrence) below which a single word is too common to suggest. */
const MIN_SPECIFICITY = 7;

function countOccurrences(text: string, word: string): number {
  let n = 0;
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + word.length)) n++;
  return n;
}

interface Candidate {
  count: number;
  weight: number;
}

/**
 * Frequent terms of `text` that no glossary explains, for the user to add to a glossary.
 * A keyword extractor (TF-IDF) ranks words, but policy terms are mostly compounds of several
 * words (基础学科 + 拔尖 + 人才), so besides specific single keywords (idf estimate >= 7, which
 * drops common words like 创新, 国际, 北京) the suggestions include compounds of keywords
 * (2–4 keywords, not starting or ending with a verb of administrative prose) that stand next to each other in the text (across a line break too) at least `minCount` times.
 * Kept: only Chinese characters, at least two of them, not a stopword, not matched by the
 * glossary matcher and not containing a matched term, at least `minCount` occurrences; a single
 * word is dropped when one compound containing it accounts for most (>= 80%) of its occurrences.
 * Sorted by count, then weight, then term. Linear in the text apart from the extractor.
 */
export function suggestTerms(text: string, matcher: TermMatcher, extract: KeywordExtractor, opts: SuggestOptions = {}): SuggestedTerm[] {
  const minCount = opts.minCount ?? 2;
  const limit = opts.limit ?? 30;
  const extra = new Set(opts.stopwords ?? []);
  if (text.length === 0) return [];
  const acceptable = (w: string): boolean =>
    w.length >= 2 && HAN_ONLY.test(w) && !STOPWORDS.has(w) && !extra.has(w) && matcher.find(w).length === 0;

  // Keywords and their idf estimate (weight per occurrence).
  const idf = new Map<string, number>();
  const single = new Map<string, Candidate>();
  for (const { word, weight } of extract(text, opts.candidates ?? 300)) {
    if (idf.has(word) || word.length < 1 || !HAN_ONLY.test(word)) continue;
    const count = countOccurrences(text, word);
    if (count === 0) continue;
    idf.set(word, weight / count);
    single.set(word, { count, weight });
  }

  // Occurrences of the keywords (one linear pass), then runs of adjacent keywords.
  const keywordMatcher = new TermMatcher(
    [...idf.keys()].map((w) => ({ term: w, category: '思想理论', explanation: '', source: { text: '', year: 0 } })),
  );
  const found = keywordMatcher.find(text);
  const compounds = new Map<string, Candidate>();
  for (let i = 0; i < found.length; i++) {
    const first = found[i].term;
    if (badStart(first)) continue;
    let word = first;
    let weight = idf.get(first) ?? 0;
    for (let k = i + 1; k < found.length && k <= i + 3 && found[k].start === found[k - 1].end; k++) {
      word += found[k].term;
      weight += idf.get(found[k].term) ?? 0;
      if (badEnd(found[k].term)) continue;
      const c = compounds.get(word);
      if (c) c.count++;
      else compounds.set(word, { count: 1, weight });
    }
  }

  const out: SuggestedTerm[] = [];
  const frequent = [...compounds].filter(([term, c]) => c.count >= minCount && term.length <= 12 && acceptable(term));
  // A compound mostly seen inside a longer one (国际科技 in 国际科技创新) is not a term of its own.
  const keptCompounds = frequent
    .filter(([term, c]) => !frequent.some(([other, o]) => other.length > term.length && o.count >= 0.8 * c.count && other.includes(term)))
    .map(([term, c]) => ({ term, count: c.count, weight: c.weight }));
  // Report true occurrence counts (the adjacency count misses occurrences split differently).
  for (const k of keptCompounds) {
    const count = Math.max(k.count, countOccurrences(text, k.term));
    out.push({ term: k.term, count, weight: k.weight * count });
  }
  for (const [term, c] of single) {
    if (c.count < minCount || (idf.get(term) ?? 0) < MIN_SPECIFICITY || EDGE_WORDS.has(term) || !acceptable(term)) continue;
    if (keptCompounds.some((k) => k.count >= 0.8 * c.count && k.term.includes(term))) continue;
    out.push({ term, count: c.count, weight: c.weight });
  }
  out.sort((a, b) => b.count - a.count || b.weight - a.weight || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  return out.slice(0, limit);
}
