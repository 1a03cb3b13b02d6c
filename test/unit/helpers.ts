import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository root (the folder holding package.json), found from the compiled test's location. */
export function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    // Compiled elsewhere (e.g. `tsc --outDir /tmp/x`): fall back to the working directory.
    if (up === dir) return process.cwd();
    dir = up;
  }
  return dir;
}

export function fixturePath(name: string): string {
  return join(repoRoot(), 'test', 'fixtures', name);
}

export function readFixture(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}

/**
 * mulberry32: a seeded PRNG, so that property, race and kill tests repeat exactly (a failure names
 * its seed). The one copy the tests share.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
