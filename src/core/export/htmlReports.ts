import { toHtml } from './html';
import { outputStems, type ExportFile, type RenderOptions } from './render';
import { EXPORT_FILE_EXTENSIONS, type ExportDocument } from './types';
import type { GlossaryEntry } from '../glossary/types';

/**
 * The HTML reports of an export, one per document, named as `renderExport` names them, with the
 * glossary entries of each document (`glossaryOf`) so that every term found is explained once.
 */
export function renderHtmlReports(docs: ExportDocument[], glossaryOf: (doc: ExportDocument) => ReadonlyMap<string, GlossaryEntry> | undefined, opts: RenderOptions = {}): ExportFile[] {
  const stems = outputStems(docs.map((d) => d.path));
  return docs.map((doc, i) => ({
    name: stems[i] + EXPORT_FILE_EXTENSIONS.html,
    content: toHtml(doc, { title: docs.length === 1 ? opts.title : undefined, language: opts.language, generated: opts.generated, glossary: glossaryOf(doc) }),
  }));
}
