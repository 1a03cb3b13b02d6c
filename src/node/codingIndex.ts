/**
 * The workspace's coded segments, for retrieval (every segment of a code across all documents)
 * and the codebook view's counts. Updated incrementally: a changed document or sidecar is read
 * again alone; a full build reads documents one at a time and yields between them, so that
 * building the index of 500 documents never blocks the caller's thread for long.
 * Node only, no `vscode`: the extension feeds it file events.
 */
import { readFile, stat } from 'node:fs/promises';
import { anchorAll } from '../core/annotations/anchoring';
import { documentVariables, annotationCodeIds } from '../core/coding/study';
import type { DocumentMeta } from '../core/coding/meta';
import { coderSidecarPaths, locateSidecar, readAllSidecars, type StorageMode } from './sidecarStore';

export interface CodedSegment {
  file: string;
  start: number;
  end: number;
  text: string;
  codes: string[];
  coder: string;
  note: string;
  annotationId: string;
}

interface Entry {
  mtimeMs: number;
  sidecarMtimeMs: number;
  meta: DocumentMeta;
  segments: CodedSegment[];
}

export interface IndexFilter {
  /** Document variables that must match (e.g. { level: 'central', year: '2019' }). */
  variables?: Partial<Record<keyof DocumentMeta | 'year', string>>;
  coders?: ReadonlySet<string>;
}

const yieldToLoop = (): Promise<void> => new Promise((r) => setImmediate(r));

export class CodingIndex {
  private readonly entries = new Map<string, Entry>();
  private readonly listeners = new Set<() => void>();

  constructor(private readonly storage: StorageMode = 'beside') {}

  onDidChange(listener: () => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  private fire(): void {
    for (const l of this.listeners) l();
  }

  get size(): number {
    return this.entries.size;
  }

  /** Reads the documents, skipping those unchanged since the last read; yields between files. */
  async build(files: readonly string[]): Promise<number> {
    let read = 0;
    const keep = new Set(files);
    for (const f of [...this.entries.keys()]) if (!keep.has(f)) this.entries.delete(f);
    for (const f of files) {
      if (await this.refresh(f, false)) read++;
      await yieldToLoop();
    }
    this.fire();
    return read;
  }

  /** Re-reads one document (after it or its sidecar changed). Returns whether it was read. */
  async update(file: string): Promise<boolean> {
    const changed = await this.refresh(file, true);
    if (changed) this.fire();
    return changed;
  }

  remove(file: string): void {
    if (this.entries.delete(file)) this.fire();
  }

  private async refresh(file: string, force: boolean): Promise<boolean> {
    const sidecarPath = locateSidecar(file, this.storage);
    let mtimeMs: number;
    let sidecarMtimeMs = 0;
    try {
      mtimeMs = (await stat(file)).mtimeMs;
    } catch {
      return this.entries.delete(file);
    }
    // The shared sidecar and the coders' own files: a change in any of them is a change.
    for (const path of [sidecarPath, ...coderSidecarPaths(file, this.storage)]) {
      try {
        sidecarMtimeMs += (await stat(path)).mtimeMs;
      } catch {
        // no sidecar: no codings
      }
    }
    const old = this.entries.get(file);
    if (!force && old && old.mtimeMs === mtimeMs && old.sidecarMtimeMs === sidecarMtimeMs) return false;
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      return this.entries.delete(file);
    }
    let segments: CodedSegment[] = [];
    let variables: Record<string, string | null> | undefined;
    if (sidecarMtimeMs > 0) {
      try {
        const parsed = readAllSidecars(file, this.storage);
        if (parsed.kind === 'ok') {
          variables = (parsed.file as { variables?: Record<string, string | null> }).variables;
          segments = anchorAll(text, parsed.file.annotations)
            .filter((a) => a.start !== null && a.end !== null)
            .map((a) => ({ file, start: a.start!, end: a.end!, text: text.slice(a.start!, a.end!), codes: annotationCodeIds(a.annotation as { tag: string | null; codes?: string[] }), coder: a.annotation.author, note: a.annotation.note, annotationId: a.annotation.id }))
            .filter((s) => s.codes.length > 0);
        }
      } catch {
        // unreadable sidecar: the document is listed without codings
      }
    }
    this.entries.set(file, { mtimeMs, sidecarMtimeMs, meta: documentVariables(text, variables), segments });
    return true;
  }

  private matches(e: Entry, f: IndexFilter): boolean {
    for (const [k, v] of Object.entries(f.variables ?? {})) {
      const value = k === 'year' ? (e.meta.date ?? '').slice(0, 4) : (e.meta as unknown as Record<string, string | null>)[k];
      if (v !== undefined && value !== v) return false;
    }
    return true;
  }

  /** Every coded segment of a code, in file and position order. */
  segments(codeId: string, filter: IndexFilter = {}): CodedSegment[] {
    const out: CodedSegment[] = [];
    for (const [file, e] of [...this.entries].sort(([a], [b]) => a.localeCompare(b))) {
      if (!this.matches(e, filter)) continue;
      for (const s of e.segments) if (s.codes.includes(codeId) && (!filter.coders || filter.coders.has(s.coder))) out.push(s);
      void file;
    }
    return out.sort((a, b) => a.file.localeCompare(b.file) || a.start - b.start);
  }

  /** Number of coded segments per code id. */
  counts(filter: IndexFilter = {}): Map<string, number> {
    const counts = new Map<string, number>();
    for (const e of this.entries.values()) {
      if (!this.matches(e, filter)) continue;
      for (const s of e.segments) {
        if (filter.coders && !filter.coders.has(s.coder)) continue;
        for (const c of s.codes) counts.set(c, (counts.get(c) ?? 0) + 1);
      }
    }
    return counts;
  }

  /** Everyone who coded something, sorted. */
  coders(): string[] {
    return [...new Set([...this.entries.values()].flatMap((e) => e.segments.map((s) => s.coder)))].sort();
  }

  /** The variables of every indexed document (for the view's filters). */
  variables(): Map<string, DocumentMeta> {
    return new Map([...this.entries].map(([f, e]) => [f, e.meta]));
  }
}
