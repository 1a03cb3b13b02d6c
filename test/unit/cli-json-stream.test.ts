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
