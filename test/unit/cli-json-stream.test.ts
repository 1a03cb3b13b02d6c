import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { TermMatcher } from '../../src/core/glossary/matcher';
import { builtinGlossary } from '../../src/core/glossary/data';
import { toJson, writeJson } from '../../src/cli/jsonOut';
import { main, type CliIO } from '../../src/cli/main';
import { fixturePath, repoRoot } from './helpers';

/** The streamed JSON must be byte for byte `JSON.stringify(toJson(...))`: the documented output did not change. */
describe('analyze JSON written in chunks', function () {
  this.timeout(120000);
  const matcher = new TermMatcher(builtinGlossary());
  const extra = join(repoRoot(), 'test', 'fixtures', 'extra');
  const documents: Array<[string, string]> = [
    ...readdirSync(join(repoRoot(), 'test', 'fixtures')).filter((f) => f.endsWith('.txt')).map((f): [string, string] => [f, readFileSync(fixturePath(f), 'utf8')]),
    ...readdirSync(extra).filter((f) => f.endsWith('.txt')).map((f): [string, string] => [`extra/${f}`, readFileSync(join(extra, f), 'utf8')]),
    ['empty', ''],
    ['one quotation, nothing else', '他说：“好。”'],
    ['names that need escaping', '"引号"\\反斜杠\n\t\u2028\u0001 “话”'],
  ];

  for (const [name, text] of documents) {
    it(`${name}: compact and pretty, same bytes as one JSON.stringify`, () => {
      const a = analyze(text, { matcher });
      for (const pretty of [false, true]) {
        for (const encoding of ['utf-8', 'gb18030'] as const) {
          const chunks: string[] = [];
          writeJson(name, a, encoding, pretty, (c) => chunks.push(c));
          const expected = JSON.stringify(toJson(name, a, encoding), null, pretty ? 2 : undefined) + '\n';
          assert.equal(chunks.join(''), expected, `pretty: ${pretty}`);
          for (const c of chunks.slice(0, -1)) assert.ok(c.length >= 1 << 16, 'chunks are filled before they are written');
        }
      }
    });
  }

  it('long records (quotations of thousands of characters, four-byte characters): chunks are bounded, whole characters, same bytes', () => {
    // Every record is ~3,000 UTF-16 units: a batch of them is far longer than a chunk and is cut.
    for (const unit of ['𠀀', '话', 'a𠀀', '"\\\u0001']) {
      const long = unit.repeat(Math.ceil(3000 / unit.length));
      const a = analyze('', { matcher });
      for (let i = 0; i < 300; i++) {
        a.quotations.push({ start: i, end: i + 1, text: long, kind: 'speech', speaker: i % 2 ? null : '某人', cue: null, closed: true, content: long, depth: 0 });
        a.terms.push({ start: i, end: i + 1, text: long.slice(0, 7 + (i % 3)), term: 'x', category: '候选术语', explained: false });
      }
      for (const pretty of [false, true]) {
        const chunks: string[] = [];
        writeJson('long', a, 'utf-8', pretty, (c) => chunks.push(c));
        assert.equal(chunks.join(''), JSON.stringify(toJson('long', a, 'utf-8'), null, pretty ? 2 : undefined) + '\n', `${unit} pretty: ${pretty}`);
        assert.ok(chunks.length > 10, `${chunks.length} chunks`);
        for (const c of chunks) {
          assert.ok(c.length < (1 << 16) + 20000, `a chunk of ${c.length}`);
          assert.ok(!/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(c), 'no half of a surrogate pair at a chunk edge');
        }
        for (const c of chunks.slice(0, -1)) assert.ok(c.length >= 1 << 16, 'chunks are filled before they are written');
      }
    }
  });

  it('a long document is written in many chunks of bounded size, and the CLI output is the same with and without chunks', async () => {
    const text = documents.map(([, t]) => t).join('\n\n');
    const dir = mkdtempSync(join(tmpdir(), 'pa-json-stream-'));
    const file = join(dir, 'all.txt');
    writeFileSync(file, text);
    for (const pretty of [[], ['--pretty']]) {
      const whole: string[] = [];
      const chunks: string[] = [];
      const io: CliIO = { out: (s) => whole.push(s + '\n'), err: () => {} };
      assert.equal(await main(['analyze', file, ...pretty], io), 0);
      const streamed: CliIO = { out: () => assert.fail('JSON goes through write'), err: () => {}, write: (c) => chunks.push(c) };
      assert.equal(await main(['analyze', file, ...pretty], streamed), 0);
      assert.ok(chunks.length > 5, `${chunks.length} chunks`);
      assert.ok(Math.max(...chunks.map((c) => c.length)) < (1 << 16) + 20000, 'no chunk much over 64 K characters');
      assert.equal(chunks.join(''), whole.join(''));
    }
  });
});
