import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync, existsSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type CliIO } from '../../src/cli/main';
import { fixturePath } from './helpers';
import { createAnnotation } from '../../src/core/annotations/create';
import { serializeSidecar } from '../../src/core/annotations/sidecar';

async function run(args: string[], stdin?: string | Buffer): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (s) => out.push(s), err: (s) => err.push(s), readStdin: () => Buffer.from(stdin ?? '') };
  const code = await main(args, io);
  return { code, out, err };
}

describe('command-line tool', function () {
  this.timeout(60000);
  const dir = mkdtempSync(join(tmpdir(), 'pa-cli-'));
  const doc = join(dir, 'doc.txt');
  copyFileSync(fixturePath('000_b29511bdb28f9b3d.txt'), doc);

  it('analyze prints one JSON object per file with the documented fields', async () => {
    const r = await run(['analyze', doc, '--no-jieba']);
    assert.equal(r.code, 0, r.err.join('\n'));
    assert.equal(r.out.length, 1);
    const o = JSON.parse(r.out[0]);
    assert.deepEqual(Object.keys(o), ['file', 'encoding', 'quotations', 'numericClaims', 'terms', 'headings']);
    assert.equal(o.encoding, 'utf-8');
    const claim = o.numericClaims.find((c: { text: string }) => c.text.includes('43.5万人'));
    assert.ok(claim, 'claim 43.5万人');
    assert.equal(claim.value, 435000);
    assert.equal(claim.unit, '人');
    for (const k of ['start', 'end', 'text', 'value', 'unit', 'qualifier', 'upper', 'year', 'subject']) assert.ok(k in claim, k);
    const q = o.quotations.find((x: { speaker: string | null }) => x.speaker === '习近平');
    assert.ok(q && q.cue && q.kind === 'speech');
    assert.ok(o.terms.some((t: { term: string; explained: boolean }) => t.term === '三城一区' && t.explained));
    assert.ok(o.headings.length > 3);
    const text = readFileSync(doc, 'utf8');
    for (const list of [o.quotations, o.numericClaims, o.terms, o.headings]) {
      for (const x of list) assert.equal(text.slice(x.start, x.end), x.text);
    }
  });

  it('reports each bad input on one stderr line with exit code 2 and still processes the others', async () => {
    const bin = join(dir, 'bin.dat');
    writeFileSync(bin, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
    const gbk = join(dir, 'latin1.txt');
    writeFileSync(gbk, Buffer.from('caf\xe9 au lait, cr\xe8me br\xfbl\xe9e', 'latin1')); // Latin-1: neither UTF-8 nor a Chinese encoding
    const big = join(dir, 'big.txt');
    writeFileSync(big, '字'.repeat(400000));
    const sub = join(dir, 'folder');
    mkdirSync(sub, { recursive: true });
    const r = await run(['analyze', join(dir, 'missing.txt'), sub, bin, gbk, big, doc, '--no-jieba', '--max-size', '1', '--jobs', '1']);
    assert.equal(r.code, 2);
    assert.equal(r.out.length, 1, 'the good file is still analysed');
    assert.equal(JSON.parse(r.out[0]).file, doc);
    assert.equal(r.err.length, 5, r.err.join('\n'));
    assert.match(r.err[0], /is a directory without documents/, 'folders are walked before the files are read');
    assert.match(r.err[1], /missing\.txt: no such file/);
    assert.match(r.err[2], /binary/);
    assert.match(r.err[3], /not valid UTF-8 \(invalid byte 0xe9 at byte 3\)/);
    assert.match(r.err[3], /iconv -f ISO-8859-1 -t UTF-8/);
    assert.match(r.err[4], /over the size limit/);
  });

  it('reads standard input for the file name -', async () => {
    const r = await run(['analyze', '-', '--no-jieba'], '2022年，北京在校研究生为43.5万人。');
    assert.equal(r.code, 0, r.err.join('\n'));
    const o = JSON.parse(r.out[0]);
    assert.equal(o.file, '-');
    assert.deepEqual(o.numericClaims.map((c: { value: number; year: number }) => [c.value, c.year]), [[435000, 2022]]);
    const bad = await run(['analyze', '-'], Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
    assert.equal(bad.code, 2);
    assert.match(bad.err[0], /standard input: binary/);
  });

  it('prints a table and rejects unknown formats and commands', async () => {
    const t = await run(['analyze', doc, '--format', 'table', '--no-jieba']);
    assert.equal(t.code, 0);
    assert.match(t.out[0], /## Numeric claims/);
    assert.equal((await run(['analyze', doc, '--format', 'xml'])).code, 1);
    assert.equal((await run(['frobnicate'])).code, 1);
  });

  it('merges a policy-glossary.json next to the document over the built-in glossary', async () => {
    const d = mkdtempSync(join(tmpdir(), 'pa-gl-'));
    writeFileSync(join(d, 'a.txt'), '我们要推进示范新词建设，也要推进三城一区建设。');
    writeFileSync(
      join(d, 'policy-glossary.json'),
      JSON.stringify({ version: 1, entries: [{ term: '示范新词', category: '经济与改革', explanation: '测试用的用户术语，说明用户术语表会被合并。', source: { text: '测试，2024年', year: 2024 } }] }),
    );
    const r = await run(['analyze', join(d, 'a.txt'), '--no-jieba']);
    const o = JSON.parse(r.out[0]);
    assert.ok(o.terms.some((t: { term: string }) => t.term === '示范新词'));
    assert.ok(o.terms.some((t: { term: string }) => t.term === '三城一区'));
    writeFileSync(join(d, 'policy-glossary.json'), '{ "version": 1, "entries": [ { "term": 5 } ] }');
    const bad = await run(['analyze', join(d, 'a.txt'), '--no-jieba']);
    assert.equal(bad.code, 0, 'a broken glossary does not stop the analysis');
    assert.ok(bad.err.some((e) => e.includes('policy-glossary.json') && /:1:/.test(e)), bad.err.join('\n'));
    assert.ok(JSON.parse(bad.out[0]).terms.some((t: { term: string }) => t.term === '三城一区'));
  });

  it('terms --suggest lists frequent unexplained terms with their counts', async () => {
    const r = await run(['terms', '--suggest', doc, '--format', 'json', '--top', '15']);
    assert.equal(r.code, 0, r.err.join('\n'));
    const o = JSON.parse(r.out[0]);
    assert.ok(o.suggestions.length > 0 && o.suggestions.length <= 15);
    const text = readFileSync(doc, 'utf8');
    for (const s of o.suggestions) {
      assert.ok(s.count >= 2, `${s.term} occurs at least twice`);
      assert.ok(text.includes(s.term), `${s.term} is in the text`);
      assert.notEqual(s.term, '三城一区', 'explained terms are not suggested');
    }
    assert.equal((await run(['terms', doc])).code, 1, 'usage error without --suggest');
  });

  it('annotations re-anchors the sidecar against the current text', async () => {
    const d = mkdtempSync(join(tmpdir(), 'pa-ann-'));
    const file = join(d, 'r.txt');
    const original = readFileSync(fixturePath('government-work-report-2023.txt'), 'utf8');
    const i = original.indexOf('1206万人');
    const a = createAnnotation(original, i, i + 6, { note: '核实', tag: '待核实', author: 't', id: 'a-1' });
    const gone = original.indexOf('政府工作报告');
    const b = createAnnotation(original, gone, gone + 6, { note: 'title', author: 't', id: 'a-2' });
    writeFileSync(file + '.annotations.json', serializeSidecar({ version: 1, document: 'r.txt', annotations: [a, b] }));
    const edited = '新增一段开头。\n' + original.replaceAll('政府工作报告', '报告');
    writeFileSync(file, edited);
    const r = await run(['annotations', file]);
    assert.equal(r.code, 0, r.err.join('\n'));
    const o = JSON.parse(r.out[0]);
    const ra = o.annotations.find((x: { id: string }) => x.id === 'a-1');
    assert.equal(edited.slice(ra.start, ra.end), '1206万人');
    assert.equal(ra.status, 'moved');
    const rb = o.annotations.find((x: { id: string }) => x.id === 'a-2');
    assert.notEqual(rb.status, 'exact');
    writeFileSync(file + '.annotations.json', '{ broken');
    const broken = await run(['annotations', file]);
    assert.equal(broken.code, 2);
    assert.match(broken.err[0], /line 1/);
    assert.equal(readFileSync(file + '.annotations.json', 'utf8'), '{ broken', 'never overwritten');
  });

  it('exports a folder: one file per document for HTML, one combined CSV, progress on stderr', async () => {
    const d = mkdtempSync(join(tmpdir(), 'pa-dir-'));
    const docs = join(d, 'docs');
    mkdirSync(join(docs, 'sub'), { recursive: true });
    copyFileSync(fixturePath('000_b29511bdb28f9b3d.txt'), join(docs, 'a.txt'));
    copyFileSync(fixturePath('state-council-digital-government-opinion-2022.txt'), join(docs, 'sub', 'b.txt'));
    writeFileSync(join(docs, 'sub', 'binary.txt'), Buffer.from([0, 1, 2]));
    const out = join(d, 'out');
    const html = await run(['export', docs, '--format', 'html', '--out', out, '--findings']);
    assert.equal(html.code, 2, 'the binary file is reported');
    assert.deepEqual(html.out.map((p) => p.slice(out.length + 1)).sort(), ['a.html', 'sub/b.html']);
    assert.ok(html.err.some((e) => /binary\.txt: binary file/.test(e)));
    assert.ok(html.err.some((e) => /^\[3\/3\]/.test(e)), html.err.join('\n'));
    const csv = await run(['export', docs, '--format', 'csv', '--out', out, '--findings', '--quiet']);
    assert.deepEqual(csv.out, [join(out, 'annotations.csv')]);
    const body = readFileSync(join(out, 'annotations.csv'), 'utf8');
    assert.ok(body.includes('a.txt,') && body.includes('sub/b.txt,'), 'both documents in one file');
  });

  it('exports every format, refuses to overwrite without --force, and imports JSON-LD back', async () => {
    const d = mkdtempSync(join(tmpdir(), 'pa-exp-'));
    const file = join(d, 'doc.txt');
    const text = readFileSync(doc, 'utf8');
    writeFileSync(file, text);
    const i = text.indexOf('三城一区');
    const a = createAnnotation(text, i, i + 4, { note: '北京的主平台, "重点"', tag: '重点', link: 'https://example.org/x', author: 't', id: 'a-x' });
    writeFileSync(file + '.annotations.json', serializeSidecar({ version: 1, document: 'doc.txt', annotations: [a] }));
    const out = join(d, 'out');
    for (const format of ['md', 'csv', 'jsonld', 'brat', 'html']) {
      const r = await run(['export', file, '--format', format, '--out', out, '--findings', '--quiet']);
      assert.equal(r.code, 0, `${format}: ${r.err.join('\n')}`);
      assert.ok(r.out.length >= 1 && r.out.every((p) => existsSync(p)), format);
    }
    assert.ok(readFileSync(join(out, 'annotations.csv'), 'utf8').startsWith('\uFEFF'));
    const again = await run(['export', file, '--format', 'csv', '--out', out]);
    assert.equal(again.code, 2);
    assert.match(again.err.join('\n'), /--force/);
    assert.equal((await run(['export', file, '--format', 'csv', '--out', out, '--force'])).code, 0);

    const target = join(d, 'copy.txt');
    writeFileSync(target, text);
    const imp = await run(['import', join(out, 'doc.jsonld'), '--into', target]);
    assert.equal(imp.code, 0, imp.err.join('\n'));
    assert.match(imp.out[0], /1 added/);
    const back = JSON.parse(readFileSync(target + '.annotations.json', 'utf8'));
    assert.equal(back.annotations[0].id, 'a-x');
    assert.equal(back.annotations[0].note, a.note);
    assert.equal(back.annotations[0].target.quote.exact, '三城一区');
  });
});
