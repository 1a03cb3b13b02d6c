import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, copyFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type CliIO } from '../../src/cli/main';
import { createAnnotation } from '../../src/core/annotations/create';
import { parseSidecar, serializeSidecar } from '../../src/core/annotations/sidecar';
import { formatCodebook } from '../../src/core/coding/codebook';
import { POLICY_INSTRUMENT_CODEBOOK } from '../../src/core/coding/templates';
import { fixturePath } from './helpers';

async function run(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (s) => out.push(s), err: (s) => err.push(s) };
  return { code: await main(args, io), out, err };
}

describe('command line: REFI-QDA export and import', function () {
  this.timeout(60000);

  it('exports a coded folder as .qdpx and imports it into another folder without loss', async () => {
    const src = mkdtempSync(join(tmpdir(), 'pa-qdpx-src-'));
    const doc = join(src, 'opinion.txt');
    copyFileSync(fixturePath('extra/state-council-2018-employment-stabilisation-opinions.txt'), doc);
    writeFileSync(join(src, 'policy-codebook.json'), formatCodebook(POLICY_INSTRUMENT_CODEBOOK));
    const text = readFileSync(doc, 'utf8');
    const at = (phrase: string, codes: string[], author: string, note = '') => {
      const s = text.indexOf(phrase);
      return { ...createAnnotation(text, s, s + phrase.length, { author, tag: null, note, link: null }), codes };
    };
    writeFileSync(`${doc}.annotations.json`, serializeSidecar({ version: 2, document: 'opinion.txt', annotations: [at('（一）加大稳岗支持力度。', ['supply.funding', 'stage.implementation'], '甲', '稳岗\n返还'), at('（三）加大创业担保贷款贴息及奖补政策支持力度。', ['environment.finance'], '乙')] }));
    const out = join(src, 'study.qdpx');
    const e = await run(['export', src, '--format', 'qdpx', '--out', out]);
    assert.equal(e.code, 0, e.err.join('\n'));
    assert.ok(existsSync(out));
    const again = await run(['export', src, '--format', 'qdpx', '--out', out]);
    assert.equal(again.code, 2, 'no overwrite without --force');
    const dest = mkdtempSync(join(tmpdir(), 'pa-qdpx-dest-'));
    const i = await run(['import', out, '--into', dest]);
    assert.equal(i.code, 0, i.err.join('\n'));
    assert.equal(readFileSync(join(dest, 'opinion.txt'), 'utf8'), text);
    const side = parseSidecar(readFileSync(join(dest, 'opinion.txt.annotations.json'), 'utf8'));
    assert.ok(side.ok);
    const got = side.file.annotations.map((a) => [a.target.quote.exact, a.codes, a.author, a.note]).sort();
    assert.deepEqual(got, [
      ['（一）加大稳岗支持力度。', ['supply.funding', 'stage.implementation'], '甲', '稳岗\n返还'],
      ['（三）加大创业担保贷款贴息及奖补政策支持力度。', ['environment.finance'], '乙', ''],
    ]);
    assert.equal(side.file.variables?.docNumber, '国发〔2018〕39号');
    const cb = JSON.parse(readFileSync(join(dest, 'policy-codebook.json'), 'utf8'));
    assert.deepEqual(cb.codes.map((c: { id: string }) => c.id), ['instrument', 'stage'], 'the template codes keep their ids');
    // Importing into a folder whose document already has annotations keeps them.
    const again2 = await run(['import', out, '--into', dest]);
    assert.equal(again2.code, 0, again2.err.join('\n'));
    const twice = parseSidecar(readFileSync(join(dest, 'opinion.txt.annotations.json'), 'utf8'));
    assert.ok(twice.ok);
    assert.equal(twice.file.annotations.length, 4, 'the first import’s annotations are kept, the second adds its own');
    const q = await run(['export', src, '--format', 'qdc', '--out', join(src, 'codes.qdc')]);
    assert.equal(q.code, 0, q.err.join('\n'));
    assert.match(readFileSync(join(src, 'codes.qdc'), 'utf8'), /<CodeBook xmlns="urn:QDA-XML:codebook:1.0"/);
  });
});
