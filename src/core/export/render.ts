import { bratConf, toBrat } from './brat';
import { toCsv } from './csv';
import { toHtml } from './html';
import { toMarkdown } from './markdown';
import { EXPORT_FILE_EXTENSIONS, type ExportDocument, type ExportFormat, type ReportLanguage } from './types';
import { toWebAnnotation } from './webannotation';

/** A file to write: `name` is a relative POSIX path under the chosen output folder. */
export interface ExportFile {
  name: string;
  content: string;
}

export interface RenderOptions {
  /** Base name of the combined Markdown / CSV file; default `annotations`. */
  baseName?: string;
  /** The IRI of a document for JSON-LD targets; default `file:` + the percent-encoded path. */
  documentUri?: (doc: ExportDocument) => string;
  language?: ReportLanguage;
  title?: string;
  generated?: string;
}

/**
 * The files of one export. Markdown and CSV: one combined file `<baseName>.md|.csv`. JSON-LD and
 * HTML: one file per document, named after its path (`reports/2023.txt` → `reports/2023.jsonld`).
 * brat: per document a `.txt` (the text) and an `.ann`, plus one `annotation.conf`; the `.txt` has
 * the document's own name, so write brat exports to a folder other than the documents'.
 */
export function renderExport(format: ExportFormat, docs: ExportDocument[], opts: RenderOptions = {}): ExportFile[] {
  const base = opts.baseName ?? 'annotations';
  const ext = EXPORT_FILE_EXTENSIONS[format];
  switch (format) {
    case 'md':
      return [{ name: base + ext, content: toMarkdown(docs, { title: opts.title, language: opts.language, generated: opts.generated }) }];
    case 'csv':
      return [{ name: base + ext, content: toCsv(docs) }];
    case 'jsonld':
      return docs.map((doc) => {
        const documentUri = opts.documentUri?.(doc) ?? defaultDocumentUri(doc.path);
        return { name: withoutExtension(doc.path) + ext, content: JSON.stringify(toWebAnnotation(doc, { documentUri }), null, 2) + '\n' };
      });
    case 'html':
      return docs.map((doc) => ({
        name: withoutExtension(doc.path) + ext,
        content: toHtml(doc, { title: docs.length === 1 ? opts.title : undefined, language: opts.language, generated: opts.generated }),
      }));
    case 'brat': {
      const files: ExportFile[] = [];
      const tags = new Set<string>();
      for (const doc of docs) {
        const { txt, ann } = toBrat(doc);
        const stem = withoutExtension(doc.path);
        files.push({ name: `${stem}.txt`, content: txt }, { name: stem + ext, content: ann });
        for (const a of doc.annotations) if (a.annotation.tag) tags.add(a.annotation.tag);
      }
      files.push({ name: 'annotation.conf', content: bratConf(tags) });
      return files;
    }
  }
}

/** `a/b.txt` → `a/b`; a dot-file or a name without extension is kept whole. */
function withoutExtension(path: string): string {
  return path.replace(/(?<=[^/])\.[^./]*$/, '');
}

function defaultDocumentUri(path: string): string {
  return 'file:' + path.split('/').map(encodeURIComponent).join('/');
}
