/**
 * Term matchers for documents on disk: the built-in glossary with the user glossary files that apply
 * to a document merged over it. One matcher per distinct list of files, built once (the CLI and the
 * export worker analyse many documents that share their glossaries).
 */
import { TermMatcher } from '../core/glossary/matcher';
import { builtinGlossary } from '../core/glossary/data';
import { mergeGlossaries } from '../core/glossary/terms';
import type { GlossaryError } from '../core/glossary/types';
import { findUserGlossaryFiles, loadGlossaryFiles } from './glossaryFiles';

export class TermMatcherCache {
  private readonly byFiles = new Map<string, TermMatcher>();

  /** `onError` hears each problem of a user glossary once, when its matcher is built. */
  constructor(private readonly onError: (e: GlossaryError) => void = () => {}) {}

  /** The matcher for a document: every policy-glossary.json from its folder up to `root`, then `extra`. */
  forDocument(documentPath: string, root: string, extra: readonly string[] = []): TermMatcher {
    return this.forFiles([...findUserGlossaryFiles(documentPath, root), ...extra]);
  }

  /** The built-in glossary with these files merged over it (later files win). */
  forFiles(paths: readonly string[]): TermMatcher {
    const key = paths.join('\n');
    const hit = this.byFiles.get(key);
    if (hit) return hit;
    const loaded = loadGlossaryFiles([...paths]);
    for (const e of loaded.errors) this.onError(e);
    const matcher = new TermMatcher(mergeGlossaries(builtinGlossary(), ...loaded.entries));
    this.byFiles.set(key, matcher);
    return matcher;
  }
}
