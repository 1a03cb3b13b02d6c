/**
 * nodejieba, loaded lazily (its dictionary load takes about a second and is synchronous).
 * Returns null when the native module cannot be loaded, so callers degrade gracefully.
 */
import type { Tagger, TaggedWord } from '../core/types';

export interface Jieba {
  tag: Tagger;
  cut(text: string): string[];
  extract(text: string, topN: number): { word: string; weight: number }[];
}

let cached: Jieba | null | undefined;

/** Whether loadJieba() has run (its first call takes about a second). */
export function jiebaLoaded(): boolean {
  return cached !== undefined;
}

export function loadJieba(): Jieba | null {
  if (cached !== undefined) return cached;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const nj = require('nodejieba') as {
      load(): void;
      tag(s: string): TaggedWord[];
      cut(s: string): string[];
      extract(s: string, n: number): { word: string; weight: number }[];
    };
    nj.load();
    cached = { tag: (s) => nj.tag(s), cut: (s) => nj.cut(s), extract: (s, n) => nj.extract(s, n) };
  } catch {
    cached = null;
  }
  return cached;
}
