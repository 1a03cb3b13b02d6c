import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main, type CliIO } from '../../src/cli/main';
import { createAnnotation } from '../../src/core/annotations/create';
import { serializeSidecar } from '../../src/core/annotations/sidecar';
import { formatCodebook } from '../../src/core/coding/codebook';
import { POLICY_INSTRUMENT_CODEBOOK } from '../../src/core/coding/templates';
import { fixturePath } from './helpers';

async function run(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (s) => out.push(s), err: (s) => err.push(s) };
  return { code: await main(args, io), out, err };
}

describe('command line: units, meta, report, agreement', function () {
  this.timeout(60000);
  const dir = mkdtempSync(join(tmpdir(), 'pa-coding-'));
  const a = join(dir, 'a.txt');
  const b = join(dir, 'b.txt');
  copyFileSync(fixturePath('extra/state-council-2018-employment-stabilisation-opinions.txt'), a);
  copyFileSync(fixturePath('extra/state-council-order-706-patent-agency-regulations.txt'), b);
  const textA = readFileSync(a, 'utf8');
  const tag = (text: string, phrase: string, t: string, author: string) => {
    const start = text.indexOf(phrase);
    assert.ok(start >= 0, phrase);
    return createAnnotation(text, start, start + phrase.length, { author, tag: t, note: '', link: null });
  };
  writeFileSync(
    `${a}.annotations.json`,
    serializeSidecar({
      version: 1,
      document: 'a.txt',
      annotations: [
        tag(textA, '（一）加大稳岗支持力度。', '重点', '甲'),
        tag(textA, '（二）发挥政府性融资担保机构作用支持小微企业。', '重点', '甲'),
        tag(textA, '（一）加大稳岗支持力度。', '重点', '乙'),
        tag(textA, '（三）加大创业担保贷款贴息及奖补政策支持力度。', '存疑', '乙'),
      ],
    }),
  );

  it('units: the documented JSON shape with UTF-16 offsets', async () => {
    const r = await run(['units', b]);
    assert.equal(r.code, 0, r.err.join('\n'));
    const o = JSON.parse(r.out[0]);
    assert.deepEqual(Object.keys(o), ['file', 'units']);
    const text = readFileSync(b, 'utf8');
    for (const u of o.units) {
      assert.deepEqual(Object.keys(u), ['id', 'start', 'end', 'level', 'label', 'text']);
      assert.equal(text.slice(u.start, u.end), u.text);
    }
    assert.ok(o.units.some((u: { id: string; text: string }) => u.id === '1-1-1' && u.text.startsWith('第一条')));
  });

  it('meta: the documented fields, null when absent; a missing file is exit 2 with one line', async () => {
    const r = await run(['meta', a, join(dir, 'missing.txt')]);
    assert.equal(r.code, 2);
    assert.equal(r.err.length, 1);
    assert.deepEqual(JSON.parse(r.out[0]), { file: a, title: '国务院关于做好当前和今后一个时期促进就业工作的若干意见', issuer: '国务院', docNumber: '国发〔2018〕39号', docType: '若干意见', date: '2018-11-16', published: null, level: 'central' });
  });

  it('report: frequency of the reading tags over a folder, as Markdown and CSV', async () => {
    const md = await run(['report', a, '--table', 'frequency', '--format', 'md']);
    assert.equal(md.code, 0, md.err.join('\n'));
    const text = md.out.join('\n');
    // 重点: 甲 on (一) and (二), 乙 on (一): units (一) and (二) carry 重点 = 2; 存疑 on (三) = 1; total 3.
    assert.match(text, /\| 标签 \| 重点 \| tag\.important \| 2 \| 66\.67% \| 66\.67% \|/);
    assert.match(text, /\| 标签 \| 存疑 \| tag\.doubt \| 1 \| 33\.33% \| 33\.33% \|/);
    const csv = await run(['report', a, '--table', 'coding', '--format', 'csv', '--coders', '乙']);
    assert.ok(csv.out[0].startsWith('\uFEFF编号,文件,条款内容,编码'));
  });

  it('report: a cross table from the instrument codebook, and XLSX to a file', async () => {
    const cb = join(dir, 'policy-codebook.json');
    writeFileSync(cb, formatCodebook(POLICY_INSTRUMENT_CODEBOOK));
    const r = await run(['report', a, '--table', 'cross', '--rows', '政策工具', '--cols', '政策阶段', '--format', 'json']);
    assert.equal(r.code, 0, r.err.join('\n'));
    const t = JSON.parse(r.out.join('\n'));
    assert.equal(t.title, '政策工具 × 政策阶段');
    const out = join(dir, 'freq.xlsx');
    const x = await run(['report', dir, '--table', 'frequency', '--format', 'xlsx', '--out', out, '--codebook', cb]);
    assert.equal(x.code, 0, x.err.join('\n'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    assert.equal(wb.worksheets[0].getRow(1).getCell(4).value, '频次');
    const bad = await run(['report', a, '--table', 'cross', '--rows', '政策工具', '--cols', '无此维度', '--format', 'md']);
    assert.equal(bad.code, 2);
    assert.match(bad.err.join('\n'), /no dimension "无此维度"/);
  });

  it('agreement: two coders over clause units, as Markdown', async () => {
    const cb = join(dir, 'reading.json');
    const r = await run(['agreement', a, '--format', 'md', '--codebook', cb]);
    assert.equal(r.code, 2, 'a missing codebook file is exit 2');
    writeFileSync(join(dir, 'policy-codebook.json'), '{"version":1,"name":"r","codes":[{"id":"tag","name":"标签","codable":false,"children":[{"id":"tag.important","name":"重点"},{"id":"tag.doubt","name":"存疑"}]}]}');
    const ok = await run(['agreement', a, '--format', 'md']);
    assert.equal(ok.code, 0, ok.err.join('\n'));
    assert.match(ok.out.join('\n'), /编码者一致性 \(乙, 甲; unit: clause\)/);
    const one = await run(['agreement', a, '--coders', '甲']);
    assert.equal(one.code, 2);
  });
});
