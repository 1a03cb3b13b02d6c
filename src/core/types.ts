/**
 * Shared data types of the analysis core. Pure TypeScript: nothing here (or anywhere under
 * src/core) may import `vscode`, so the core runs in mocha, in the worker thread and in the CLI.
 *
 * Offsets are indices into the JavaScript string (UTF-16 code units) of the text exactly as
 * VS Code's `TextDocument.getText()` returns it; `end` is exclusive; `text === source.slice(start, end)`.
 */

export interface Span {
  start: number;
  end: number;
  /** Always `source.slice(start, end)`. */
  text: string;
}

export type QuotationKind = 'speech' | 'phrase';

export interface Quotation extends Span {
  /** `speech`: words said or written by someone; `phrase`: a quoted term, slogan or nickname. */
  kind: QuotationKind;
  /** Normalised speaker (习近平总书记 -> 习近平; 党的二十大报告; 文章 …); null when none is given. */
  speaker: string | null;
  /** The verb introducing the quotation (指出, 强调, 提出 …); null when none. */
  cue: string | null;
  /** false when the closing mark is missing (the quotation then ends at the end of its paragraph). */
  closed: boolean;
  /** The quoted words without the outer marks (paragraph re-openings removed). */
  content: string;
  /** 0 for an outermost quotation, 1 for a quotation inside it, … */
  depth: number;
}

/**
 * `>=` 以上/不低于/不少于, `>` 超过/逾, `<=` 以下/以内/不超过, `<` 不到/不足,
 * `~` 左右/约/近/上下, `+` 多/余, `range` (with `upper`), null for an exact figure.
 */
export type Qualifier = '>=' | '>' | '<=' | '<' | '~' | '+' | 'range' | null;

export interface NumericClaim extends Span {
  /** Normalised value with its magnitude (43.5万人 -> 435000); a percentage's number of percent. */
  value: number;
  /** Unit without the magnitude (人, 元, %, 个百分点, 倍 …); null when the number has none. */
  unit: string | null;
  qualifier: Qualifier;
  /** Upper bound of a `range` (3至5年 -> value 3, upper 5); null otherwise. */
  upper: number | null;
  /** The year the claim is about, where the sentence states it; null otherwise. */
  year: number | null;
  /** The noun phrase the number measures (在校研究生), where the text gives one. */
  subject: string | null;
  /** Magnitude class of a counted thing (五个千亿级产业集群 -> 1e11); null otherwise. */
  magnitudeClass: number | null;
}

export interface TermMatch extends Span {
  /** Canonical glossary term (the entry's `term`), or the formula as written when not in a glossary. */
  term: string;
  category: string | null;
  /** true when a glossary entry explains it. */
  explained: boolean;
  /**
   * How the term was found when not by its own words: `members`, a numbered formula written out
   * by its members (经济建设、政治建设… -> 五位一体); `traditional`, the glossary term in
   * traditional characters (新發展格局); `head`, a quoted glossary term with the generic head that
   * follows it (“三个代表”重要思想, “一带一路”倡议), explained by the inner term's entry; `rule`, a term
   * no glossary lists but whose explanation a rule writes (a numbered Party or NPC meeting, a document
   * number: see `note`). Absent for an ordinary match.
   */
  via?: 'members' | 'traditional' | 'head' | 'rule';
  /** With `via: 'rule'`: the explanation the rule wrote (which plenum of which Central Committee; which body issued a document, its year and number). */
  note?: string;
}

export interface Heading extends Span {
  /** 1 = top (一、 / 第一章 / article title), 2 = （一） / 第一条, 3 = 1. , 4 = （1） */
  level: number;
}

export interface Analysis {
  quotations: Quotation[];
  numericClaims: NumericClaim[];
  terms: TermMatch[];
  headings: Heading[];
}

/** One token of a part-of-speech tagger (nodejieba's `tag()` has this shape). */
export interface TaggedWord {
  word: string;
  tag: string;
}

/** Optional part-of-speech tagger injected by the host (CLI, worker); the core never loads nodejieba itself. */
export type Tagger = (sentence: string) => TaggedWord[];
