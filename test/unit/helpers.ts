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

/** mulberry32 (src/core/prng.ts): the seeded PRNG the tests and the bench share. */
export { mulberry32 } from '../../src/core/prng';
