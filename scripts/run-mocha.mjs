#!/usr/bin/env node
// Runs the compiled unit tests with mocha's spec reporter and writes the counts to a JSON file.
import Mocha from 'mocha';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const out = process.argv[2] ?? 'test-results/unit.json';
const grep = process.argv[3];
const mocha = new Mocha({ timeout: 60000, reporter: 'spec', grep });
const files = readdirSync('out/test/unit', { recursive: true })
  .filter((f) => f.endsWith('.test.js'))
  .map((f) => `out/test/unit/${f}`)
  .sort();
for (const f of files) mocha.addFile(resolve(f));
await mocha.loadFilesAsync();
const runner = mocha.run((failures) => {
  const s = runner.stats ?? { passes: 0, failures, pending: 0 };
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ passed: s.passes, failed: s.failures, pending: s.pending }));
  process.exitCode = failures ? 1 : 0;
});
