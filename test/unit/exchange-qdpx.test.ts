import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { validateXML } from 'xmllint-wasm';
import { codebookToQdc, qdcToCodebook, type ExchangeProject } from '../../src/core/exchange/qdpx';
import { nameGuid, readQdpx, writeQdpx } from '../../src/node/qdpx';
import { indexCodebook } from '../../src/core/coding/codebook';
import { POLICY_INSTRUMENT_CODEBOOK } from '../../src/core/coding/templates';
import { extractMeta } from '../../src/core/coding/meta';
import { repoRoot } from './helpers';
import { join } from 'node:path';

const schema = (name: string) => readFileSync(join(repoRoot(), 'schemas', 'refi-qda', name), 'utf8');
async function assertValid(xml: string, xsd: string): Promise<void> {
  const r = await validateXML({ xml: [{ fileName: 'x.xml', contents: xml }], schema: [schema(xsd)] });
  assert.deepEqual(r.errors.map((e) => e.rawMessage), [], 'valid against ' + xsd);
  assert.equal(r.valid, true);
}

const textA = '关于加强某工作的意见\n国发〔2024〕1号\n一、主要措施\n（一）加大资金投入。中央财政安排专项资金𠀀。\n（二）加强人才培养。开展职业技能培训。\n';
const textB = '第一条　政府采购创新产品，并给予贷款贴息。\r\n第二条　本办法自发布之日起施行。\r\n';
const span = (t: string, phrase: string) => ({ start: t.indexOf(phrase), end: t.indexOf(phrase) + phrase.length });

function project(): ExchangeProject {
  return {
    name: '示例研究',
    codebook: POLICY_INSTRUMENT_CODEBOOK,
    documents: [
      {
        id: 'a.txt', name: 'a.txt', text: textA, meta: extractMeta(textA),
        annotations: [
          { id: 'a-1', ...span(textA, '中央财政安排专项资金𠀀。'), codes: ['supply.funding', 'stage.implementation'], coder: '甲', note: '资金来源 <中央> & "地方"', created: '2024-01-01T00:00:00.000Z' },
          { id: 'a-2', ...span(textA, '开展职业技能培训'), codes: ['supply.talent'], coder: '乙', note: '', created: '2024-01-02T00:00:00.000Z' },
        ],
      },
      { id: 'b.txt', name: 'b.txt', text: textB, meta: extractMeta(textB), annotations: [{ id: 'b-1', ...span(textB, '本办法自发布之日起施行。'), codes: ['stage.goal'], coder: '甲', note: '', created: '2024-01-03T00:00:00.000Z' }] },
    ],
  };
}
const idOf = (guid: string, name: string): string => {
  for (const id of indexCodebook(POLICY_INSTRUMENT_CODEBOOK).keys()) if (nameGuid(`code:${id}`) === guid.toUpperCase()) return id;
  return `code-${name}`;
};

describe('REFI-QDA exchange (.qdpx, .qdc)', function () {
  this.timeout(30000);

  it('project.qde validates against the REFI-QDA Project.xsd; the .qdc against Codebook.xsd', async () => {
    const { zip, qde } = await writeQdpx(project(), '2024-05-01T00:00:00Z');
    await assertValid(qde, 'Project.xsd');
    await assertValid(codebookToQdc(POLICY_INSTRUMENT_CODEBOOK, nameGuid), 'Codebook.xsd');
    const z = await JSZip.loadAsync(zip);
    const names = Object.keys(z.files).filter((n) => !z.files[n].dir).sort();
    assert.equal(names[0], 'project.qde');
    assert.equal(names.filter((n) => n.startsWith('sources/')).length, 2);
    assert.ok(qde.includes('资金来源 &lt;中央&gt; &amp; &quot;地方&quot;'));
  });

  it('positions are Unicode code points (a character outside the BMP counts once)', async () => {
    const { qde } = await writeQdpx(project(), '2024-05-01T00:00:00Z');
    const s = span(textA, '中央财政安排专项资金𠀀。');
    const m = /<PlainTextSelection[^>]*startPosition="(\d+)" endPosition="(\d+)"/.exec(qde)!;
    assert.equal(Number(m[1]), s.start);
    assert.equal(Number(m[2]), s.end - 1, 'the pair 𠀀 is one code point');
  });

  it('exporting twice gives the same bytes (GUIDs derived from our ids)', async () => {
    const a = await writeQdpx(project(), '2024-05-01T00:00:00Z');
    const b = await writeQdpx(project(), '2024-05-01T00:00:00Z');
    assert.equal(a.zip.equals(b.zip), true);
    assert.match(nameGuid('code:supply'), /^[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
  });

  it('every zip entry, the sources folder included, carries the fixed date (no clock in the bytes)', async () => {
    const { zip } = await writeQdpx(project(), '2024-05-01T00:00:00Z');
    const entries = Object.values((await JSZip.loadAsync(zip)).files);
    assert.ok(entries.some((e) => e.dir && e.name === 'sources/'), 'a sources/ folder entry');
    for (const e of entries) assert.equal(e.date.getUTCFullYear(), 2020, e.name);
  });

  it('round trip: export then import keeps codes, hierarchy, colours, spans, coders, notes and variables', async () => {
    const { zip } = await writeQdpx(project(), '2024-05-01T00:00:00Z');
    const back = await readQdpx(zip, idOf);
    assert.deepEqual(back.warnings, []);
    const before = indexCodebook(POLICY_INSTRUMENT_CODEBOOK);
    const after = indexCodebook(back.codebook);
    assert.deepEqual([...after.keys()], [...before.keys()]);
    for (const [id, info] of before) {
      assert.deepEqual(after.get(id)?.path, info.path, id);
      assert.equal(after.get(id)?.code.color?.toUpperCase(), info.code.color?.toUpperCase(), id);
      assert.equal(after.get(id)?.codable, info.codable, id);
    }
    assert.equal(back.documents.length, 2);
    for (const [i, d] of project().documents.entries()) {
      const got = back.documents[i];
      assert.equal(got.text, d.text);
      assert.equal(got.name, d.name);
      assert.deepEqual(got.annotations.map((a) => [a.start, a.end, a.codes, a.coder, a.note]), d.annotations.map((a) => [a.start, a.end, a.codes, a.coder, a.note]));
      for (const f of ['title', 'docNumber', 'date', 'level'] as const) assert.equal(got.meta[f], d.meta[f], f);
    }
  });

  it('imports what other tools write: another .qde name, Sources/ capitalised, a BOM, CRLF counted as one', async () => {
    const { zip } = await writeQdpx(project(), '2024-05-01T00:00:00Z');
    const src = await JSZip.loadAsync(zip);
    const out = new JSZip();
    const qde = await src.file('project.qde')!.async('string');
    // ATLAS.ti-like: positions of b.txt counted with CRLF as one character.
    const sb = span(textB, '本办法自发布之日起施行。');
    const crlfBefore = textB.slice(0, sb.start).split('\r\n').length - 1;
    const shifted = qde.replace(`startPosition="${sb.start}" endPosition="${sb.end}"`, `startPosition="${sb.start - crlfBefore}" endPosition="${sb.end - crlfBefore}"`);
    assert.notEqual(shifted, qde);
    out.file('My Study.qde', shifted);
    for (const [name, f] of Object.entries(src.files)) {
      if (!name.startsWith('sources/') || f.dir) continue;
      out.file(name.replace('sources/', 'Sources/'), '\uFEFF' + (await f.async('string')));
    }
    const back = await readQdpx(await out.generateAsync({ type: 'nodebuffer' }), idOf);
    assert.ok(back.warnings.some((w) => /CRLF/.test(w)), back.warnings.join('\n'));
    const b = back.documents[1];
    assert.equal(b.text, textB);
    assert.deepEqual([b.annotations[0].start, b.annotations[0].end], [sb.start, sb.end]);
  });

  it('reports what it cannot carry over', async () => {
    const qde = `<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0" name="x"><Sources><TextSource guid="${nameGuid('s')}" name="gone.txt" plainTextPath="internal://missing.txt"/><PDFSource guid="${nameGuid('p')}" name="p.pdf"/></Sources></Project>`;
    const z = new JSZip();
    z.file('project.qde', qde);
    const back = await readQdpx(await z.generateAsync({ type: 'nodebuffer' }), idOf);
    assert.equal(back.documents.length, 0);
    assert.equal(back.warnings.length, 2);
    await assert.rejects(readQdpx(await new JSZip().generateAsync({ type: 'nodebuffer' }), idOf), /no \.qde/);
  });

  it('a .qdc codebook reads back with its hierarchy', () => {
    const cb = qdcToCodebook(codebookToQdc(POLICY_INSTRUMENT_CODEBOOK, nameGuid), idOf);
    assert.deepEqual([...indexCodebook(cb).keys()], [...indexCodebook(POLICY_INSTRUMENT_CODEBOOK).keys()]);
  });
});
