/**
 * A fast command line for a corpus: `--jobs N` worker threads with streamed JSON lines, progress
 * and one bad document among many; nodejieba loaded only when asked for and needed; standard input
 * read only up to the size limit.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { fixturePath } from './helpers';
import { prng, startCli } from './reliability-helpers';

async function run(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out, err };
}

/** `n` documents cut from the corpus at seeded places, plus a binary and an undecodable one. */
function corpusFolder(n: number, seed: number): { dir: string; bad: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'pa-jobs-'));
  const sources = readdirSync(join(__dirname, '..', '..', '..', 'test', 'fixtures', 'extra')).filter((f) => f.endsWith('.txt'));
  const texts = sources.map((f) => readFileSync(fixturePath(join('extra', f)), 'utf8'));
  const rnd = prng(seed);
  for (let i = 0; i < n; i++) {
    const t = texts[i % texts.length];
    const start = Math.floor(rnd() * Math.max(1, t.length - 2000));
    mkdirSync(join(dir, `d${i % 7}`), { recursive: true });
    writeFileSync(join(dir, `d${i % 7}`, `doc-${i}.txt`), t.slice(start, start + 300 + Math.floor(rnd() * 1500)));
  }
  const bad = [join(dir, 'd3', 'broken.txt'), join(dir, 'd5', 'latin1.txt')];
  writeFileSync(bad[0], Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
  writeFileSync(bad[1], Buffer.from('caf\u00e9 cr\u00e8me', 'latin1'));
  return { dir, bad };
}

describe('analyze --jobs over a folder', function () {
  this.timeout(180000);

  it('streams one JSON line per document (with its file name) from worker threads, survives bad documents, shows progress', async () => {
    const { dir, bad } = corpusFolder(150, 31);
    const par = await run(['analyze', dir, '--jobs', '2']);
    assert.equal(par.code, 2, 'two documents could not be read');
    assert.equal(par.out.length, 150);
    const files = par.out.map((l) => JSON.parse(l).file as string);
    assert.equal(new Set(files).size, 150, 'each document once');
    for (const b of bad) assert.ok(par.err.some((e) => e.includes(b)), `${b} reported`);
    assert.ok(par.err.some((e) => /\[152\/152\] documents analysed, 2 failed/.test(e)), par.err.slice(-3).join('\n'));
    // The same results as one job, whatever the order.
    const seq = await run(['analyze', dir, '--jobs', '1']);
    assert.deepEqual([...par.out].sort(), [...seq.out].sort());
  });

  it('export --findings analyses in worker threads: the same files as with one job', async () => {
    const { dir } = corpusFolder(40, 57);
    for (const format of ['csv', 'html']) {
      const outs = [];
      for (const jobs of ['1', '2']) {
        const out = join(dir, `..`, `${dir.split('/').pop()}-out-${format}-${jobs}`);
        const r = await run(['export', dir, '--format', format, '--findings', '--out', out, '--jobs', jobs, '--quiet']);
        assert.equal(r.code, 2, 'the two bad documents are reported');
        assert.equal(r.err.filter((e) => /broken\.txt|latin1\.txt/.test(e)).length, 2, `each bad document once: ${r.err.join('\n')}`);
        const names = readdirSync(out, { recursive: true }).map(String).filter((n) => n.endsWith(`.${format}`)).sort();
        outs.push(names.map((n) => readFileSync(join(out, n), 'utf8').replace(/生成时间[^<\n]*|Generated[^<\n]*/g, '')));
      }
      assert.equal(outs[0].length, format === 'csv' ? 1 : 40);
      assert.deepEqual(outs[1], outs[0], `${format}: identical output`);
    }
  });

  it('rejects a bad --jobs value as a usage error', async () => {
    for (const v of ['0', '-1', 'x', '1.5']) assert.equal((await run(['analyze', 'x.txt', '--jobs', v])).code, 1, v);
  });
});

describe('nodejieba only when the work needs it', function () {
  this.timeout(120000);
  /** Runs the CLI in a fresh process and reports whether nodejieba was loaded. */
  function jiebaLoadedAfter(args: string[]): { loaded: boolean; code: number } {
    const root = join(__dirname, '..', '..', 'src');
    const script = `
      const { main } = require(${JSON.stringify(join(root, 'cli', 'main.js'))});
      main(${JSON.stringify(args)}, { out: () => {}, err: () => {} }).then((code) => {
        console.log(JSON.stringify({ loaded: Object.keys(require.cache).some((k) => k.includes('nodejieba')), code }));
      });`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    return JSON.parse(r.stdout.trim().split('\n').pop()!);
  }
  const doc = fixturePath('000_b29511bdb28f9b3d.txt');
  const empty = join(mkdtempSync(join(tmpdir(), 'pa-empty-')), 'empty.txt');
  writeFileSync(empty, '');

  for (const [args, expected] of [
    [['analyze', doc], false],
    [['analyze', doc, '--no-jieba'], false],
    [['analyze', empty, '--jieba'], false],
    [['export', doc, '--format', 'csv', '--findings', '--out', join(tmpdir(), `pa-jx-${process.pid}`), '--force'], false],
    [['annotations', doc], false],
    [['analyze', doc, '--jieba'], true],
  ] as const) {
    it(`${args.filter((a) => !a.includes('/')).join(' ')}${args.includes(empty) ? ' (empty file)' : ''}: nodejieba ${expected ? 'loaded' : 'not loaded'}`, () => {
      const r = jiebaLoadedAfter([...args]);
      assert.equal(r.code, 0);
      assert.equal(r.loaded, expected);
    });
  }
});

describe('standard input stops at the size limit', function () {
  this.timeout(60000);

  it('an endless stream on `-` ends with one line and exit 2 at --max-size, without reading on', async () => {
    const { child, done } = startCli(['analyze', '-', '--max-size', '1'], { stdin: 'pipe' });
    const chunk = Buffer.from('稳就业保民生。'.repeat(4096));
    let written = 0;
    let open = true;
    child.stdin!.on('error', () => (open = false));
    void done.then(() => (open = false));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30000);
    while (open) {
      if (!child.stdin!.write(chunk)) await new Promise((r) => child.stdin!.once('drain', r).once('close', r));
      written += chunk.length;
    }
    const r = await done;
    clearTimeout(timer);
    assert.equal(r.signal, null, 'it ended by itself (not killed after 30 s)');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /standard input: over the size limit of 1\.0 MB/);
    assert.ok(written < 64 * 1024 * 1024, `it stopped reading early (${written} bytes written)`);
  });
});
