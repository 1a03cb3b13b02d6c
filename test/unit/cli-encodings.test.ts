/**
 * Chinese files as they come: GB18030, UTF-16 (LE/BE, with and without BOM) and Big5 files made
 * from the corpus (test/fixtures/encodings/, converted with iconv) are detected, decoded, named, and
 * give the same findings at the same offsets (in the decoded text) as their UTF-8 originals.
 * Sidecars and exports stay UTF-8.
 */
import * as assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type CliIO } from '../../src/cli/main';
import { decodeText, readTextDocument } from '../../src/node/files';
import { prng, writeCollection } from './reliability-helpers';

const ENC = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'encodings');

async function run(args: string[], stdin?: Buffer): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (s) => out.push(s), err: (s) => err.push(s), readStdin: () => stdin ?? Buffer.alloc(0) };
  return { code: await main(args, io), out, err };
}

const CASES = [
  ['gb18030.txt', 'simplified.utf8.txt', 'gb18030', /GB18030 \(detected\)/],
  ['utf16le-bom.txt', 'simplified.utf8.txt', 'utf-16le', /UTF-16LE \(byte-order mark\)/],
  ['utf16be-bom.txt', 'simplified.utf8.txt', 'utf-16be', /UTF-16BE \(byte-order mark\)/],
  ['utf16le.txt', 'simplified.utf8.txt', 'utf-16le', /UTF-16LE \(detected\)/],
  ['utf16be.txt', 'simplified.utf8.txt', 'utf-16be', /UTF-16BE \(detected\)/],
  ['big5.txt', 'traditional.utf8.txt', 'big5', /Big5 \(detected\)/],
] as const;

describe('documents in GB18030, UTF-16 and Big5', function () {
  this.timeout(60000);

  for (const [file, original, encoding, note] of CASES) {
    it(`${file}: read as ${encoding}, named on stderr and in JSON, same findings and offsets as the UTF-8 original`, async () => {
      const text = readFileSync(join(ENC, original), 'utf8');
      const read = readTextDocument(join(ENC, file));
      assert.ok(read.ok, read.ok ? '' : read.message);
      assert.equal(read.ok && read.encoding, encoding);
      assert.equal(read.ok && read.text, text, 'decoded exactly (no BOM left, no replacement character)');
      const r = await run(['analyze', join(ENC, file), '--jobs', '1']);
      assert.equal(r.code, 0, r.err.join('\n'));
      assert.equal(r.err.length, 1);
      assert.match(r.err[0], note);
      const o = JSON.parse(r.out[0]);
      assert.equal(o.encoding, encoding);
      const utf8 = JSON.parse((await run(['analyze', join(ENC, original)])).out[0]);
      for (const key of ['quotations', 'numericClaims', 'terms', 'headings']) assert.deepEqual(o[key], utf8[key], key);
      for (const list of [o.quotations, o.numericClaims, o.terms, o.headings]) for (const x of list) assert.equal(text.slice(x.start, x.end), x.text);
      assert.ok(o.numericClaims.length + o.terms.length > 0, 'the fixture has findings');
    });
  }

  it('standard input in GB18030 is decoded too', async () => {
    const r = await run(['analyze', '-'], readFileSync(join(ENC, 'gb18030.txt')));
    assert.equal(r.code, 0, r.err.join('\n'));
    assert.equal(JSON.parse(r.out[0]).encoding, 'gb18030');
    assert.match(r.err[0], /standard input: read as GB18030/);
  });

  it('exports and sidecars of a GB18030 or UTF-16 document are UTF-8, anchored in the decoded text', async () => {
    for (const file of ['gb18030.txt', 'utf16le-bom.txt', 'big5.txt']) {
      const dir = mkdtempSync(join(tmpdir(), 'pa-enc-exp-'));
      const doc = join(dir, file);
      copyFileSync(join(ENC, file), doc);
      const read = readTextDocument(doc);
      assert.ok(read.ok);
      const text = read.ok ? read.text : '';
      writeCollection(join(dir, 'in.jsonld'), text, ['e-1', 'e-2'], prng(17));
      const imp = await run(['import', join(dir, 'in.jsonld'), '--into', doc]);
      assert.equal(imp.code, 0, imp.err.join('\n'));
      const sidecarBytes = readFileSync(doc + '.annotations.json');
      assert.doesNotThrow(() => new TextDecoder('utf-8', { fatal: true }).decode(sidecarBytes), 'sidecar is UTF-8');
      const ann = JSON.parse((await run(['annotations', doc])).out[0]);
      assert.ok(ann.annotations.every((a: { status: string; text: string; exact: string }) => a.status === 'exact' && a.text === a.exact), 'nothing orphaned by the encoding');
      for (const format of ['md', 'html', 'csv', 'jsonld']) {
        const r = await run(['export', doc, '--format', format, '--out', join(dir, 'out'), '--findings', '--quiet']);
        assert.equal(r.code, 0, `${format}: ${r.err.join('\n')}`);
        for (const p of r.out) {
          const s = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(p));
          assert.ok(s.includes(text.slice(0, 4).trim().slice(0, 1)) || format === 'csv', `${format} has the decoded text`);
        }
        assert.ok(r.err.some((e) => /read as (GB18030|UTF-16LE|Big5)/.test(e)), 'the export names the encoding');
      }
    }
  });

  describe('what is not mistaken for Chinese text (rule table)', () => {
    for (const [name, bytes, expected] of [
      ['Latin-1 French', Buffer.from('caf\u00e9 cr\u00e8me br\u00fbl\u00e9e', 'latin1'), /not valid UTF-8 \(invalid byte 0xe9 at byte 3\)/],
      ['a ZIP header', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x99]), /binary file/],
      ['a PNG header', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49]), /binary file/],
      ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('中文')]), 'utf-8'],
      ['plain ASCII', Buffer.from('plain text 2023'), 'utf-8'],
      ['a short Latin-1 text (even length, looks like CJK code units)', Buffer.from('caf\u00e9 cr\u00e8me', 'latin1'), /not valid UTF-8/],
      ['a short GBK word (even length)', Buffer.from([0xd6, 0xd0, 0xce, 0xc4]), 'gb18030'],
      ['UTF-8 cut in the middle of its last character', Buffer.from('中文').subarray(0, 4), /not valid UTF-8 \(invalid byte 0xe6 at byte 3.*cut off/],
      ['UTF-8 Chinese with one stray byte', Buffer.concat([Buffer.from('国务院关于做好'), Buffer.from([0xff]), Buffer.from('就业工作的意见')]), /invalid byte 0xff at byte 21; 1 invalid byte in all\)\. The file is UTF-8 with damaged bytes/],
      ['UTF-8 Chinese with a GB18030 word pasted in', Buffer.concat([Buffer.from('国务院关于做好就业工作的意见，'), Buffer.from([0xd6, 0xd0, 0xce, 0xc4]), Buffer.from('稳就业、保民生、促发展')]), /not valid UTF-8 \(invalid byte 0xd6 at byte 45/],
    ] as const) {
      it(`${name}`, () => {
        const r = decodeText('x.txt', bytes);
        if (typeof expected === 'string') assert.equal(r.ok && r.encoding, expected);
        else if (r.ok) assert.ok(expected.test(r.encoding), `decoded as ${r.encoding}`);
        else assert.match(r.message, expected);
      });
    }
  });

  it('a GB18030 document named .txt next to UTF-8 ones in a folder export', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pa-enc-dir-'));
    copyFileSync(join(ENC, 'gb18030.txt'), join(dir, 'a.txt'));
    writeFileSync(join(dir, 'b.txt'), '2023年增长5%。');
    const r = await run(['analyze', dir, '--jobs', '1']);
    assert.equal(r.code, 0, r.err.join('\n'));
    assert.deepEqual(r.out.map((l) => JSON.parse(l).encoding), ['gb18030', 'utf-8']);
  });
});
