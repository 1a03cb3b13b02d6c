// Bundles the extension, its analysis worker and the command-line tool.
// Types are checked separately (`npm run typecheck`); esbuild only strips them.
import * as esbuild from 'esbuild';
import { readFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

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

/**
 * Pure-ASCII output. esbuild escapes non-ASCII characters in strings but leaves them in regular
 * expression literals and comments; one such character makes Node decode the whole bundle as UTF-8
 * (~0.1 s for the 7 MB CLI) and keep it as a two-byte string (twice the memory). `\\uXXXX` means the
 * same code unit inside a regular expression (with or without the u flag) as the character itself;
 * only `RegExp.prototype.source` shows the escape. A backslash before a non-ASCII character (an
 * identity escape) would change meaning once replaced: the build refuses it.
 */
function toAscii(code, file) {
  return code.replace(/(\\*)([^\x00-\x7f])/g, (m, slashes, ch) => {
    if (slashes.length % 2 === 1) throw new Error(`${file}: a backslash before '${ch}': cannot escape it safely`);
    return slashes + '\\u' + ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  });
}

const asciiOutput = {
  name: 'ascii-output',
  setup(build) {
    build.onEnd((result) => {
      const file = build.initialOptions.outfile;
      if (result.errors.length || !file || !existsSync(file)) return;
      const code = readFileSync(file, 'utf8');
      if (/[^\x00-\x7f]/.test(code)) writeFileSync(file, toAscii(code, file));
    });
  },
};

/**
 * The command line reads the built-in glossary as JSON at run time instead of compiling it as a
 * 3.8 MB object literal (JSON.parse is several times faster than parsing and running that code).
 * Every `src/core/glossary/data/<name>.json` the code imports becomes a module that reads
 * `dist/cli-glossary/<name>.json` (the same data, without indentation) next to the bundle. The
 * extension's bundles keep the data inline. Adding a data file needs nothing here.
 */
const GLOSSARY_DATA = /[\\/]src[\\/]core[\\/]glossary[\\/]data[\\/][^\\/]+\.json$/;
const glossaryAsFile = {
  name: 'glossary-as-file',
  setup(build) {
    const outDir = join(dirname(build.initialOptions.outfile), 'cli-glossary');
    build.onStart(() => {
      mkdirSync(outDir, { recursive: true });
    });
    build.onLoad({ filter: GLOSSARY_DATA }, (args) => {
      const name = basename(args.path);
      writeFileSync(join(outDir, name), JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8'))));
      return {
        contents: `module.exports = JSON.parse(require('node:fs').readFileSync(require('node:path').join(__dirname, 'cli-glossary', ${JSON.stringify(name)}), 'utf8'));`,
        loader: 'js',
        watchFiles: [args.path],
      };
    });
  },
};

/**
 * The matcher of the built-in glossary, built once here and kept next to the glossary data
 * (`dist/cli-glossary/matcher.bin`, src/node/prebuiltMatcher.ts): each CLI run loads its tables
 * instead of building them. Written by the fresh bundle itself (a child process), after the ASCII
 * rewrite, on every build and rebuild, so the file always comes from the code and data beside it.
 */
const prebuiltMatcher = {
  name: 'prebuilt-matcher',
  setup(build) {
    build.onEnd((result) => {
      const file = build.initialOptions.outfile;
      if (result.errors.length || !file || !existsSync(file)) return;
      const out = join(dirname(file), 'cli-glossary', 'matcher.bin');
      const r = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(resolve(file))}).writePrebuiltMatcher(${JSON.stringify(resolve(out))})`], { stdio: 'inherit' });
      if (r.status !== 0) throw new Error(`${file}: could not write ${out}`);
    });
  },
};

/**
 * Libraries only the coding and exchange commands use (xlsx, qdpx): the CLI loads them from
 * node_modules when such a command runs, like nodejieba, instead of carrying ~2 MB of code that
 * every `analyze` would read and parse.
 */
const CLI_LAZY_PACKAGES = ['exceljs', 'jszip', 'fast-xml-parser'];

const entries = [
  { entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js' },
  { entryPoints: ['src/worker/analysisWorker.ts'], outfile: 'dist/worker.js' },
  { entryPoints: ['src/worker/exportWorker.ts'], outfile: 'dist/exportWorker.js' },
  { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', external: [...common.external, ...CLI_LAZY_PACKAGES], plugins: [glossaryAsFile], after: [prebuiltMatcher] },
  { entryPoints: ['src/bench/bench.ts'], outfile: 'dist/bench.js' },
  // The chart webview runs in the browser: bundled with ECharts as one script.
  { entryPoints: ['src/webview/chartView.ts'], outfile: 'dist/chartView.js', platform: 'browser', format: 'iife', target: 'es2022', external: [], mainFields: ['browser', 'module', 'main'] },
  // The notes margin's webview script, with the pure layout of src/core/margin.ts.
  { entryPoints: ['src/webview/margin.ts'], outfile: 'dist/margin.js', platform: 'browser', format: 'iife', target: 'es2022', external: [], mainFields: ['browser', 'module', 'main'] },
];

const existing = [];
for (const e of entries) {
  if (!existsSync(e.entryPoints[0])) continue;
  // Node bundles are pure ASCII (see toAscii); the webviews' scripts are served as UTF-8.
  const { after = [], ...options } = e;
  existing.push(options.platform === 'browser' ? options : { ...options, plugins: [...(options.plugins ?? []), asciiOutput, ...after] });
}

if (watch) {
  for (const e of existing) {
    const ctx = await esbuild.context({ ...common, ...e });
    await ctx.watch();
  }
} else {
  await Promise.all(existing.map((e) => esbuild.build({ ...common, ...e })));
}
