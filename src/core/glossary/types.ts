/**
 * Types of a glossary file, matching schemas/glossary.schema.json (format version 1).
 * The built-in glossary (data/*.json) and users' policy-glossary.json files share this shape.
 */

/** The subject areas the schema allows (`entry.category` enum). */
export const GLOSSARY_CATEGORIES = [
  '思想理论',
  '发展理念与战略',
  '经济与改革',
  '科技与教育',
  '区域与城乡',
  '社会与民生',
  '生态文明',
  '党的建设',
  '法治与治理',
  '国家安全与外交',
  '数字与网络',
] as const;

export type GlossaryCategory = (typeof GLOSSARY_CATEGORIES)[number];

/** Category reported for a numbered formula (四个意识, 三城一区 …) that no glossary explains. */
export const FORMULA_CATEGORY = '数字概括';

export interface GlossarySource {
  /** Where the term was first proposed or authoritatively defined (党的十九届五中全会，2020年). */
  text: string;
  year: number;
}

export interface GlossaryEntry {
  /** Canonical form of the term; what a TermMatch reports as `term`. */
  term: string;
  /** Other forms the term takes in texts; each maps to this entry. */
  variants?: string[];
  category: GlossaryCategory;
  /** One to three sentences in Chinese. */
  explanation: string;
  source: GlossarySource;
  /** For a numbered formula: its members in order. */
  members?: string[];
  /** Other glossary terms worth reading next. */
  related?: string[];
  /** Official English rendering, where one exists. */
  english?: string | null;
}

export interface GlossaryFile {
  $schema?: string;
  version: 1;
  entries: GlossaryEntry[];
}

/** One problem found in a glossary file. */
export interface GlossaryError {
  /** The file name (or path) as given to the parser / loader. */
  file: string;
  /** 1-based line of the offending value; 1 when the problem concerns the whole file. */
  line: number;
  /** 1-based column (in UTF-16 code units) of the offending value. */
  column: number;
  /** JSON pointer of the offending value (/entries/12/source/year); '' for the whole file. */
  field: string;
  /** Human-readable message naming the file, line, column, the entry's term and the field. */
  message: string;
}
