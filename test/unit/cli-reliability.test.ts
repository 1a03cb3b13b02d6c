/**
 * Issue 12: nothing lost, nothing silently wrong. One block per finding (2, 6, 7, 8, 9, 10 and the
 * smaller ones); each case was failing before its fix (see notes/reliability.md).
 */
import * as assert from 'node:assert/strict';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { main, type CliIO } from '../../src/cli/main';
import { fixturePath } from './helpers';
import { readSidecar, SidecarWriteRefused, writeSidecar } from '../../src/node/sidecarStore';
import { runExport } from '../../src/node/exportRunner';
import { realWriteIO, type WriteIO } from '../../src/node/atomicWrite';
import { guardFormula } from '../../src/core/export/csv';
import { toMarkdown } from '../../src/core/export/markdown';
import { analyze } from '../../src/core/analyze';
import { CHILD, prng, writeCollection } from './reliability-helpers';

const ENC = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'encodings');

async function run(args: string[], extra: Partial<CliIO> = {}): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s), ...extra });
  return { code, out, err };
}

function tmp(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A write function that writes half of the data, then fails like a full disk (or as told). */
function failingIO(code: string, syscall: 'write' | 'open' | 'rename' = 'write'): WriteIO {
  const fail = () => Object.assign(new Error(`${code}: simulated, ${syscall}`), { code, syscall });
  return {
    ...realWriteIO,
    openSync: syscall === 'open' ? () => { throw fail(); } : realWriteIO.openSync,
    writeSync: (fd, data, offset, length) => {
      if (syscall !== 'write') return realWriteIO.writeSync(fd, data, offset, length);
      realWriteIO.writeSync(fd, data, offset, Math.floor(length / 2));
      throw fail();
    },
    renameSync: syscall === 'rename' ? () => { throw fail(); } : realWriteIO.renameSync,
  };
}

describe('issue 12: reliability of the CLI, the sidecar store and the export', function () {
  this.timeout(120000);

  describe('2. a sidecar that is not UTF-8 is a broken sidecar: refused, never overwritten', () => {
    for (const [name, bytes] of [
      ['re-saved as GB18030 (Windows Notepad)', () => readFileSync(join(ENC, 'sidecar.gb18030.json'))],
      ['re-saved as UTF-16 with BOM ("Unicode")', () => readFileSync(join(ENC, 'sidecar.utf16le-bom.json'))],
      ['with one Latin-1 byte in a note', () => Buffer.from(readFileSync(join(ENC, 'sidecar.utf8.json'), 'utf8').replace('发文机关', 'caf\u00e9'), 'latin1')],
      ['cut in the middle of a character', () => {
        const b = readFileSync(join(ENC, 'sidecar.utf8.json'));
        return b.subarray(0, b.indexOf(Buffer.from('李四')) + 1);
      }],
    ] as const) {
      it(`a sidecar ${name}`, async () => {
        const dir = tmp('pa-enc-side-');
        const doc = join(dir, 'simplified.utf8.txt');
        copyFileSync(join(ENC, 'simplified.utf8.txt'), doc);
        const sidecar = doc + '.annotations.json';
        const original = bytes();
        writeFileSync(sidecar, original);
        const read = readSidecar(sidecar);
        assert.equal(read.kind, 'broken');
        if (read.kind === 'broken') {
          assert.equal(read.reason, 'encoding');
          assert.match(read.message, /not valid UTF-8 \(invalid byte 0x[0-9a-f]{2} at byte \d+\)/);
          assert.match(read.message, /re-save it as UTF-8|iconv -f/);
        }
        assert.throws(() => writeSidecar(sidecar, { version: 1, document: 'x', annotations: [] }), SidecarWriteRefused);
        // The CLI refuses to show it and to import into it; the bytes stay as they were.
        const shown = await run(['annotations', doc]);
        assert.equal(shown.code, 2);
        assert.equal(shown.err.length, 1);
        assert.match(shown.err[0], /UTF-8/);
        const text = readFileSync(doc, 'utf8');
        writeCollection(join(dir, 'in.jsonld'), text, ['new-1'], prng(2));
        const imp = await run(['import', join(dir, 'in.jsonld'), '--into', doc]);
        assert.equal(imp.code, 2);
        assert.match(imp.err.join('\n'), /not valid UTF-8.*nothing imported/);
        assert.deepEqual(readFileSync(sidecar), original, 'never overwritten');
      });
    }

    it('a valid UTF-8 sidecar (with or without BOM) is read as before', () => {
      const dir = tmp('pa-enc-ok-');
      const sidecar = join(dir, 'simplified.utf8.txt.annotations.json');
      for (const bytes of [readFileSync(join(ENC, 'sidecar.utf8.json')), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(join(ENC, 'sidecar.utf8.json'))])]) {
        writeFileSync(sidecar, bytes);
        const read = readSidecar(sidecar);
        assert.equal(read.kind, 'ok');
        assert.equal(read.kind === 'ok' && read.file.annotations.find((a) => a.id === 'a-1')?.note, '核实：就业优先政策的原文出处');
      }
    });
  });

  describe('6. export output names are unique', () => {
    const setup = () => {
      const dir = tmp('pa-names-');
      const docs = join(dir, 'docs');
      mkdirSync(docs);
      for (const ext of ['md', 'text', 'txt']) writeFileSync(join(docs, `a.${ext}`), `第${ext}份文件：2023年增长5%。`);
      writeFileSync(join(docs, 'b.txt'), '另一份文件。');
      return { dir, docs, out: join(dir, 'out') };
    };
    for (const [format, expected] of [
      ['html', ['a.md.html', 'a.text.html', 'a.txt.html', 'b.html']],
      ['jsonld', ['a.md.jsonld', 'a.text.jsonld', 'a.txt.jsonld', 'b.jsonld']],
      ['brat', ['a.md.ann', 'a.md.txt', 'a.text.ann', 'a.text.txt', 'a.txt.ann', 'a.txt.txt', 'annotation.conf', 'b.ann', 'b.txt']],
    ] as const) {
      it(`${format}: a.md, a.text and a.txt get three outputs, and the CLI says so`, async () => {
        const { docs, out } = setup();
        const r = await run(['export', docs, '--format', format, '--out', out, '--quiet']);
        assert.equal(r.code, 0, r.err.join('\n'));
        assert.deepEqual(readdirSync(out).sort(), [...expected].sort());
        assert.equal(r.out.length, expected.length, 'every written file is listed');
        assert.ok(r.err.some((e) => /warning: .*same name.*a\.md → a\.md\.\*.*a\.txt → a\.txt\.\*/.test(e)), r.err.join('\n'));
        if (format === 'html') assert.match(readFileSync(join(out, 'a.text.html'), 'utf8'), /第text份文件/);
      });
    }

    it('names differing only in case are distinct too (case-insensitive file systems); a lone name keeps the short form', async () => {
      const { outputStems } = await import('../../src/core/export/render');
      assert.deepEqual(outputStems(['A.txt', 'a.md', 'sub/a.txt', 'c.txt']), ['A.txt', 'a.md', 'sub/a', 'c']);
      assert.deepEqual(outputStems(['x.txt', 'x.TXT']), ['x.txt', 'x.TXT~2']);
      assert.deepEqual(outputStems(['r.txt']), ['r']);
    });

    it('never writes over an input document (brat into the documents folder)', async () => {
      const { docs } = setup();
      const before = readFileSync(join(docs, 'b.txt'), 'utf8');
      const r = await run(['export', join(docs, 'b.txt'), '--format', 'brat', '--out', docs, '--force', '--quiet']);
      assert.equal(r.code, 2);
      assert.match(r.err.join('\n'), /b\.txt: is one of the input documents/);
      assert.equal(readFileSync(join(docs, 'b.txt'), 'utf8'), before);
    });
  });

  describe('7. the folder walk visits each real directory once', () => {
    it('one symlink loop: each document once', async () => {
      const dir = tmp('pa-loop1-');
      const docs = join(dir, 'docs');
      mkdirSync(join(docs, 'sub'), { recursive: true });
      writeFileSync(join(docs, 'a.txt'), '一份文件。');
      writeFileSync(join(docs, 'sub', 'b.txt'), '二份文件。');
      symlinkSync(docs, join(docs, 'sub', 'loop'));
      symlinkSync(join(docs, 'a.txt'), join(docs, 'sub', 'same-as-a.txt'));
      const r = await run(['export', docs, '--format', 'html', '--out', join(dir, 'out'), '--quiet']);
      assert.equal(r.code, 0, r.err.join('\n'));
      assert.deepEqual(readdirSync(join(dir, 'out'), { recursive: true }).map(String).filter((n) => n.endsWith('.html')).sort(), ['a.html', 'sub/b.html']);
    });

    it('two loops into each other: ends, each document once', async () => {
      const dir = tmp('pa-loop2-');
      mkdirSync(join(dir, 'x'));
      mkdirSync(join(dir, 'y'));
      writeFileSync(join(dir, 'x', 'a.txt'), '一。');
      writeFileSync(join(dir, 'y', 'b.txt'), '二。');
      symlinkSync(join(dir, 'y'), join(dir, 'x', 'to-y'));
      symlinkSync(join(dir, 'x'), join(dir, 'y', 'to-x'));
      symlinkSync(dir, join(dir, 'y', 'to-root'));
      const r = await run(['analyze', dir, '--jobs', '1']);
      assert.equal(r.code, 0, r.err.join('\n'));
      assert.equal(r.out.length, 2);
      assert.deepEqual(r.out.map((l) => JSON.parse(l).file.split('/').pop()).sort(), ['a.txt', 'b.txt']);
    });

    it('a dangling link and a link to a file outside are handled (skipped / taken once)', async () => {
      const dir = tmp('pa-loop3-');
      const outside = tmp('pa-outside-');
      writeFileSync(join(outside, 'o.txt'), '外部文件。');
      symlinkSync(join(dir, 'missing'), join(dir, 'dangling.txt'));
      symlinkSync(join(outside, 'o.txt'), join(dir, 'o.txt'));
      const r = await run(['analyze', dir, '--jobs', '1']);
      assert.equal(r.code, 0, r.err.join('\n'));
      assert.equal(r.out.length, 1);
    });
  });

  describe('8. atomic writes everywhere, the mode kept, stale temporary files removed', () => {
    const exportOnce = (io?: WriteIO) => {
      const dir = tmp('pa-atomic-');
      const doc = join(dir, 'doc.txt');
      copyFileSync(fixturePath('000_b29511bdb28f9b3d.txt'), doc);
      const out = join(dir, 'out');
      return { dir, doc, out, io };
    };

    for (const syscall of ['write', 'rename', 'open'] as const) {
      it(`a full disk (ENOSPC at ${syscall}) with --force leaves the old report intact and says so in one line`, async () => {
        const { doc, out } = exportOnce();
        assert.equal((await run(['export', doc, '--format', 'html', '--out', out, '--quiet'])).code, 0);
        const before = readFileSync(join(out, 'doc.html'));
        writeFileSync(doc, readFileSync(doc, 'utf8') + '\n新增一段：2024年增长6%。');
        const r = await run(['export', doc, '--format', 'html', '--out', out, '--force', '--quiet'], { writeIO: failingIO('ENOSPC', syscall) });
        assert.equal(r.code, 2);
        assert.equal(r.err.length, 1, r.err.join('\n'));
        assert.match(r.err[0], /doc\.html: not written: no space left on the device \(the previous file is unchanged\)/);
        assert.deepEqual(readFileSync(join(out, 'doc.html')), before, 'old file intact');
        assert.deepEqual(readdirSync(out), ['doc.html'], 'no temporary file left');
      });
    }

    it('runExport with a failing write reports it and writes the other files', () => {
      const { doc, out } = exportOnce();
      const other = join(out, '..', 'other.txt');
      writeFileSync(other, '另一份。');
      let calls = 0;
      const io: WriteIO = { ...realWriteIO, writeSync: (fd, d, o, l) => (calls++ === 0 ? (() => { throw Object.assign(new Error('x'), { code: 'ENOSPC' }); })() : realWriteIO.writeSync(fd, d, o, l)) };
      const r = runExport({ inputs: [doc, other], format: 'jsonld', outDir: out, force: true, writeIO: io });
      assert.equal(r.errors.length, 1);
      assert.equal(r.written.length, 1);
    });

    it('an export output and a sidecar keep their permission bits (600 stays 600)', async () => {
      const { doc, out } = exportOnce();
      assert.equal((await run(['export', doc, '--format', 'md', '--out', out, '--quiet'])).code, 0);
      chmodSync(join(out, 'annotations.md'), 0o600);
      assert.equal((await run(['export', doc, '--format', 'md', '--out', out, '--quiet', '--force', '--findings'])).code, 0);
      assert.equal(statSync(join(out, 'annotations.md')).mode & 0o777, 0o600);
      const text = readFileSync(doc, 'utf8');
      const dir = join(out, '..');
      writeCollection(join(dir, 'one.jsonld'), text, ['one'], prng(5));
      writeCollection(join(dir, 'two.jsonld'), text, ['two'], prng(6));
      assert.equal((await run(['import', join(dir, 'one.jsonld'), '--into', doc])).code, 0);
      chmodSync(doc + '.annotations.json', 0o600);
      assert.equal((await run(['import', join(dir, 'two.jsonld'), '--into', doc])).code, 0);
      assert.equal(statSync(doc + '.annotations.json').mode & 0o777, 0o600);
      chmodSync(doc + '.annotations.json', 0o640);
      const read = readSidecar(doc + '.annotations.json');
      assert.ok(read.kind === 'ok');
      writeSidecar(doc + '.annotations.json', { ...read.file, annotations: read.file.annotations.slice(1) }, read.text);
      assert.equal(statSync(doc + '.annotations.json').mode & 0o777, 0o640);
    });

    it('temporary files of dead writers are removed by the next write; a live writer\'s are kept', async () => {
      const { dir, doc } = exportOnce();
      const base = 'doc.txt.annotations.json';
      const dead = `.${base}.2147483646-deadbeef.tmp`; // no such process
      const live = `.${base}.${process.ppid}-cafebabe.tmp`; // our parent runs
      const oldStyle = `.${base}.0badf00d.tmp`; // the earlier naming, without a process id
      const fresh = `.${base}.1badf00d.tmp`;
      for (const n of [dead, live, oldStyle, fresh]) writeFileSync(join(dir, n), 'x'.repeat(4096));
      const hourAgo = new Date(Date.now() - 3600_000);
      utimesSync(join(dir, oldStyle), hourAgo, hourAgo);
      const text = readFileSync(doc, 'utf8');
      writeCollection(join(dir, 'in.jsonld'), text, ['t-1'], prng(8));
      assert.equal((await run(['import', join(dir, 'in.jsonld'), '--into', doc])).code, 0);
      const left = readdirSync(dir).filter((n) => n.endsWith('.tmp')).sort();
      assert.deepEqual(left, [fresh, live].sort());
    });
  });

  describe('9. no stack overflow below the size limit', () => {
    /**
     * Markdown and HTML of a document with `n` findings of each kind (without running the detectors),
     * in a process with a tenth of the default stack: the same overflow as a 14 MB document's
     * findings at the default stack size, in seconds instead of minutes.
     */
    function renderInSmallStack(n: number): { status: number | null; stderr: string } {
      const out = join(__dirname, '..', '..', 'src', 'core', 'export');
      const script = `
        const { toMarkdown } = require(${JSON.stringify(join(out, 'markdown.js'))});
        const { toHtml } = require(${JSON.stringify(join(out, 'html.js'))});
        const unit = '就业增长5%。\\n', n = ${n};
        const quotations = [], numericClaims = [], terms = [];
        for (let i = 0; i < n; i++) {
          const at = i * unit.length;
          terms.push({ start: at, end: at + 2, text: '就业', term: '就业', category: '社会与民生', explained: true, explanation: '', source: { text: '', year: 2020 } });
          numericClaims.push({ start: at + 4, end: at + 6, text: '5%', value: 5, unit: '%', qualifier: null, upper: null, year: null, subject: '就业', magnitudeClass: 'percent' });
          quotations.push({ start: at, end: at + 7, text: unit.slice(0, 7), kind: 'speech', speaker: null, cue: null, closed: true, depth: 1 });
        }
        const doc = { path: 'big.txt', text: unit.repeat(n), annotations: [], findings: { quotations, numericClaims, terms, headings: [] } };
        if (toMarkdown([doc]).length < n * 10 || toHtml(doc).length < n * 10) process.exit(5);`;
      const r = spawnSync(process.execPath, ['--stack-size=100', '-e', script], { encoding: 'utf8' });
      return { status: r.status, stderr: r.stderr };
    }

    it('export --findings as Markdown and HTML with 18,000 findings in a tenth of the stack (a 14 MB document at the full stack)', () => {
      const r = renderInSmallStack(6000);
      assert.equal(r.status, 0, r.stderr.split('\n').find((l) => /RangeError|Error/.test(l)) ?? r.stderr.slice(0, 300));
    });

    it('a document whose Markdown has 200,000 backtick runs', () => {
      const text = '`a` '.repeat(200000);
      assert.ok(toMarkdown([{ path: 'x.txt', text, annotations: [], findings: analyze('2023年增长5%。') }]).length > 0);
    });

    it('import of a collection of 20,000 items in a tenth of the stack (130,000 at the full stack): no crash, warnings summarised', async () => {
      const dir = tmp('pa-bigimp-');
      const doc = join(dir, 'doc.txt');
      const text = '改革开放以来，我国经济持续发展。'.repeat(200);
      writeFileSync(doc, text);
      const items = [];
      for (let i = 0; i < 20000; i++) {
        const s = (i * 7) % (text.length - 10);
        items.push({ id: `urn:x:${i}`, type: 'Annotation', body: { type: 'TextualBody', value: `n${i}` }, target: { source: 'doc.txt', selector: { type: 'TextPositionSelector', start: s, end: s + 4 } } });
      }
      writeFileSync(join(dir, 'big.jsonld'), JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', items }));
      const r = spawnSync(process.execPath, ['--stack-size=100', CHILD, 'import', join(dir, 'big.jsonld'), '--into', doc], { encoding: 'utf8' });
      assert.ok(r.status === 0 || r.status === 2, `exit ${r.status}: ${r.stderr.slice(0, 400)}`);
      const errLines = r.stderr.split('\n').filter((l) => l !== '');
      assert.ok(errLines.length <= 42, `at most 20 errors + 20 warnings + 2 summaries, got ${errLines.length}`);
      assert.match(r.stdout, /20000 added/);
    });
  });

  describe('10. expected failures: one clear line and exit 2, never a stack trace', () => {
    for (const [code, syscall, phrase] of [
      ['EACCES', 'open', /permission denied/],
      ['EPERM', 'rename', /permission denied/],
      ['EEXIST', 'open', /already exists/],
      ['ENOSPC', 'write', /no space left/],
      ['EROFS', 'open', /read-only file system/],
    ] as const) {
      it(`${code} while writing an export`, async () => {
        const dir = tmp('pa-err-');
        const doc = join(dir, 'doc.txt');
        writeFileSync(doc, '2023年增长5%。');
        const r = await run(['export', doc, '--format', 'csv', '--out', join(dir, 'out'), '--quiet'], { writeIO: failingIO(code, syscall) });
        assert.equal(r.code, 2);
        assert.equal(r.err.length, 1);
        assert.match(r.err[0], phrase);
        assert.doesNotMatch(r.err[0], /\n|at .*:\d+:\d+/);
      });
    }

    it('an unreadable input folder and a sidecar folder that cannot be written are one line each', async () => {
      const { describeFailure, isExpectedFailure } = await import('../../src/cli/errors');
      const e = Object.assign(new Error("EACCES: permission denied, open '/x/y.json'"), { code: 'EACCES', path: '/x/y.json', syscall: 'open' });
      assert.ok(isExpectedFailure(e));
      assert.equal(describeFailure(e), '/x/y.json: permission denied (open)');
      const conflict = new SidecarWriteRefused('/x/doc.txt.annotations.json changed on disk since it was read; reload it before saving');
      assert.ok(isExpectedFailure(conflict));
      assert.match(describeFailure(conflict), /changed on disk/);
      assert.ok(!isExpectedFailure(new TypeError('a bug')), 'a bug is still an internal error');
    });

    it('a 10,000-character glossary term does not make a 30 KB error line', async () => {
      const dir = tmp('pa-longterm-');
      const long = '字'.repeat(10000);
      writeFileSync(join(dir, 'policy-glossary.json'), JSON.stringify({ version: 1, entries: [{ term: long, category: '经济与改革', explanation: long, source: { text: long, year: 2024 } }] }));
      writeFileSync(join(dir, 'a.txt'), '推进改革。');
      const r = await run(['analyze', join(dir, 'a.txt')]);
      assert.equal(r.code, 0);
      assert.ok(r.err.length > 0);
      for (const line of r.err) assert.ok(line.length < 800, `${line.length} characters`);
      assert.ok(r.err.some((l) => /\(\d+ characters\)/.test(l)), 'says how much was left out');
    });

    it('import files have a size limit', async () => {
      const dir = tmp('pa-implimit-');
      const doc = join(dir, 'doc.txt');
      writeFileSync(doc, '一份文件。');
      writeCollection(join(dir, 'in.jsonld'), '一份文件。'.repeat(50), Array.from({ length: 50 }, (_, i) => `i${i}`), prng(3));
      const r = await run(['import', join(dir, 'in.jsonld'), '--into', doc, '--max-size', '0.001']);
      assert.equal(r.code, 2);
      assert.match(r.err[0], /over the size limit/);
      assert.ok(!existsSync(doc + '.annotations.json'));
    });
  });

  describe('CSV formula guard (rule table)', () => {
    for (const [input, guarded] of [
      ['=1+1', true],
      ['＝HYPERLINK("x")', true],
      ['＋1', true],
      ['－1', true],
      ['＠x', true],
      [' =1+1', true],
      ['\u3000=1', true],
      ['  +1', true],
      ['\t=1', true],
      ['正常文本', false],
      ['5%', false],
      ['a=b', false],
      ['（＝）', false],
      ['', false],
    ] as const) {
      it(`${JSON.stringify(input)} → ${guarded ? 'guarded' : 'as is'}`, () => {
        assert.equal(guardFormula(input), guarded ? `'${input}` : input);
      });
    }
  });
});
