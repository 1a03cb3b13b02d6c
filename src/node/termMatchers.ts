/**
 * Term matchers for documents on disk: the built-in glossary with the user glossary files that apply
 * to a document merged over it. One matcher per distinct list of files, built once (the CLI and the
 * export worker analyse many documents that share their glossaries; the analysis worker keeps one
 * cache for the editor and clears it when a glossary file or the setting changes).
 */
import { TermMatcher } from '../core/glossary/matcher';
import { builtinGlossary } from '../core/glossary/data';
import { mergeGlossaries } from '../core/glossary/terms';
import type { GlossaryEntry, GlossaryError } from '../core/glossary/types';
import { findUserGlossaryFiles, loadGlossaryFiles } from './glossaryFiles';
import { readPrebuiltGlossary } from './prebuiltMatcher';

/** A document's glossary: the files that apply, their problems, the matcher over the merged entries. */
export interface ResolvedGlossary {
  files: readonly string[];
  errors: readonly GlossaryError[];
  matcher: TermMatcher;
  /** The merged entries by term (a later layer's entry replaces an earlier one's). */
  lookup: ReadonlyMap<string, GlossaryEntry>;
}

export class TermMatcherCache {
  private readonly byFiles = new Map<string, ResolvedGlossary>();
  /** The folder walk of each (document, root): a few stats per folder, done once until `clear`. */
  private readonly walks = new Map<string, string[]>();

  /**
   * `onError` hears each problem of a user glossary once, when its matcher is built. `prebuilt`: a
   * file of the built-in glossary's merged entries and matcher (prebuiltMatcher.ts), used when no user
   * file applies and it was written for the same built-in entries.
   */
  constructor(
    private readonly onError: (e: GlossaryError) => void = () => {},
    private readonly prebuilt?: string,
  ) {}

  /** The matcher for a document: every policy-glossary.json from its folder up to `root`, then `extra`. */
  forDocument(documentPath: string, root: string, extra: readonly string[] = []): TermMatcher {
    return this.resolveDocument(documentPath, root, extra).matcher;
  }

  /** The built-in glossary with these files merged over it (later files win). */
  forFiles(paths: readonly string[]): TermMatcher {
    return this.resolve(paths).matcher;
  }

  /** The whole glossary of a document (files, errors, matcher, entries). */
  resolveDocument(documentPath: string, root: string, extra: readonly string[] = []): ResolvedGlossary {
    const walkKey = `${documentPath}\n${root}`;
    let found = this.walks.get(walkKey);
    if (!found) {
      found = findUserGlossaryFiles(documentPath, root);
      this.walks.set(walkKey, found);
    }
    return this.resolve([...found, ...extra]);
  }

  resolve(paths: readonly string[]): ResolvedGlossary {
    const key = paths.join('\n');
    const hit = this.byFiles.get(key);
    if (hit) return hit;
    const loaded = loadGlossaryFiles([...paths]);
    for (const e of loaded.errors) this.onError(e);
    const prebuilt = paths.length === 0 && this.prebuilt !== undefined ? readPrebuiltGlossary(this.prebuilt, builtinGlossary()) : null;
    const entries = prebuilt?.entries ?? mergeGlossaries(builtinGlossary(), ...loaded.entries);
    const resolved: ResolvedGlossary = { files: [...paths], errors: loaded.errors, matcher: prebuilt?.matcher ?? new TermMatcher(entries), lookup: new Map(entries.map((e) => [e.term, e])) };
    this.byFiles.set(key, resolved);
    return resolved;
  }

  /** Forgets every file list and folder walk (a glossary file or the setting changed). */
  clear(): void {
    this.byFiles.clear();
    this.walks.clear();
  }
}
