import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { writeFileSync, readdirSync, readFileSync } from 'node:fs';
const root = '/work/wt/spkN';
const b = await build({ entryPoints: [root + '/src/core/quotations.ts'], bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'silent' });
writeFileSync('/tmp/spkN/q2.mjs', b.outputFiles[0].text);
const { detectQuotations } = await import('/tmp/spkN/q2.mjs?' + Date.now());
const nj = createRequire(root + '/x.js')('nodejieba'); nj.load();
for (const dir of process.argv.slice(2)) { let passages = 0, withCalls = 0, calls = 0, chars = 0, total = 0, nr = 0;
 for (const f of readdirSync(dir).filter(f=>f.endsWith('.json'))) {
  const set = JSON.parse(readFileSync(dir + '/' + f, 'utf8'));
  for (const p of set.passages) { passages++; total += p.text.length; let c = 0;
    detectQuotations(p.text, undefined, { nameTagger: (s) => { c++; chars += s.length; const t = nj.tag(s); nr += t.filter(w=>/^nr/.test(w.tag)).length; return t; } });
    calls += c; if (c) withCalls++; }
 }
 console.log(`${dir}: passages ${passages} (${total} chars), tagger called in ${withCalls}, calls ${calls}, characters tagged ${chars}, nr words ${nr}`);
}
