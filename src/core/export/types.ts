import type { Analysis } from '../types';
import type { AnchoredAnnotation } from '../annotations/model';

/**
 * One document handed to an exporter: what the reader sees (path, text), the user's annotations
 * placed on that text, and — only with `--findings` — the detector results.
 */
export interface ExportDocument {
  /** The path as displayed: relative, POSIX separators (`reports/2023.txt`). */
  path: string;
  /** The document text exactly as analysed; all offsets index into it (UTF-16 code units). */
  text: string;
  /** User annotations, anchored on `text` (orphans included: `status: 'orphan'`, `start`/`end` null). */
  annotations: AnchoredAnnotation[];
  /** Detected quotations, numeric claims and terms; absent unless findings were asked for. */
  findings?: Analysis;
}

export type ExportFormat = 'md' | 'csv' | 'jsonld' | 'brat' | 'html';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['md', 'csv', 'jsonld', 'brat', 'html'];

/**
 * File extension (with the dot) of each format's main file. brat writes two more files next to the
 * `.ann`: the document text as `.txt` and an `annotation.conf`.
 */
export const EXPORT_FILE_EXTENSIONS: Readonly<Record<ExportFormat, string>> = {
  md: '.md',
  csv: '.csv',
  jsonld: '.jsonld',
  brat: '.ann',
  html: '.html',
};

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** Language of the human-readable labels in the Markdown and HTML reports. */
export type ReportLanguage = 'zh' | 'en';
