/**
 * W3C Web Annotation import: annotations of other tools (Hypothesis, Recogito, our own export)
 * read into sidecar annotations. Positions are converted from code points to UTF-16 and every
 * annotation is anchored through the same code as everything else (src/core/annotations/
 * anchoring.ts), so that an import onto a lightly edited document places what the editor would
 * place, and a quote whose context no longer fits becomes an orphan, never a move to another copy.
 * Every annotation is validated against the sidecar schema before it is returned: an import never
 * produces a file this tool would refuse to read. With `documentName`, each annotation's
 * `target.source` is checked against the document (file name, content hash where present, quote).
 */
import { createHash } from 'node:crypto';
import { anchorOne, refreshSelectors } from '../annotations/anchoring';
import type { AnchorStatus, StoredAnnotation, TextPositionSelector, TextQuoteSelector } from '../annotations/model';
import { TextPositionAnchor, readTextPositionSelector, readTextQuoteSelector } from '../annotations/selectors';
import { annotationErrors, codeOfTag } from '../annotations/sidecar';
import { CodePointIndex } from './codePoints';
import { iriToAnnotationId, isAbsoluteIri } from './webannotation-export';

export interface WebAnnotationImportOptions {
  /**
   * The document text. With it, code point positions are converted to UTF-16 and each annotation
   * is anchored on the text (exact, moved, fuzzy or orphan, as the editor would); a position-only
   * target must select text inside it. Without it, positions are taken as they are (correct only
   * when the text has no characters outside the BMP) and a target needs a TextQuoteSelector.
   */
  text?: string;
  /**
   * The file name of the document imported into. When given, each annotation's `target.source`
   * is checked: another file name is refused unless its content hash matches the text or its quote
   * is found with its context (then imported with a warning).
   */
  documentName?: string;
  /** Import annotations made for another document too (with a warning each). */
  allowOtherSource?: boolean;
  /** Author when an annotation has no creator; default ''. */
  defaultAuthor?: string;
  /** Timestamp for annotations without created/modified; default now. */
  now?: string;
}

export interface WebAnnotationImportResult {
  annotations: StoredAnnotation[];
  /** One message per item that could not be imported (it is left out). */
  errors: string[];
  /** Items imported with a repair (timestamp substituted, quote found elsewhere, orphan …). */
  warnings: string[];
  /** Findings exported by this tool, recognised and not imported as annotations. */
  skippedFindings: number;
}

type Json = Record<string, unknown>;

interface ImportContext {
  opts: WebAnnotationImportOptions;
  cps: CodePointIndex | null;
  now: string;
  warnings: string[];
  /** sha256 of the text, computed on first use. */
  textHash?: string;
}

/**
 * Read annotations from Web Annotation JSON(-LD): an AnnotationCollection (with embedded pages),
 * an AnnotationPage, an array, a single Annotation, or the JSON text of any of these. Tolerant of
 * other tools' output: `@id`/`@type`, `oa:` prefixes, `bodyValue`, string bodies and targets,
 * several targets, HTML bodies (tags stripped), creators given as strings or arrays.
 */
export function fromWebAnnotation(json: unknown, opts: WebAnnotationImportOptions = {}): WebAnnotationImportResult {
  const result: WebAnnotationImportResult = { annotations: [], errors: [], warnings: [], skippedFindings: 0 };
  let root = json;
  if (typeof root === 'string') {
    try {
      root = JSON.parse(root);
    } catch (e) {
      result.errors.push(`not JSON: ${(e as Error).message}`);
      return result;
    }
  }
  const items = annotationItems(root, result.errors);
  const ctx: ImportContext = { opts, cps: opts.text === undefined ? null : new CodePointIndex(opts.text), now: opts.now ?? new Date().toISOString(), warnings: result.warnings };
  items.forEach((item, index) => {
    const label = `item ${index + 1}${isObject(item) && typeof idOf(item) === 'string' ? ` (${idOf(item)})` : ''}`;
    if (!isObject(item)) {
      result.errors.push(`${label}: not an object`);
      return;
    }
    if (typeof idOf(item) === 'string' && /#finding-(quotation|numeric-claim|term)-\d+-\d+$/.test(idOf(item) as string)) {
      result.skippedFindings++;
      return;
    }
    const types = typesOf(item);
    if (types.length > 0 && !types.includes('Annotation')) {
      result.errors.push(`${label}: type is ${types.join(', ')}, not Annotation`);
      return;
    }
    try {
      const annotation = readAnnotation(item, label, ctx);
      // Never hand on what the sidecar schema rejects: the writer would lock the user out of the file.
      const invalid = annotationErrors(annotation);
      if (invalid.length > 0) throw new Error(`not importable (${invalid.slice(0, 3).join('; ')})`);
      result.annotations.push(annotation);
    } catch (e) {
      result.errors.push(`${label}: ${(e as Error).message}`);
    }
  });
  return result;
}

interface Placed {
  quote: TextQuoteSelector;
  position: { start: number; end: number };
  status: AnchorStatus;
}

/** The target's selectors placed on the text (or taken as they are without a text). */
function placeTarget(quote: TextQuoteSelector | null, position: TextPositionSelector | null, label: string, ctx: ImportContext): Placed {
  const text = ctx.opts.text;
  if (text === undefined || !ctx.cps) {
    if (!quote) throw new Error('no TextQuoteSelector in the target (a position alone needs the document text)');
    if (!position) ctx.warnings.push(`${label}: no TextPositionSelector; position left at 0 until the annotation is re-anchored`);
    return { quote, position: position ? { start: position.start, end: position.end } : { start: 0, end: 0 }, status: 'exact' };
  }
  const cps = ctx.cps;
  const pos = position ? { start: cps.toUtf16(position.start), end: cps.toUtf16(position.end) } : null;
  const outside = position !== null && position.end > cps.codePointLength;
  if (!quote) {
    if (!position) throw new Error('no TextQuoteSelector or TextPositionSelector in the target');
    if (position.start === position.end) throw new Error(`the TextPositionSelector is an empty range (a point at ${position.start}): it selects no text`);
    if (outside) throw new Error(`the TextPositionSelector ${position.start}..${position.end} is past the end of the document (${cps.codePointLength} characters)`);
    const anchor = TextPositionAnchor.fromRange(text, pos!.start, pos!.end);
    return { quote: anchor.toQuoteAnchor().toSelector(), position: { start: anchor.start, end: anchor.end }, status: 'exact' };
  }
  // Anchored as the editor anchors a stored annotation, the given position as the expected place.
  const hint = pos && !outside ? pos.start : 0;
  const provisional = { target: { quote, position: { type: 'TextPositionSelector' as const, start: hint, end: hint + quote.exact.length } } } as StoredAnnotation;
  const r = anchorOne(text, provisional, { hint });
  if (r.status === 'orphan') {
    ctx.warnings.push(`${label}: the quoted text is not in the document with its context; imported as an orphan`);
    const at = Math.min(hint, text.length);
    return { quote, position: { start: at, end: at }, status: 'orphan' };
  }
  const placed = refreshSelectors(text, r).target;
  if (r.status === 'fuzzy') ctx.warnings.push(`${label}: the quoted text was changed; placed on the similar text at UTF-16 offset ${r.start}`);
  else if (pos && r.start !== pos.start) ctx.warnings.push(`${label}: the quoted text is not at the given position; found it at UTF-16 offset ${r.start}`);
  return { quote: placed.quote, position: { start: placed.position.start, end: placed.position.end }, status: r.status };
}

function readAnnotation(item: Json, label: string, ctx: ImportContext): StoredAnnotation {
  const target = field(item, 'target', 'hasTarget');
  const { quote, position } = readSelectors(target);
  const placed = placeTarget(quote, position, label, ctx);
  checkSource(target, placed, label, ctx);

  const { tag, note, link, codes } = readBodies(item, ctx.warnings, label);
  const createdRaw = stringField(item, 'created');
  const modifiedRaw = stringField(item, 'modified');
  const created = validTime(createdRaw) ?? validTime(modifiedRaw) ?? ctx.now;
  const modified = validTime(modifiedRaw) ?? created;
  if (!validTime(createdRaw)) ctx.warnings.push(`${label}: no valid created time; using ${created}`);
  else if (createdRaw !== created) ctx.warnings.push(`${label}: created time ${createdRaw} written as ${created}`);

  const rawId = idOf(item);
  const annotation: StoredAnnotation = {
    id: typeof rawId === 'string' && rawId !== '' ? iriToAnnotationId(rawId) : generatedId(placed.quote, placed.position, created, note),
    created,
    modified,
    author: readCreator(field(item, 'creator')) ?? ctx.opts.defaultAuthor ?? '',
    tag,
    // Only when they say more than the tag does (the tag's own code is derived when the file is read).
    ...(codes.length > 0 && !(codes.length === 1 && tag !== null && codes[0] === codeOfTag(tag)) ? { codes } : {}),
    note,
    link,
    target: {
      quote: { type: 'TextQuoteSelector', exact: placed.quote.exact, prefix: placed.quote.prefix, suffix: placed.quote.suffix },
      position: { type: 'TextPositionSelector', start: placed.position.start, end: placed.position.end },
    },
  };
  if (placed.status === 'orphan') annotation.orphan = true;
  return annotation;
}

function readSelectors(target: unknown): { quote: TextQuoteSelector | null; position: TextPositionSelector | null } {
  let quote: TextQuoteSelector | null = null;
  let position: TextPositionSelector | null = null;
  const visitSelector = (s: unknown): void => {
    if (Array.isArray(s)) return s.forEach(visitSelector);
    if (!isObject(s)) return;
    if (typesOf(s).includes('Choice') && Array.isArray(s.items)) return s.items.forEach(visitSelector);
    quote ??= readTextQuoteSelector(s);
    position ??= readTextPositionSelector(s);
  };
  for (const t of Array.isArray(target) ? target : [target]) {
    if (isObject(t)) visitSelector(field(t, 'selector', 'hasSelector'));
    if (quote) break;
  }
  if (!quote && !position) {
    throw new Error(target === undefined ? 'no target' : 'the target has no TextQuoteSelector or TextPositionSelector');
  }
  return { quote, position };
}

// ---------------------------------------------------------------------------------------------
// The target's source

interface Source {
  iri: string;
  /** A sha256 hex digest of the document text, when the source gives one. */
  sha256: string | null;
}

function readSources(target: unknown): Source[] {
  const out: Source[] = [];
  for (const t of Array.isArray(target) ? target : [target]) {
    if (typeof t === 'string') out.push({ iri: t, sha256: null });
    if (!isObject(t)) continue;
    const s = field(t, 'source', 'hasSource');
    if (typeof s === 'string') out.push({ iri: s, sha256: digestOf(t) });
    else if (isObject(s) && typeof idOf(s) === 'string') out.push({ iri: idOf(s) as string, sha256: digestOf(s) ?? digestOf(t) });
  }
  return out;
}

/** `sha256: "<hex>"` or `digest: "sha256:<hex>"` (as in HTTP's Digest and Subresource Integrity). */
function digestOf(o: Json): string | null {
  if (typeof o.sha256 === 'string' && /^[0-9a-f]{64}$/i.test(o.sha256)) return o.sha256.toLowerCase();
  const d = o.digest;
  if (typeof d === 'string') {
    const m = /^sha-?256[:=]([0-9a-f]{64})$/i.exec(d);
    if (m) return m[1].toLowerCase();
  }
  return null;
}

/** The file name at the end of an IRI or path (no query, no fragment, percent-decoded). */
export function sourceFileName(iri: string): string {
  const path = iri.replace(/[?#].*$/, '');
  const last = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/**
 * Refuses (throws) an annotation made for another document, unless its content hash matches the
 * text or its quote was found with its context; warns when it is imported all the same.
 */
function checkSource(target: unknown, placed: Placed, label: string, ctx: ImportContext): void {
  const name = ctx.opts.documentName;
  if (name === undefined) return;
  const sources = readSources(target);
  if (sources.length === 0) return;
  const mine = sourceFileName(name).toLowerCase();
  const text = ctx.opts.text;
  const hash = (): string | null => (text === undefined ? null : (ctx.textHash ??= createHash('sha256').update(text, 'utf8').digest('hex')));
  const sameName = sources.some((s) => sourceFileName(s.iri).toLowerCase() === mine);
  const digests = sources.map((s) => s.sha256).filter((d): d is string => d !== null);
  const hashMatches = digests.length > 0 && hash() !== null && digests.includes(hash()!);
  const shown = sources[0].iri;
  if (sameName) {
    if (digests.length > 0 && hash() !== null && !hashMatches) ctx.warnings.push(`${label}: made on another version of ${name} (content hash differs); placed by its quote`);
    return;
  }
  if (hashMatches) {
    ctx.warnings.push(`${label}: made for ${shown}, whose content hash is that of ${name}; imported`);
    return;
  }
  if (ctx.opts.allowOtherSource) {
    ctx.warnings.push(`${label}: made for ${shown}, not ${name}; imported as asked`);
    return;
  }
  const quoteFits = text !== undefined && digests.length === 0 && (placed.status === 'exact' || placed.status === 'moved');
  if (quoteFits) {
    ctx.warnings.push(`${label}: made for ${shown}, not ${name}; imported because its quote and context are in this document`);
    return;
  }
  throw new Error(`made for ${shown}, not ${name}; not imported (${digests.length > 0 ? 'its content hash differs' : 'its quote is not in this document with its context'}; allow other sources to import it anyway)`);
}

/** The annotation objects inside whatever container was given. */
function annotationItems(root: unknown, errors: string[]): unknown[] {
  if (Array.isArray(root)) return root.flatMap((r) => (isObject(r) && isContainer(r) ? annotationItems(r, errors) : [r]));
  if (!isObject(root)) {
    errors.push('expected a JSON object or array of annotations');
    return [];
  }
  if (Array.isArray(root['@graph'])) return annotationItems(root['@graph'], errors);
  const types = typesOf(root);
  if (types.includes('AnnotationCollection')) {
    const out: unknown[] = Array.isArray(root.items) ? [...root.items] : [];
    let page = root.first;
    const seen = new Set<unknown>();
    while (page !== undefined && page !== null && !seen.has(page)) {
      seen.add(page);
      if (typeof page === 'string') {
        errors.push(`collection page ${page} is given by reference only; fetch it and import it separately`);
        break;
      }
      if (!isObject(page) || !Array.isArray(page.items)) {
        errors.push('collection page has no items array');
        break;
      }
      out.push(...page.items);
      page = page.next;
    }
    return out;
  }
  if (types.includes('AnnotationPage')) {
    if (!Array.isArray(root.items)) {
      errors.push('AnnotationPage has no items array');
      return [];
    }
    return [...root.items];
  }
  return [root];
}

function isContainer(o: Json): boolean {
  const t = typesOf(o);
  return t.includes('AnnotationCollection') || t.includes('AnnotationPage') || Array.isArray(o['@graph']);
}

/** The IRI of a code of our codebook in a tagging body's `id` (its value is the code's name). */
export const CODE_IRI_PREFIX = 'urn:policy-annotator:code:';

function readBodies(item: Json, warnings: string[], label: string): { tag: string | null; note: string; link: string | null; codes: string[] } {
  const tags: string[] = [];
  const notes: string[] = [];
  const links: string[] = [];
  const codes: string[] = [];
  const motivations = asArray(item.motivation).filter((m): m is string => typeof m === 'string').map(stripPrefix);
  const bodyValue = item.bodyValue;
  if (typeof bodyValue === 'string' && bodyValue.trim() !== '') notes.push(bodyValue);

  const visit = (b: unknown): void => {
    if (Array.isArray(b)) return b.forEach(visit);
    if (typeof b === 'string') {
      if (isAbsoluteIri(b)) links.push(b);
      else if (b.trim() !== '') notes.push(b);
      return;
    }
    if (!isObject(b)) return;
    const types = typesOf(b);
    if (types.includes('Choice') && Array.isArray(b.items)) return visit(b.items[0]);
    let purposes = asArray(b.purpose).filter((p): p is string => typeof p === 'string').map(stripPrefix);
    if (purposes.length === 0) purposes = motivations;
    const rawValue = b.value ?? b['rdf:value'] ?? b.chars;
    let value = typeof rawValue === 'string' ? rawValue : null;
    if (value !== null && typeof b.format === 'string' && /html/i.test(b.format)) value = htmlToText(value);
    const source = typeof b.source === 'string' ? b.source : isObject(b.source) && typeof idOf(b.source) === 'string' ? (idOf(b.source) as string) : null;
    const reference = value === null ? source ?? (typeof idOf(b) === 'string' ? (idOf(b) as string) : null) : null;

    if (purposes.includes('tagging') && value !== null) {
      // A code of a codebook (its id in the body's id), or another tool's tag: both become codings.
      const bodyId = idOf(b);
      if (typeof bodyId === 'string' && bodyId.startsWith(CODE_IRI_PREFIX)) codes.push(decodeURIComponent(bodyId.slice(CODE_IRI_PREFIX.length)));
      else {
        tags.push(value.trim());
        if (value.trim() !== '') codes.push(codeOfTag(value.trim()));
      }
    }
    else if (purposes.includes('linking') || (value === null && reference !== null)) {
      const l = value ?? reference;
      if (l) links.push(l);
    } else if (value !== null && value.trim() !== '') notes.push(value);
  };
  visit(field(item, 'body', 'hasBody'));

  const tagList = tags.filter((t) => t !== '');
  let note = notes.join('\n\n');
  if (tagList.length > 1) warnings.push(`${label}: several tags; the first is the tag, all of them are codes`);
  if (links.length > 1) {
    warnings.push(`${label}: several links; kept the first, the others are appended to the note`);
    note = [note, ...links.slice(1)].filter((s) => s !== '').join('\n');
  }
  return { tag: tagList[0] ?? null, note, link: links[0] ?? null, codes: [...new Set(codes)] };
}

function readCreator(creator: unknown): string | null {
  const first = Array.isArray(creator) ? creator[0] : creator;
  if (typeof first === 'string') return first;
  if (!isObject(first)) return null;
  for (const key of ['name', 'nickname', 'foaf:name', 'foaf:nick']) {
    const v = first[key];
    if (typeof v === 'string' && v !== '') return v;
  }
  const id = idOf(first);
  return typeof id === 'string' ? id : null;
}

function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>\s*/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .trim();
}

/** The sidecar's timestamp form: ISO 8601 with a time zone. */
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A timestamp the sidecar accepts: as given when it has the ISO form, else converted; null if unreadable. */
function validTime(s: string | null): string | null {
  if (s === null) return null;
  if (ISO_TIMESTAMP.test(s) && !Number.isNaN(Date.parse(s))) return s;
  const t = Date.parse(s);
  return Number.isNaN(t) || t < -62135596800000 || t > 253402300799999 ? null : new Date(t).toISOString();
}

/** A stable id for an imported annotation that has none, so importing it twice does not duplicate it. */
function generatedId(quote: TextQuoteSelector, pos: { start: number; end: number }, created: string, note: string): string {
  const key = [quote.prefix, quote.exact, quote.suffix, pos.start, pos.end, created, note].join('\u0000');
  return `a-import-${fnv1a(key, 0x811c9dc5)}${fnv1a(key, 0x01000193)}`;
}

function fnv1a(s: string, seed: number): string {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function asArray(v: unknown): unknown[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}

function field(o: Json, name: string, oldName?: string): unknown {
  for (const key of [name, `oa:${name}`, ...(oldName ? [oldName, `oa:${oldName}`] : [])]) {
    if (o[key] !== undefined) return o[key];
  }
  return undefined;
}

function stringField(o: Json, name: string): string | null {
  const v = field(o, name);
  const first = Array.isArray(v) ? v[0] : v;
  if (typeof first === 'string') return first;
  // JSON-LD expanded value objects: {"@value": "..."}.
  if (isObject(first) && typeof first['@value'] === 'string') return first['@value'];
  return null;
}

function idOf(o: Json): unknown {
  return o.id ?? o['@id'];
}

function stripPrefix(s: string): string {
  return s.replace(/^(oa:|https?:\/\/www\.w3\.org\/ns\/oa#)/, '');
}

function typesOf(o: Json): string[] {
  return asArray(o.type ?? o['@type']).filter((t): t is string => typeof t === 'string').map(stripPrefix);
}

