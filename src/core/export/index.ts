/**
 * Export and import of annotations and findings: Markdown and HTML reports, CSV for spreadsheets,
 * W3C Web Annotation JSON-LD (both ways) and brat standoff. Pure functions over `ExportDocument`s;
 * callers do the file I/O.
 */
export * from './types';
export { LineIndex, type LineColumn } from './lineIndex';
export { CodePointIndex } from './codePoints';
export { collectItems, isSafeUrl, type ExportItem, type ExportItemKind } from './items';
export { DEFAULT_TAGS } from './labels';
export { toMarkdown, escapeLine as escapeMarkdownLine, escapeInline as escapeMarkdownInline, type MarkdownOptions } from './markdown';
export { toCsv, csvField, guardFormula, CSV_COLUMNS, type CsvColumn } from './csv';
export {
  toWebAnnotation,
  fromWebAnnotation,
  mergeAnnotations,
  annotationIdToIri,
  iriToAnnotationId,
  ANNOTATION_CONTEXT,
  type WebAnnotation,
  type WebAnnotationCollection,
  type WebAnnotationExportOptions,
  type WebAnnotationImportOptions,
  type WebAnnotationImportResult,
  type MergeResult,
} from './webannotation';
export { toBrat, bratConf, type BratExport } from './brat';
export { toHtml, escapeHtml, type HtmlOptions } from './html';
export { renderExport, type ExportFile, type RenderOptions } from './render';
