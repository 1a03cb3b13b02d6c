// Bundles the extension, its analysis worker and the command-line tool.
// Types are checked separately (`npm run typecheck`); esbuild only strips them.
import * as esbuild from 'esbuild';
import { readFileSync, existsSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // ESM entry points first: jsonc-parser's UMD build loads its parts with runtime require() calls.
  mainFields: ['module', 'main'],
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // nodejieba is a native module: it is loaded from node_modules at run time.
  external: ['vscode', 'nodejieba'],
  define: { __VERSION__: JSON.stringify(pkg.version) },
};

const entries = [
  { entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js' },
  { entryPoints: ['src/worker/analysisWorker.ts'], outfile: 'dist/worker.js' },
  { entryPoints: ['src/worker/exportWorker.ts'], outfile: 'dist/exportWorker.js' },
  { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js' },
  { entryPoints: ['src/bench/bench.ts'], outfile: 'dist/bench.js' },
  // The chart webview runs in the browser: bundled with ECharts as one script.
  { entryPoints: ['src/webview/chartView.ts'], outfile: 'dist/chartView.js', platform: 'browser', format: 'iife', target: 'es2022', external: [], mainFields: ['browser', 'module', 'main'] },
  // The notes margin's webview script, with the pure layout of src/core/margin.ts.
  { entryPoints: ['src/webview/margin.ts'], outfile: 'dist/margin.js', platform: 'browser', format: 'iife', target: 'es2022', external: [], mainFields: ['browser', 'module', 'main'] },
];

const existing = [];
for (const e of entries) if (existsSync(e.entryPoints[0])) existing.push(e);

if (watch) {
  for (const e of existing) {
    const ctx = await esbuild.context({ ...common, ...e });
    await ctx.watch();
  }
} else {
  await Promise.all(existing.map((e) => esbuild.build({ ...common, ...e })));
}
