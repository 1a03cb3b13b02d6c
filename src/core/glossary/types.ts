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

/** One line defining each category (also in the schema's description of `category`, kept equal by a test). */
export const CATEGORY_DEFINITIONS: Readonly<Record<GlossaryCategory, string>> = {
  思想理论: '指导思想、理论成果及其核心概括（八个明确、十四个坚持）、基本路线与方略、意识形态与文化建设的理念。',
  发展理念与战略: '总体的发展理念、现代化目标与阶段安排、五年规划和全局性的国家发展战略。',
  经济与改革: '宏观调控、财政、货币与金融、债务、市场体系、企业与产业、对外贸易投资，以及经济体制改革。',
  科技与教育: '科技创新体系与科技计划、教育改革与教育体系、人才工作。',
  区域与城乡: '区域战略与功能区、城镇化与城市、农业农村与乡村振兴、土地与粮食。',
  社会与民生: '就业、收入分配、社会保障、医疗卫生、住房、人口与养老托育、基本公共服务。',
  生态文明: '生态环境保护与污染防治、资源节约、碳达峰碳中和、生态文明制度。',
  党的建设: '党的组织、纪律、作风、干部、党内教育、党内法规、反腐败，以及作为党的工作的统一战线。',
  法治与治理: '法治建设、国家制度与国家机构、政府治理与政务服务、基层治理、民族宗教事务。',
  国家安全与外交: '国家安全、国防与军队、香港澳门台湾、外交与国际合作。',
  数字与网络: '数字经济、数据要素、网络空间与网信工作、数字政府与数字社会。',
};

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
