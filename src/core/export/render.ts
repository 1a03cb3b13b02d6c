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
  const stems = outputStems(docs.map((d) => d.path));
  const stemByDoc = new Map(docs.map((d, i) => [d, stems[i]]));
  const stemOf = (doc: ExportDocument) => stemByDoc.get(doc)!;
  switch (format) {
    case 'md':
      return [{ name: base + ext, content: toMarkdown(docs, { title: opts.title, language: opts.language, generated: opts.generated }) }];
    case 'csv':
      return [{ name: base + ext, content: toCsv(docs) }];
    case 'jsonld':
      return docs.map((doc) => {
        const documentUri = opts.documentUri?.(doc) ?? defaultDocumentUri(doc.path);
        return { name: stemOf(doc) + ext, content: JSON.stringify(toWebAnnotation(doc, { documentUri }), null, 2) + '\n' };
      });
    case 'html':
      return docs.map((doc) => ({
        name: stemOf(doc) + ext,
        content: toHtml(doc, { title: docs.length === 1 ? opts.title : undefined, language: opts.language, generated: opts.generated }),
      }));
    case 'brat': {
      const files: ExportFile[] = [];
      const tags = new Set<string>();
      for (const doc of docs) {
        const { txt, ann } = toBrat(doc);
        const stem = stemOf(doc);
        files.push({ name: `${stem}.txt`, content: txt }, { name: stem + ext, content: ann });
        for (const a of doc.annotations) if (a.annotation.tag) tags.add(a.annotation.tag);
      }
      files.push({ name: 'annotation.conf', content: bratConf(tags) });
      return files;
    }
  }
}

/**
 * The output name (without the format's extension) of each document, all distinct even on a
 * case-insensitive file system: `a/b.txt` → `a/b`, but documents whose names differ only in the
 * extension (a.md, a.text, a.txt) keep it (`a.md`, `a.text`, `a.txt`), and any name still taken gets
 * `~2`, `~3`… Same order as `paths`.
 */
export function outputStems(paths: readonly string[]): string[] {
  const key = (s: string) => s.toLowerCase();
  const count = new Map<string, number>();
  for (const p of paths) count.set(key(withoutExtension(p)), (count.get(key(withoutExtension(p))) ?? 0) + 1);
  const taken = new Set<string>();
  return paths.map((p) => {
    const plain = withoutExtension(p);
    let stem = count.get(key(plain))! > 1 ? p : plain;
    for (let n = 2; taken.has(key(stem)); n++) stem = `${count.get(key(plain))! > 1 ? p : plain}~${n}`;
    taken.add(key(stem));
    return stem;
  });
}

/** `a/b.txt` → `a/b`; a dot-file or a name without extension is kept whole. */
function withoutExtension(path: string): string {
  return path.replace(/(?<=[^/])\.[^./]*$/, '');
}

function defaultDocumentUri(path: string): string {
  return 'file:' + path.split('/').map(encodeURIComponent).join('/');
}
