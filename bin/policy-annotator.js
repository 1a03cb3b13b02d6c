#!/usr/bin/env node
// Command-line entry point; the code is bundled into dist/cli.js by `npm run build` (run by `npm install`).
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const cli = join(__dirname, '..', 'dist', 'cli.js');
if (!existsSync(cli)) {
  console.error('policy-annotator: dist/cli.js is missing; run `npm run build` first');
  process.exit(2);
}
require(cli)
  .main(process.argv.slice(2))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      console.error(`policy-annotator: internal error: ${(e && e.stack) || e}`);
      process.exitCode = 3;
    },
  );
