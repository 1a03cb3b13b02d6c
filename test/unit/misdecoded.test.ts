import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { misdecodingSign } from '../../src/core/annotations/misdecoded';
import { repoRoot } from './helpers';

/** Signs of a wrong decoding, on the real encoded fixtures decoded rightly and wrongly. */
describe('misdecodingSign', () => {
  const enc = (f: string) => readFileSync(join(repoRoot(), 'test', 'fixtures', 'encodings', f));
  const decode = (label: string, bytes: Buffer) => new TextDecoder(label).decode(bytes);
  const rows: Array<[string, string, string | null]> = [
    ['GB18030 read as GB18030', decode('gb18030', enc('gb18030.txt')), null],
    ['GB18030 read as UTF-8', decode('utf-8', enc('gb18030.txt')), 'replacement characters'],
    ['Big5 read as Big5', decode('big5', enc('big5.txt')), null],
    ['Big5 read as UTF-8', decode('utf-8', enc('big5.txt')), 'replacement characters'],
    ['UTF-16LE read as UTF-16LE', decode('utf-16le', enc('utf16le-bom.txt')), null],
    ['UTF-8 read as UTF-8', decode('utf-8', enc('simplified.utf8.txt')), null],
    ['UTF-8 read as GBK', decode('gbk', enc('simplified.utf8.txt')), 'replacement characters'],
    ['UTF-8 read as Windows-1252', decode('windows-1252', enc('simplified.utf8.txt')), 'UTF-8 read as Latin-1'],
    ['UTF-8 (traditional) read as Windows-1252', decode('windows-1252', enc('traditional.utf8.txt')), 'UTF-8 read as Latin-1'],
    ['English text', 'The State Council issued the opinions on employment in 2018. Café, naïve, résumé.', null],
    ['empty', '', null],
  ];
  for (const [name, text, expected] of rows) it(`${name} → ${expected ?? 'reads right'}`, () => assert.equal(misdecodingSign(text), expected));

  it('UTF-8 read as GBK without a replacement character still shows (銆 and 锛 where 、。， were)', () => {
    // Only the characters GBK decodes fully: the mojibake of “，。、” without the bytes that fail.
    const text = decode('gbk', Buffer.from('各省、自治区、直辖市人民政府，国务院各部委。'.repeat(20), 'utf8')).replace(/\uFFFD/g, '');
    assert.equal(misdecodingSign(text), 'UTF-8 read as GBK');
  });

  it('no real document of the fixtures reads as misdecoded', () => {
    const dirs = [join(repoRoot(), 'test', 'fixtures'), join(repoRoot(), 'test', 'fixtures', 'extra')];
    for (const dir of dirs) {
      for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) assert.equal(misdecodingSign(readFileSync(join(dir, f), 'utf8')), null, f);
    }
  });
});
