import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAnnotation, updateAnnotation } from '../../src/core/annotations/create';
import { parseSidecar, serializeSidecar } from '../../src/core/annotations/sidecar';
import type { SidecarFile, StoredAnnotation } from '../../src/core/annotations/model';
import { mergeSidecars } from '../../src/core/coding/sidecarMerge';
import { main } from '../../src/cli/main';
import { repoRoot } from './helpers';

const text = '一、总体要求\n（一）加大资金投入。中央财政安排专项资金。\n（二）加强人才培养。开展职业技能培训。\n（三）落实税收优惠。免征企业所得税。\n';
const t0 = new Date('2024-01-01T00:00:00Z');
const t1 = new Date('2024-01-02T00:00:00Z');
const t2 = new Date('2024-01-03T00:00:00Z');
const ann = (phrase: string, id: string, author: string, now = t0): StoredAnnotation => {
  const s = text.indexOf(phrase);
  return createAnnotation(text, s, s + phrase.length, { id, author, tag: '重点', note: '', link: null, now });
};
const file = (...annotations: StoredAnnotation[]): SidecarFile => ({ version: 1, document: 'doc.txt', annotations });

describe('merging two sidecars', () => {
  const a = ann('加大资金投入', 'a-1', '甲');
  const b = ann('加强人才培养', 'a-2', '甲');

  it('additions on both sides are kept; the same annotation once', () => {
    const r = mergeSidecars(file(a, ann('免征企业所得税', 'a-3', '甲')), file(a, ann('开展职业技能培训', 'a-4', '乙')), file(a));
    assert.deepEqual(r.file.annotations.map((x) => x.id).sort(), ['a-1', 'a-3', 'a-4']);
    assert.equal(r.report.kept, 1);
    assert.equal(r.report.added, 2);
  });

  it('an edit on one side wins over the unchanged other side', () => {
    const edited = updateAnnotation(a, { note: '改了' }, t1);
    const r = mergeSidecars(file(a, b), file(edited, b), file(a, b));
    assert.equal(r.file.annotations.find((x) => x.id === 'a-1')?.note, '改了');
    assert.equal(r.report.fromTheirs, 1);
  });

  it('a deletion on one side of an unchanged annotation deletes it, and says so', () => {
    const r = mergeSidecars(file(a), file(a, b), file(a, b));
    assert.deepEqual(r.file.annotations.map((x) => x.id), ['a-1']);
    assert.equal(r.report.deleted.length, 1);
  });

  it('a deletion on one side and an edit on the other keeps the edit', () => {
    const edited = updateAnnotation(b, { note: '补充' }, t1);
    const r = mergeSidecars(file(a), file(a, edited), file(a, b));
    assert.equal(r.file.annotations.find((x) => x.id === 'a-2')?.note, '补充');
    assert.equal(r.report.editWinsOverDelete.length, 1);
  });

  it('both sides edited: the newer edit wins; the same time: both kept and reported', () => {
    const mine = updateAnnotation(a, { note: '我的' }, t1);
    const theirs = updateAnnotation(a, { note: '他的' }, t2);
    const r = mergeSidecars(file(mine), file(theirs), file(a));
    assert.equal(r.file.annotations[0].note, '他的');
    assert.equal(r.report.newerWins.length, 1);
    const same = updateAnnotation(a, { note: '他的' }, t1);
    const c = mergeSidecars(file(mine), file(same), file(a));
    assert.deepEqual(c.file.annotations.map((x) => [x.id, x.note]).sort(), [['a-1', '我的'], ['a-1-theirs', '他的']]);
    assert.equal(c.report.conflicts.length, 1);
  });

  it('without a base nothing is deleted', () => {
    const r = mergeSidecars(file(a), file(b));
    assert.equal(r.file.annotations.length, 2);
    assert.equal(r.report.deleted.length, 0);
  });

  it('the result is a valid sidecar', () => {
    const r = mergeSidecars(file(a, ann('免征企业所得税', 'a-3', '甲')), file(b), file());
    assert.equal(parseSidecar(serializeSidecar(r.file)).ok, true);
  });
});

describe('merge command and git merge driver', function () {
  this.timeout(60000);
  const io = () => {
    const err: string[] = [];
    return { err, io: { out: () => undefined, err: (s: string) => err.push(s) } };
  };

  it('merge <ours> <theirs> --base writes the merged file over ours; a broken file is exit 2 and nothing written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pa-merge-'));
    const [o, t, b] = ['ours', 'theirs', 'base'].map((n) => join(dir, `${n}.json`));
    const a1 = ann('加大资金投入', 'a-1', '甲');
    writeFileSync(b, serializeSidecar(file(a1)));
    writeFileSync(o, serializeSidecar(file(a1, ann('加强人才培养', 'a-2', '甲'))));
    writeFileSync(t, serializeSidecar(file(ann('免征企业所得税', 'a-3', '乙'))));
    const r = io();
    assert.equal(await main(['merge', o, t, '--base', b], r.io), 0, r.err.join('\n'));
    const merged = parseSidecar(readFileSync(o, 'utf8'));
    assert.ok(merged.ok);
    assert.deepEqual(merged.file.annotations.map((x) => x.id).sort(), ['a-2', 'a-3'], 'a-1 deleted by theirs');
    assert.ok(r.err.some((l) => /deleted: a-1/.test(l)));
    writeFileSync(t, '{ broken');
    const before = readFileSync(o, 'utf8');
    const bad = io();
    assert.equal(await main(['merge', o, t], bad.io), 2);
    assert.equal(readFileSync(o, 'utf8'), before);
  });

  it('two git branches annotating one document merge with no conflict markers and nothing lost', () => {
    const cli = join(repoRoot(), 'bin', 'policy-annotator.js');
    assert.ok(existsSync(join(repoRoot(), 'dist', 'cli.js')), 'dist/cli.js is built before the unit tests');
    const dir = mkdtempSync(join(tmpdir(), 'pa-git-'));
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.invalid', '-c', 'init.defaultBranch=main', ...args], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    git('init', '-q');
    git('config', 'merge.policy-annotator.name', 'Policy Annotator annotations');
    git('config', 'merge.policy-annotator.driver', `node "${cli}" merge-sidecar %O %A %B`);
    writeFileSync(join(dir, '.gitattributes'), '*.annotations.json merge=policy-annotator\n');
    writeFileSync(join(dir, 'doc.txt'), text);
    const side = join(dir, 'doc.txt.annotations.json');
    const base = ann('加大资金投入', 'a-1', '甲');
    writeFileSync(side, serializeSidecar(file(base)));
    git('add', '.');
    git('commit', '-qm', 'base');
    git('checkout', '-qb', 'coder-b');
    writeFileSync(side, serializeSidecar(file(base, ann('开展职业技能培训', 'b-1', '乙', t1), ann('免征企业所得税', 'b-2', '乙', t1))));
    git('commit', '-qam', 'b codes');
    git('checkout', '-q', 'main');
    writeFileSync(side, serializeSidecar(file(updateAnnotation(base, { note: '甲的批注' }, t2), ann('加强人才培养', 'a-2', '甲', t2))));
    git('commit', '-qam', 'a codes');
    git('merge', '-q', '--no-edit', 'coder-b');
    const merged = readFileSync(side, 'utf8');
    assert.doesNotMatch(merged, /^(<<<<<<<|=======|>>>>>>>)/m);
    const parsed = parseSidecar(merged);
    assert.ok(parsed.ok, merged);
    assert.deepEqual(parsed.file.annotations.map((x) => x.id).sort(), ['a-1', 'a-2', 'b-1', 'b-2']);
    assert.equal(parsed.file.annotations.find((x) => x.id === 'a-1')?.note, '甲的批注');
  });
});
