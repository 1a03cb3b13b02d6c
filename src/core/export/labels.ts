import type { ReportLanguage } from './types';

/** The default annotation tags, in the order reports group them. */
export const DEFAULT_TAGS: readonly string[] = ['重点', '存疑', '待核实', '引用', '笔记'];

export interface ReportLabels {
  annotations: string;
  findings: string;
  untagged: string;
  orphans: string;
  orphanNote: string;
  quotations: string;
  numericClaims: string;
  terms: string;
  noSpeaker: string;
  note: string;
  link: string;
  location: string;
  author: string;
  tag: string;
  text: string;
  kind: string;
  details: string;
  /** Lead of a rule-written explanation of a term (a meeting, a document number, a plan). */
  ruleNote: string;
  value: string;
  unit: string;
  qualifier: string;
  year: string;
  subject: string;
  speaker: string;
  cue: string;
  category: string;
  unclosed: string;
  none: string;
  summary: string;
  documentText: string;
  notes: string;
  backToText: string;
  generated: string;
  kindNames: Record<'annotation' | 'quotation' | 'numeric-claim' | 'term', string>;
}

export const LABELS: Readonly<Record<ReportLanguage, ReportLabels>> = {
  zh: {
    annotations: '标注',
    findings: '检测结果',
    untagged: '未加标签',
    orphans: '未能定位的标注',
    orphanNote: '原文已改动，这些标注找不到对应位置；以下为当时标注的文字。',
    quotations: '引语',
    numericClaims: '数据',
    terms: '术语',
    noSpeaker: '未注明说话人',
    note: '笔记',
    link: '链接',
    location: '位置',
    author: '作者',
    tag: '标签',
    text: '文字',
    kind: '类别',
    details: '说明',
    ruleNote: '说明（规则生成）',
    value: '数值',
    unit: '单位',
    qualifier: '限定',
    year: '年份',
    subject: '对象',
    speaker: '说话人',
    cue: '提示词',
    category: '分类',
    unclosed: '引号未闭合',
    none: '无',
    summary: '概况',
    documentText: '正文',
    notes: '批注',
    backToText: '返回正文',
    generated: '生成时间',
    kindNames: { annotation: '标注', quotation: '引语', 'numeric-claim': '数据', term: '术语' },
  },
  en: {
    annotations: 'Annotations',
    findings: 'Findings',
    untagged: 'Untagged',
    orphans: 'Orphaned annotations',
    orphanNote: 'The text has changed and these annotations could not be placed; the text they marked is shown.',
    quotations: 'Quotations',
    numericClaims: 'Numeric claims',
    terms: 'Terms',
    noSpeaker: 'No speaker given',
    note: 'Note',
    link: 'Link',
    location: 'Location',
    author: 'Author',
    tag: 'Tag',
    text: 'Text',
    kind: 'Kind',
    details: 'Details',
    ruleNote: 'Explanation (written by a rule)',
    value: 'Value',
    unit: 'Unit',
    qualifier: 'Qualifier',
    year: 'Year',
    subject: 'Subject',
    speaker: 'Speaker',
    cue: 'Cue',
    category: 'Category',
    unclosed: 'closing mark missing',
    none: 'none',
    summary: 'Summary',
    documentText: 'Text',
    notes: 'Notes',
    backToText: 'back to the text',
    generated: 'Generated',
    kindNames: { annotation: 'annotation', quotation: 'quotation', 'numeric-claim': 'numeric claim', term: 'term' },
  },
};

/**
 * The tag groups of a report, in order: the default tags, then other tags in order of first
 * appearance, then untagged (`null`).
 */
export function orderedTags(tags: Iterable<string | null>): (string | null)[] {
  const seen = new Set<string | null>(tags);
  const out: (string | null)[] = DEFAULT_TAGS.filter((t) => seen.has(t));
  for (const t of seen) if (t !== null && !DEFAULT_TAGS.includes(t)) out.push(t);
  if (seen.has(null)) out.push(null);
  return out;
}
