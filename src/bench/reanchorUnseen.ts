/**
 * Re-anchoring on documents the anchoring was not tuned on (test/fixtures/extra, 20 real documents):
 * annotations on recurring passages (a 4–12 character piece that occurs at least twice), then one
 * of three edits of the annotated occurrence: a character replaced inside it, the sentence around
 * it deleted, a PDF line break inserted inside it. Counts where each lands: its own place, an
 * orphan, or another occurrence (wrong). Seeded. Run after `npx tsc -p tsconfig.test.json`:
 * `node out/src/bench/reanchorUnseen.js [path to compiled anchoring.js]`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { anchorOne as currentAnchorOne } from '../core/annotations/anchoring';
import { createAnnotation } from '../core/annotations/create';
import { mulberry32 as prng } from '../core/prng';

type AnchorOne = typeof currentAnchorOne;
type Edit = 'replace' | 'delete-sentence' | 'line-break';

export function reanchorUnseen(dir: string, anchorOne: AnchorOne, perDoc = 100): Record<Edit, Record<'own' | 'orphan' | 'wrong', number>> {
  const out = {} as Record<Edit, Record<'own' | 'orphan' | 'wrong', number>>;
  for (const e of ['replace', 'delete-sentence', 'line-break'] as Edit[]) out[e] = { own: 0, orphan: 0, wrong: 0 };
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  files.forEach((f, d) => {
    const text = readFileSync(join(dir, f), 'utf8');
    const rnd = prng(1000 + d);
    let made = 0;
    for (let tries = 0; made < perDoc && tries < perDoc * 50; tries++) {
      const len = 4 + Math.floor(rnd() * 9);
      const start = Math.floor(rnd() * (text.length - len));
      const quote = text.slice(start, start + len);
      if (/\n/.test(quote) || text.indexOf(quote) === text.lastIndexOf(quote)) continue;
      made++;
      const a = createAnnotation(text, start, start + len, { note: '', author: 'b', id: 'a', now: new Date(0) });
      const kind = (['replace', 'delete-sentence', 'line-break'] as Edit[])[made % 3];
      let after: string;
      let own: [number, number] | null;
      if (kind === 'replace') {
        const at = start + 1 + Math.floor(rnd() * (len - 1));
        const ch = text[at] === '某' ? '该' : '某';
        after = text.slice(0, at) + ch + text.slice(at + 1);
        own = [start, start + len];
      } else if (kind === 'line-break') {
        const at = start + 1 + Math.floor(rnd() * (len - 1));
        after = text.slice(0, at) + '\n' + text.slice(at);
        own = [start, start + len + 1];
      } else {
        const from = Math.max(text.lastIndexOf('。', start - 1), text.lastIndexOf('\n', start - 1)) + 1;
        let to = text.slice(start + len).search(/[。\n]/);
        to = to < 0 ? text.length : start + len + to + 1;
        after = text.slice(0, from) + text.slice(to);
        own = null;
      }
      const r = anchorOne(after, a);
      if (r.status === 'orphan') out[kind].orphan++;
      else if (own && r.start! < own[1] && r.end! > own[0]) out[kind].own++;
      else out[kind].wrong++;
    }
  });
  return out;
}

if (require.main === module && /reanchorUnseen\.js$/.test(__filename)) {
  const dir = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'extra');
  const other = process.argv[2];
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const anchorOne: AnchorOne = other ? require(other).anchorOne : currentAnchorOne;
  console.log(JSON.stringify(reanchorUnseen(dir, anchorOne)));
}
