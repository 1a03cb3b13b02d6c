import * as assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { splitUnits } from '../../src/core/coding/units';
import { fixturePath, readFixture } from './helpers';

const ids = (text: string, doc = 3) => splitUnits(text, { docNumber: doc }).map((u) => u.id);

describe('units of analysis', () => {
  it('a 条 is one unit with its 款 and 项; ids are document-chapter-clause', () => {
    const text = '第一章　总则\n第一条　为了规范管理，制定本条例。\n第二条　本条例所称代理，是指接受委托的行为。\n代理机构应当依法执业。\n第二章　机构\n第三条　设立机构应当具备下列条件：\n（一）有名称；\n（二）有场所。\n第四条　机构应当备案。\n';
    const units = splitUnits(text, { docNumber: 3 });
    assert.deepEqual(units.map((u) => u.id), ['3-1-1', '3-1-2', '3-2-1', '3-2-2']);
    assert.equal(units[1].text, '第二条　本条例所称代理，是指接受委托的行为。\n代理机构应当依法执业。');
    assert.ok(units[2].text.endsWith('（二）有场所。'));
    assert.equal(units[3].label, '第二章 第四条');
    for (const u of units) assert.equal(text.slice(u.start, u.end), u.text);
  });

  it('a heading alone on its line is structure; the paragraphs under it are units', () => {
    const text = '关于推进某项工作的意见\n国发〔2024〕1号\n为推进工作，现提出如下意见。\n一、总体要求\n（一）指导思想。坚持稳中求进。\n（二）基本原则。\n坚持问题导向。\n坚持系统观念。\n二、重点任务\n（三）加大投入。安排专项资金。\n';
    const units = splitUnits(text, { docNumber: 2 });
    assert.deepEqual(units.map((u) => [u.id, u.level]), [['2-0-1', 0], ['2-0-2', 0], ['2-0-3', 0], ['2-1-1', 2], ['2-1-2-1', 3], ['2-1-2-2', 3], ['2-2-1', 2]]);
    assert.equal(units[4].text, '坚持问题导向。');
  });

  it('free paragraphs before the first sub-heading do not collide with the sub-headings', () => {
    const text = '一、回顾\n过去一年成绩很大。\n第二段内容也很多。\n（一）稳定经济。我们做了很多工作。\n（二）保障民生。就业稳定。\n';
    assert.deepEqual(ids(text, 1), ['1-1-0-1', '1-1-0-2', '1-1-1', '1-1-2']);
  });

  it('an unstructured text is split into sentences; long clauses too', () => {
    const text = '这是第一句。这是第二句！这是第三句？\n\n另一段落；有分号。\n';
    assert.deepEqual(ids(text, 1), ['1-1.1', '1-1.2', '1-1.3', '1-2.1', '1-2.2']);
    const long = '（一）长条款。' + '这是一个很长的句子，用来测试拆分。'.repeat(30) + '\n';
    const units = splitUnits('一、标题\n' + long, { docNumber: 1, maxUnitChars: 100 });
    assert.ok(units.length > 10);
    assert.ok(units.every((u) => /^1-1-1\.\d+$/.test(u.id)));
  });

  it('lines broken inside a sentence (PDF) are joined into one unit', () => {
    const text = '一、总体要求\n（一）加快推进数字政府建设，全面提升政府履职的数字化、智能化\n水平，更好服务经济社会发展。\n（二）强化安全。保障数据安全。\n';
    const units = splitUnits(text);
    assert.equal(units.length, 2);
    assert.ok(units[0].text.includes('智能化\n水平'));
  });

  it('ids do not change when an unrelated section is edited', () => {
    const a = '一、甲\n（一）第一项。内容。\n（二）第二项。内容。\n二、乙\n（三）第三项。内容。\n（四）第四项。内容。\n';
    const b = a.replace('（一）第一项。内容。', '（一）第一项。内容改写了很多很多，增加了新的句子。\n补充一段说明文字。');
    const before = splitUnits(a).filter((u) => u.text.includes('第四项'))[0];
    const after = splitUnits(b).filter((u) => u.text.includes('第四项'))[0];
    assert.equal(before.id, after.id);
    assert.equal(after.text, before.text);
  });

  it('every fixture: ids unique, spans exact and in order, never a crash', () => {
    const names = ['000_b29511bdb28f9b3d.txt', 'government-work-report-2023.txt', 'digital-china-development-report-2022.txt', 'state-council-digital-government-opinion-2022.txt', ...readdirSync(fixturePath('extra')).filter((f) => f.endsWith('.txt')).map((f) => `extra/${f}`)];
    for (const name of names) {
      const text = readFixture(name);
      const units = splitUnits(text);
      assert.ok(units.length > 0, name);
      assert.equal(new Set(units.map((u) => u.id)).size, units.length, `${name}: unique ids`);
      let last = -1;
      for (const u of units) {
        assert.equal(text.slice(u.start, u.end), u.text);
        assert.ok(u.start >= last, `${name}: in order`);
        last = u.end;
      }
    }
  });

  it('the patent regulations: 第X条 units under their chapters', () => {
    const units = splitUnits(readFixture('extra/state-council-order-706-patent-agency-regulations.txt'));
    const art3 = units.find((u) => u.text.startsWith('第三条'));
    assert.equal(art3?.id, '1-1-3');
    assert.ok(art3?.text.includes('专利代理机构应当按照委托人的委托办理专利事务。'), 'the second 款 belongs to 第三条');
    assert.equal(units.find((u) => u.text.startsWith('第七条'))?.id, '1-2-1');
  });

  it('messy input never crashes', () => {
    for (const t of ['', '\n\n', '一、', '（一）', '第一条', '“未闭合的引号\n一、\n（一）', 'a'.repeat(10000), '。'.repeat(500)]) splitUnits(t);
  });
});
