/**
 * Headings that PDF extraction ran onto the end of the previous paragraph
 * ("…581.34亿元。四、数字政务协同服务效能大幅提升").
 */
import * as assert from 'node:assert/strict';
import { detectHeadings } from '../../src/core/headings';
import { readFixture } from './helpers';

describe('headings glued to the end of a paragraph', () => {
  it('finds 一、 and （一） headings after the last sentence of a line', () => {
    const text = '全年首发累计融资规模581.34亿元。四、数字政务协同服务效能大幅提升\n正文继续。\n数据共享持续推进。（二）算力基础设施进入全面建设阶段\n';
    const hs = detectHeadings(text);
    assert.deepEqual(
      hs.map((h) => [h.text, h.level]),
      [
        ['四、数字政务协同服务效能大幅提升', 1],
        ['（二）算力基础设施进入全面建设阶段', 2],
      ],
    );
    for (const h of hs) assert.equal(text.slice(h.start, h.end), h.text);
  });

  it('leaves list items, long clauses and mid-line markers alone', () => {
    const cases = [
      '主要任务有三项。一、加强组织领导；二、完善制度；三、强化保障。',
      '工作要求如下。一、各地区各部门要结合实际抓好贯彻落实，确保各项任务落地见效',
      '详见附件。（一）表',
      '我们召开了会议，一、二、三季度分别增长4.5%、0.4%、3.9%。',
      '这是一段普通的正文，没有任何标题。',
    ];
    for (const t of cases) assert.deepEqual(detectHeadings(t).map((h) => h.text), [], t);
  });

  it('restores the full outline of the Digital China report (PDF extraction)', () => {
    const text = readFixture('digital-china-development-report-2022.txt');
    const hs = detectHeadings(text).map((h) => h.text);
    for (const expected of ['四、数字政务协同服务效能大幅提升', '（二）算力基础设施进入全面建设阶段', '（四）政务公开支撑践行全过程人民民主', '（七）全民数字素养与技能持续提升']) {
      assert.ok(hs.includes(expected), expected);
    }
    // Every section 一 … 十四 of the body, in order (the table of contents lists 一 to 三 first).
    const sections = hs.filter((h) => /^[一二三四五六七八九十]+、/.test(h)).slice(3).map((h) => h.split('、')[0]);
    assert.deepEqual(sections, ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四']);
  });
});
