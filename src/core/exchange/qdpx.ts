/**
 * REFI-QDA 1.5 exchange (the format of NVivo, ATLAS.ti, MAXQDA, QDA Miner, QualCoder):
 * a project (`project.qde` in a `.qdpx` zip with `sources/`) and a codebook alone (`.qdc`).
 *
 * Export: users (the coders), the codebook with colours, descriptions and hierarchy, every
 * document as a TextSource whose plain text is `internal://<GUID>.txt`, each coding as a
 * PlainTextSelection in Unicode code points with one Coding/CodeRef per code and its coder, notes
 * as Notes, document variables as Variables with values on one Case per document. GUIDs come
 * from our ids through the `guid` function the caller passes (a name-based UUID), so exporting
 * twice gives the same file.
 * Import: tolerant of what the big tools write (a BOM, CRLF counted as one character or two,
 * unknown elements); what it cannot carry over is reported, never dropped silently.
 * XML is written by escaping every attribute and text; read with fast-xml-parser. Zip handling is
 * the caller's (src/node/qdpx.ts). Pure: no `vscode`.
 */
import { XMLParser } from 'fast-xml-parser';
import { CodePointIndex } from '../export/codePoints';
import type { Code, Codebook } from '../coding/codebook';
import { META_FIELDS, type DocumentMeta } from '../coding/meta';

export const PROJECT_NS = 'urn:QDA-XML:project:1.0';
export const CODEBOOK_NS = 'urn:QDA-XML:codebook:1.0';

export interface ExchangeAnnotation {
  id: string;
  start: number;
  end: number;
  codes: string[];
  coder: string;
  note: string;
  created: string;
}

export interface ExchangeDocument {
  /** The document's id (its relative path): the TextSource's GUID comes from it. */
  id: string;
  name: string;
  text: string;
  meta: DocumentMeta;
  annotations: ExchangeAnnotation[];
}

export interface ExchangeProject {
  name: string;
  codebook: Codebook;
  documents: ExchangeDocument[];
}

export type GuidOf = (key: string) => string;

export interface ExportedProject {
  qde: string;
  /** File name inside `sources/` → UTF-8 text. */
  sources: Map<string, string>;
}

const esc = (s: string): string =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // Characters XML 1.0 cannot carry are dropped (they cannot be in a policy text either).
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
const attrs = (o: Record<string, string | number | boolean | null | undefined>): string =>
  Object.entries(o)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => ` ${k}="${esc(String(v))}"`)
    .join('');

function codeDescription(c: Code): string {
  return [c.definition, c.rule ? `决策规则：${c.rule}` : '', c.example ? `示例：${c.example}` : ''].filter(Boolean).join('\n');
}

function codesXml(codes: readonly Code[], guid: GuidOf, indent: string, topLevel: boolean): string {
  return codes
    .map((c) => {
      const codable = c.codable ?? !topLevel;
      const desc = codeDescription(c);
      const inner = (desc ? `${indent}  <Description>${esc(desc)}</Description>\n` : '') + (c.children?.length ? codesXml(c.children, guid, indent + '  ', false) : '');
      const open = `${indent}<Code${attrs({ guid: guid(`code:${c.id}`), name: c.name, isCodable: codable, color: c.color })}`;
      return inner ? `${open}>\n${inner}${indent}</Code>\n` : `${open}/>\n`;
    })
    .join('');
}

/** A codebook alone, as a `.qdc` file. */
export function codebookToQdc(codebook: Codebook, guid: GuidOf): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n<CodeBook xmlns="${CODEBOOK_NS}"${attrs({ origin: 'Policy Annotator' })}>\n  <Codes>\n${codesXml(codebook.codes, guid, '    ', true)}  </Codes>\n</CodeBook>\n`;
}

const VARIABLE_TYPES: Record<string, 'Text' | 'Date'> = { title: 'Text', issuer: 'Text', docNumber: 'Text', docType: 'Text', date: 'Date', published: 'Date', level: 'Text' };

/** The project: `project.qde` text and the sources to put under `sources/`. */
export function projectToQdpx(project: ExchangeProject, guid: GuidOf, now: string): ExportedProject {
  const coders = [...new Set(project.documents.flatMap((d) => d.annotations.map((a) => a.coder)))].sort();
  const userGuid = (name: string) => guid(`user:${name}`);
  const out: string[] = [`<?xml version="1.0" encoding="utf-8"?>`, `<Project xmlns="${PROJECT_NS}"${attrs({ name: project.name, origin: 'Policy Annotator', creationDateTime: now })}>`];
  if (coders.length) out.push('  <Users>', ...coders.map((c) => `    <User${attrs({ guid: userGuid(c), name: c })}/>`), '  </Users>');
  if (project.codebook.codes.length) out.push('  <CodeBook>', '    <Codes>', codesXml(project.codebook.codes, guid, '      ', true).trimEnd(), '    </Codes>', '  </CodeBook>');
  out.push('  <Variables>', ...META_FIELDS.map((f) => `    <Variable${attrs({ guid: guid(`variable:${f}`), name: f, typeOfVariable: VARIABLE_TYPES[f] })}/>`), '  </Variables>');
  const valueXml = (f: string, v: string) => `      <VariableValue>\n        <VariableRef${attrs({ targetGUID: guid(`variable:${f}`) })}/>\n        <${VARIABLE_TYPES[f] === 'Date' ? 'DateValue' : 'TextValue'}>${esc(v)}</${VARIABLE_TYPES[f] === 'Date' ? 'DateValue' : 'TextValue'}>\n      </VariableValue>`;
  if (project.documents.length) {
    out.push('  <Cases>');
    for (const d of project.documents) {
      const values = META_FIELDS.filter((f) => d.meta[f] !== null && d.meta[f] !== undefined).map((f) => valueXml(f, String(d.meta[f])));
      out.push(`    <Case${attrs({ guid: guid(`case:${d.id}`), name: d.name })}>`, ...values, `      <SourceRef${attrs({ targetGUID: guid(`source:${d.id}`) })}/>`, '    </Case>');
    }
    out.push('  </Cases>');
  }
  const sources = new Map<string, string>();
  const notes: string[] = [];
  if (project.documents.length) {
    out.push('  <Sources>');
    for (const d of project.documents) {
      const sg = guid(`source:${d.id}`);
      sources.set(`${sg}.txt`, d.text);
      const cp = new CodePointIndex(d.text);
      out.push(`    <TextSource${attrs({ guid: sg, name: d.name, plainTextPath: `internal://${sg}.txt`, creationDateTime: now })}>`);
      for (const a of [...d.annotations].sort((x, y) => x.start - y.start || x.end - y.end)) {
        const selGuid = guid(`selection:${d.id}:${a.id}`);
        const noteGuid = a.note.trim() ? guid(`note:${d.id}:${a.id}`) : null;
        out.push(`      <PlainTextSelection${attrs({ guid: selGuid, name: d.text.slice(a.start, a.end).slice(0, 60), startPosition: cp.toCodePoint(a.start), endPosition: cp.toCodePoint(a.end), creatingUser: userGuid(a.coder), creationDateTime: a.created })}>`);
        for (const code of a.codes) {
          out.push(`        <Coding${attrs({ guid: guid(`coding:${d.id}:${a.id}:${code}`), creatingUser: userGuid(a.coder), creationDateTime: a.created })}>`, `          <CodeRef${attrs({ targetGUID: guid(`code:${code}`) })}/>`, '        </Coding>');
        }
        if (noteGuid) {
          out.push(`        <NoteRef${attrs({ targetGUID: noteGuid })}/>`);
          notes.push(`    <Note${attrs({ guid: noteGuid, name: `${d.name}: ${d.text.slice(a.start, a.end).slice(0, 30)}`, creatingUser: userGuid(a.coder), creationDateTime: a.created })}>\n      <PlainTextContent>${esc(a.note)}</PlainTextContent>\n    </Note>`);
        }
        out.push('      </PlainTextSelection>');
      }
      out.push('    </TextSource>');
    }
    out.push('  </Sources>');
  }
  if (notes.length) out.push('  <Notes>', ...notes, '  </Notes>');
  out.push('</Project>', '');
  return { qde: out.join('\n'), sources };
}

// ---------------------------------------------------------------- import

export interface ImportedProject extends ExchangeProject {
  /** What could not be carried over, one line each. */
  warnings: string[];
}

type XmlNode = Record<string, unknown>;
const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const attr = (n: XmlNode, name: string): string | undefined => {
  const v = n[`@_${name}`];
  return v === undefined ? undefined : String(v);
};
const text = (v: unknown): string => (v === undefined || v === null ? '' : typeof v === 'object' ? String((v as XmlNode)['#text'] ?? '') : String(v));

function parser(): XMLParser {
  return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', removeNSPrefix: true, parseTagValue: false, parseAttributeValue: false, trimValues: false, isArray: (name) => ['Code', 'User', 'Variable', 'Case', 'VariableValue', 'TextSource', 'PlainTextSelection', 'Coding', 'NoteRef', 'Note', 'SourceRef', 'PictureSource', 'PDFSource', 'AudioSource', 'VideoSource'].includes(name) });
}

function readCodes(nodes: XmlNode[], idOf: (guid: string, name: string) => string, top: boolean): Code[] {
  return nodes.map((n) => {
    const guid = attr(n, 'guid') ?? '';
    const name = attr(n, 'name') ?? '(unnamed)';
    const code: Code = { id: idOf(guid, name), name };
    const desc = text(n.Description).trim();
    if (desc) code.definition = desc;
    const color = attr(n, 'color');
    if (color && /^#[0-9A-Fa-f]{6}$/.test(color)) code.color = color.toUpperCase();
    else if (color && /^#[0-9A-Fa-f]{3}$/.test(color)) code.color = '#' + [...color.slice(1)].map((c) => c + c).join('').toUpperCase();
    const codable = attr(n, 'isCodable') !== 'false';
    if (codable !== !top) code.codable = codable;
    const children = asArray(n.Code as XmlNode[] | undefined);
    if (children.length) code.children = readCodes(children, idOf, false);
    return code;
  });
}

/** Reads a `.qdc` codebook. `idOf` maps a code's GUID (and name) to our id. */
export function qdcToCodebook(xml: string, idOf: (guid: string, name: string) => string, name = 'Imported codebook'): Codebook {
  const root = parser().parse(xml.replace(/^\uFEFF/, '')) as XmlNode;
  const cb = (root.CodeBook ?? (root.Project as XmlNode | undefined)?.CodeBook) as XmlNode | undefined;
  const codes = asArray(((cb?.Codes as XmlNode | undefined)?.Code ?? []) as XmlNode[]);
  return { version: 1, name, codes: readCodes(codes, idOf, true) };
}

/**
 * Reads a project. `readSource(path)` returns a source file's bytes decoded as text (or null);
 * `idOf` maps GUIDs to our code ids.
 */
export function qdeToProject(xml: string, readSource: (path: string) => string | null, idOf: (guid: string, name: string) => string): ImportedProject {
  const warnings: string[] = [];
  const root = parser().parse(xml.replace(/^\uFEFF/, '')) as XmlNode;
  const p = root.Project as XmlNode | undefined;
  if (!p) throw new Error('not a REFI-QDA project (no <Project> element)');
  const users = new Map(asArray((p.Users as XmlNode | undefined)?.User as XmlNode[] | undefined).map((u) => [attr(u, 'guid') ?? '', attr(u, 'name') ?? attr(u, 'id') ?? 'unknown']));
  const codebook: Codebook = { version: 1, name: attr(p, 'name') ?? 'Imported project', codes: readCodes(asArray(((p.CodeBook as XmlNode | undefined)?.Codes as XmlNode | undefined)?.Code as XmlNode[] | undefined), idOf, true) };
  const codeIdByGuid = new Map<string, string>();
  const walk = (nodes: XmlNode[]) => nodes.forEach((n) => {
    codeIdByGuid.set((attr(n, 'guid') ?? '').toLowerCase(), idOf(attr(n, 'guid') ?? '', attr(n, 'name') ?? ''));
    walk(asArray(n.Code as XmlNode[] | undefined));
  });
  walk(asArray(((p.CodeBook as XmlNode | undefined)?.Codes as XmlNode | undefined)?.Code as XmlNode[] | undefined));
  const notes = new Map(asArray((p.Notes as XmlNode | undefined)?.Note as XmlNode[] | undefined).map((n) => [(attr(n, 'guid') ?? '').toLowerCase(), text(n.PlainTextContent)]));
  const variableNames = new Map(asArray((p.Variables as XmlNode | undefined)?.Variable as XmlNode[] | undefined).map((v) => [(attr(v, 'guid') ?? '').toLowerCase(), attr(v, 'name') ?? '']));
  const metaBySource = new Map<string, Record<string, string>>();
  for (const c of asArray((p.Cases as XmlNode | undefined)?.Case as XmlNode[] | undefined)) {
    const values: Record<string, string> = {};
    for (const vv of asArray(c.VariableValue as XmlNode[] | undefined)) {
      const name = variableNames.get((attr(vv.VariableRef as XmlNode, 'targetGUID') ?? '').toLowerCase());
      const value = ['TextValue', 'DateValue', 'IntegerValue', 'FloatValue', 'BooleanValue', 'DateTimeValue'].map((k) => vv[k]).find((x) => x !== undefined);
      if (name) values[name] = text(value);
    }
    for (const s of asArray(c.SourceRef as XmlNode[] | undefined)) metaBySource.set((attr(s, 'targetGUID') ?? '').toLowerCase(), values);
  }
  const sources = p.Sources as XmlNode | undefined;
  for (const kind of ['PictureSource', 'PDFSource', 'AudioSource', 'VideoSource']) {
    const n = asArray(sources?.[kind] as XmlNode[] | undefined).length;
    if (n) warnings.push(`${n} ${kind} element(s) skipped: only text sources are supported`);
  }
  const documents: ExchangeDocument[] = [];
  for (const s of asArray(sources?.TextSource as XmlNode[] | undefined)) {
    const sg = attr(s, 'guid') ?? '';
    const name = attr(s, 'name') ?? sg;
    const path = attr(s, 'plainTextPath');
    let body: string | null = s.PlainTextContent !== undefined ? text(s.PlainTextContent) : path ? readSource(path) : null;
    if (body === null) {
      warnings.push(`${name}: its text (${path ?? 'no plainTextPath'}) is missing from the project; skipped with its codings`);
      continue;
    }
    body = body.replace(/^\uFEFF/, '');
    const selections = asArray(s.PlainTextSelection as XmlNode[] | undefined);
    const crlfAsOne = countsCrlfAsOne(body, selections);
    if (crlfAsOne) warnings.push(`${name}: positions count a line break (CRLF) as one character; converted`);
    const toUtf16 = positionMapper(body, crlfAsOne);
    const annotations: ExchangeAnnotation[] = [];
    for (const sel of selections) {
      const start = toUtf16(Number(attr(sel, 'startPosition')));
      const end = toUtf16(Number(attr(sel, 'endPosition')));
      if (!(start >= 0 && end > start && end <= body.length)) {
        warnings.push(`${name}: selection ${attr(sel, 'guid')} (${attr(sel, 'startPosition')}–${attr(sel, 'endPosition')}) lies outside the text; skipped`);
        continue;
      }
      const codes: string[] = [];
      let coder = users.get(attr(sel, 'creatingUser') ?? '') ?? 'unknown';
      for (const c of asArray(sel.Coding as XmlNode[] | undefined)) {
        const target = (attr(c.CodeRef as XmlNode, 'targetGUID') ?? '').toLowerCase();
        const id = codeIdByGuid.get(target);
        if (id) codes.push(id);
        else warnings.push(`${name}: a coding refers to an unknown code ${target}; skipped`);
        coder = users.get(attr(c, 'creatingUser') ?? '') ?? coder;
      }
      const noteText = [text(sel.Description), ...asArray(sel.NoteRef as XmlNode[] | undefined).map((r) => notes.get((attr(r, 'targetGUID') ?? '').toLowerCase()) ?? '')].filter((x) => x.trim()).join('\n\n');
      annotations.push({ id: attr(sel, 'guid') ?? `${start}-${end}`, start, end, codes: [...new Set(codes)], coder, note: noteText, created: attr(sel, 'creationDateTime') ?? '' });
    }
    const whole = asArray(s.Coding as XmlNode[] | undefined).length;
    if (whole) warnings.push(`${name}: ${whole} coding(s) of the whole document kept as a coding of all its text`);
    for (const c of asArray(s.Coding as XmlNode[] | undefined)) {
      const id = codeIdByGuid.get((attr(c.CodeRef as XmlNode, 'targetGUID') ?? '').toLowerCase());
      if (id) annotations.push({ id: attr(c, 'guid') ?? 'doc', start: 0, end: body.length, codes: [id], coder: users.get(attr(c, 'creatingUser') ?? '') ?? 'unknown', note: '', created: attr(c, 'creationDateTime') ?? '' });
    }
    const values = metaBySource.get(sg.toLowerCase()) ?? {};
    for (const vv of asArray(s.VariableValue as XmlNode[] | undefined)) {
      const vn = variableNames.get((attr(vv.VariableRef as XmlNode, 'targetGUID') ?? '').toLowerCase());
      const value = ['TextValue', 'DateValue', 'IntegerValue', 'FloatValue', 'BooleanValue', 'DateTimeValue'].map((k) => vv[k]).find((x) => x !== undefined);
      if (vn) values[vn] = text(value);
    }
    const meta = Object.fromEntries(META_FIELDS.map((f) => [f, values[f] ?? null])) as unknown as DocumentMeta;
    meta.extra = Object.fromEntries(Object.entries(values).filter(([k]) => !(META_FIELDS as readonly string[]).includes(k)));
    documents.push({ id: sg, name, text: body, meta, annotations });
  }
  return { name: attr(p, 'name') ?? 'Imported project', codebook, documents, warnings };
}

/**
 * Whether the positions were counted with a CRLF line break as one character (some tools do; the
 * standard counts code points, so CRLF is two). Decided from the positions themselves: a position
 * beyond the shorter length proves two; otherwise the reading whose selections start and end at
 * natural boundaries (line breaks, spaces, punctuation) more often wins, and a tie keeps two.
 */
function countsCrlfAsOne(body: string, selections: XmlNode[]): boolean {
  if (!body.includes('\r\n') || selections.length === 0) return false;
  const shorter = new CodePointIndex(body).codePointLength - (body.split('\r\n').length - 1);
  const pairs = selections.map((s) => [Number(attr(s, 'startPosition')), Number(attr(s, 'endPosition'))]).filter(([a, b]) => Number.isFinite(a) && Number.isFinite(b));
  if (pairs.some(([, e]) => e > shorter)) return false;
  const score = (map: (cp: number) => number): number =>
    pairs.reduce((sum, [a, b]) => {
      const s = map(a);
      const e = map(b);
      return sum + (s === 0 || BOUNDARY.test(body[s - 1] ?? '') ? 1 : 0) + (e === body.length || BOUNDARY.test(body[e - 1] ?? '') || BOUNDARY.test(body[e] ?? '') ? 1 : 0);
    }, 0);
  return score(positionMapper(body, true)) > score(positionMapper(body, false));
}

const BOUNDARY = /[\s\u3000。；！？，、：”」』）)】.;!?,:]/;

function positionMapper(body: string, crlfAsOne: boolean): (cp: number) => number {
  const index = new CodePointIndex(body);
  if (!crlfAsOne) return (cp) => (Number.isFinite(cp) ? index.toUtf16(cp) : -1);
  // Map "code points with CRLF as one" to UTF-16: walk once, recording UTF-16 offsets.
  const offsets: number[] = [];
  for (let i = 0; i < body.length; ) {
    offsets.push(i);
    const c = body.charCodeAt(i);
    if (c === 13 && body.charCodeAt(i + 1) === 10) i += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < body.length) i += 2;
    else i++;
  }
  offsets.push(body.length);
  return (cp) => (Number.isInteger(cp) && cp >= 0 && cp < offsets.length ? offsets[cp] : -1);
}
