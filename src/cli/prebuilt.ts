/**
 * The command line's prebuilt matcher of the built-in glossary (src/node/prebuiltMatcher.ts): the
 * build writes it next to the bundle's glossary data (esbuild.config.mjs), each run reads it.
 */
import { join } from 'node:path';
import { TermMatcherCache } from '../node/termMatchers';
import { builtinGlossary } from '../core/glossary/data';
import { writePrebuiltMatchers } from '../node/prebuiltMatcher';

/** Where the bundle looks for it: `dist/cli-glossary/matcher.bin` (none next to the unbundled sources, whose runs build it). */
export function prebuiltMatcherPath(): string {
  return join(__dirname, 'cli-glossary', 'matcher.bin');
}

/** Writes the matcher that a document with no user glossary gets, and its member matchers (the build calls it on the fresh bundle). */
export function writePrebuiltMatcher(path: string = prebuiltMatcherPath()): void {
  const { matcher } = new TermMatcherCache().resolve([]);
  writePrebuiltMatchers(path, matcher, builtinGlossary());
}
