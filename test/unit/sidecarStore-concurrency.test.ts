/**
 * Issue 12, finding 3 (two writers) and 8 (a killed write): real processes, seeded inputs.
 * Two `import` processes write the same sidecar 50 times each at the same moment; the editor's way
 * of writing (read, change, write if unchanged) races a CLI process; a writer is killed mid-write.
 * Every annotation of every writer must survive, the file must always parse, and a killed writer's
 * lock and temporary file must not block or litter the folder.
 */
import * as assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixturePath } from './helpers';
import { prng, startCli, runCli, writeCollection } from './reliability-helpers';
import { readSidecar, SidecarWriteRefused, writeSidecar, newSidecar } from '../../src/node/sidecarStore';
import { createAnnotation } from '../../src/core/annotations/create';
import { lockPathFor } from '../../src/node/fileLock';

function setup(prefix: string): { dir: string; doc: string; text: string; sidecar: string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const doc = join(dir, 'doc.txt');
  copyFileSync(fixturePath('000_b29511bdb28f9b3d.txt'), doc);
  return { dir, doc, text: readFileSync(doc, 'utf8'), sidecar: doc + '.annotations.json' };
}

function idsOnDisk(sidecar: string): Set<string> {
  const read = readSidecar(sidecar);
  assert.equal(read.kind, 'ok', read.kind === 'broken' ? read.message : 'no sidecar');
  return new Set(read.kind === 'ok' ? read.file.annotations.map((a) => a.id) : []);
}

describe('sidecar writers serialise (real processes, seeded)', function () {
  this.timeout(240000);

  it('two import processes, 50 rounds each at the same moment: both sets survive, both succeed', async () => {
    const { dir, doc, text, sidecar } = setup('pa-race-');
    const rnd = prng(12003);
    const expected = new Set<string>();
    for (const who of ['a', 'b']) {
      for (let i = 0; i < 50; i++) {
        const ids = [0, 1, 2].map((k) => `${who}-${i}-${k}`);
        ids.forEach((id) => expected.add(id));
        writeCollection(join(dir, `${who}-${i}.jsonld`), text, ids, rnd);
      }
    }
    const [a, b] = [startCli(['import', join(dir, 'a-{i}.jsonld'), '--into', doc], { repeat: 50 }), startCli(['import', join(dir, 'b-{i}.jsonld'), '--into', doc], { repeat: 50 })];
    const [ra, rb] = await Promise.all([a.done, b.done]);
    assert.equal(ra.code, 0, ra.stderr);
    assert.equal(rb.code, 0, rb.stderr);
    assert.doesNotMatch(ra.stderr + rb.stderr, /internal error|at .*\.js:\d+/);
    assert.equal((ra.stdout.match(/3 added/g) ?? []).length, 50, 'every run of a added its three');
    assert.equal((rb.stdout.match(/3 added/g) ?? []).length, 50, 'every run of b added its three');
    const onDisk = idsOnDisk(sidecar);
    const lost = [...expected].filter((id) => !onDisk.has(id));
    assert.deepEqual(lost, [], 'no annotation lost');
    assert.deepEqual(readdirSync(dir).filter((n) => n.endsWith('.tmp') || n.endsWith('.lock')), [], 'no temporary or lock file left');
  });

  it('three rounds of two freshly started import processes: both sets survive', async () => {
    const { dir, doc, text, sidecar } = setup('pa-race2-');
    const rnd = prng(77);
    const expected: string[] = [];
    for (let round = 0; round < 3; round++) {
      const runs = ['x', 'y'].map((who) => {
        const ids = [0, 1].map((k) => `${who}-${round}-${k}`);
        expected.push(...ids);
        const file = join(dir, `${who}-${round}.jsonld`);
        writeCollection(file, text, ids, rnd);
        return runCli(['import', file, '--into', doc]);
      });
      for (const r of await Promise.all(runs)) assert.equal(r.code, 0, r.stderr);
    }
    const onDisk = idsOnDisk(sidecar);
    assert.deepEqual(expected.filter((id) => !onDisk.has(id)), []);
  });

  it('the editor (read, change, write if unchanged) and a CLI process at once: nothing lost, conflicts refused not overwritten', async () => {
    const { dir, doc, text, sidecar } = setup('pa-editor-');
    const rnd = prng(4242);
    const cliIds: string[] = [];
    for (let i = 0; i < 30; i++) {
      const ids = [`cli-${i}`];
      cliIds.push(...ids);
      writeCollection(join(dir, `c-${i}.jsonld`), text, ids, rnd);
    }
    const cli = startCli(['import', join(dir, 'c-{i}.jsonld'), '--into', doc], { repeat: 30 });
    let cliDone = false;
    void cli.done.then(() => (cliDone = true));
    const editorIds: string[] = [];
    let refusals = 0;
    // The editor's cycle: it holds the text it read; a save with that text as `expected` is refused
    // when the CLI wrote in between, and the editor then reloads and applies its change again.
    for (let i = 0; i < 30 || !cliDone; i++) {
      if (i >= 200) break;
      const id = `ed-${i}`;
      const start = Math.floor(rnd() * (text.length - 6));
      for (;;) {
        const read = readSidecar(sidecar);
        const file = read.kind === 'ok' ? read.file : newSidecar(doc);
        const next = { ...file, annotations: [...file.annotations, createAnnotation(text, start, start + 4, { note: id, author: 'editor', id })] };
        try {
          writeSidecar(sidecar, next, read.kind === 'ok' ? read.text : null);
          editorIds.push(id);
          break;
        } catch (e) {
          assert.ok(e instanceof SidecarWriteRefused, String(e));
          assert.match((e as Error).message, /changed on disk/);
          refusals++;
        }
      }
      await new Promise((r) => setTimeout(r, Math.floor(rnd() * 5)));
    }
    const r = await cli.done;
    assert.equal(r.code, 0, r.stderr);
    const onDisk = idsOnDisk(sidecar);
    assert.deepEqual([...cliIds, ...editorIds].filter((id) => !onDisk.has(id)), [], `lost annotations (${refusals} refused saves were retried)`);
  });

  it('a writer killed in the middle of a write: the sidecar stays readable, the next writer is not blocked, no temporary file is left', async () => {
    const { dir, doc, text, sidecar } = setup('pa-kill-');
    const rnd = prng(9001);
    writeCollection(join(dir, 'base.jsonld'), text, ['base-1'], rnd);
    assert.equal((await runCli(['import', join(dir, 'base.jsonld'), '--into', doc])).code, 0);
    const big = Array.from({ length: 8000 }, (_, i) => `big-${i}`);
    writeCollection(join(dir, 'big.jsonld'), text, big, rnd, (id) => `${id} ${'长注释'.repeat(30)}`);
    for (let round = 0; round < 3; round++) {
      const before = readFileSync(sidecar, 'utf8');
      const { child, done } = startCli(['import', join(dir, 'big.jsonld'), '--into', doc]);
      // Kill once the process is writing: its lock or temporary file appears (or after a seeded delay).
      const deadline = Date.now() + 30000;
      const delay = Math.floor(rnd() * 40);
      while (Date.now() < deadline && !existsSync(lockPathFor(sidecar))) await new Promise((r) => setTimeout(r, 2));
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await done;
      const after = readSidecar(sidecar);
      assert.equal(after.kind, 'ok', 'the sidecar parses after the kill');
      const now = readFileSync(sidecar, 'utf8');
      const bigCount = after.kind === 'ok' ? after.file.annotations.filter((a) => a.id.startsWith('big-')).length : -1;
      assert.ok(now === before || bigCount === 8000, `old or complete new content, nothing in between (${bigCount} of 8000)`);
      // Reset to the base file for the next round (the next writer must get the lock at once).
      writeCollection(join(dir, `next-${round}.jsonld`), text, [`next-${round}`], rnd);
      // A lock left by the killed process is stale at once (its process is gone): without that the
      // next import would wait out its 10 s timeout and fail with "being written by another process".
      const next = await runCli(['import', join(dir, `next-${round}.jsonld`), '--into', doc]);
      assert.equal(next.code, 0, next.stderr);
      assert.deepEqual(readdirSync(dir).filter((n) => n.endsWith('.tmp') || n.endsWith('.lock') || n.endsWith('.stale')), [], `round ${round}: leftovers removed`);
      assert.ok(idsOnDisk(sidecar).has(`next-${round}`));
      writeFileSync(sidecar, readFileSync(sidecar)); // unchanged; keeps the round independent of mtime
    }
  });
});
