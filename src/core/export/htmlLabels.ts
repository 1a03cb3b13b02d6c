import type { ReportLanguage } from './types';

/** Labels of the HTML report beyond the shared report labels (`labels.ts`). */
export interface HtmlLabels {
  glossary: string;
  unexplained: string;
  source: string;
  times: (n: number) => string;
  lineN: (n: number) => string;
  yearSuffix: string;
  colon: string;
  separator: string;
}

export const HTML_LABELS: Readonly<Record<ReportLanguage, HtmlLabels>> = {
  zh: {
    glossary: '术语释义',
    unexplained: '术语表未收录的术语',
    source: '出处：',
    times: (n) => `出现 ${n} 次`,
    lineN: (n) => `第 ${n} 行`,
    yearSuffix: '年',
    colon: '：',
    separator: '；',
  },
  en: {
    glossary: 'Glossary',
    unexplained: 'Terms no glossary explains',
    source: 'Source: ',
    times: (n) => `${n} times`,
    lineN: (n) => `line ${n}`,
    yearSuffix: '',
    colon: ': ',
    separator: '; ',
  },
};
