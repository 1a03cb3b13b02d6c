/**
 * Seeded random texts over the characters the issue-11 rules look at (bounds with negations, 半/半数,
 * 每…一次, formula operators, parentheses that restate a figure, Latin units, classifications, cited
 * titles, ○ years, numbers listed before a figure, cues outside the span, list-announcing counts):
 * the detector must never throw, every claim must be the slice of the text it says it is, claims come
 * in text order without overlapping, and the values are finite. Repeatable: the seeds are fixed.
 */
import assert from 'node:assert/strict';
import { detectNumericClaims } from '../../src/core/numeric';
import { mulberry32 } from './helpers';

const PIECES = [
  '一', '两', '三', '五', '十', '百', '千', '万', '亿', '半', '数', '每', '满', '过', '超过', '不得', '不应', '低于', '超过', '不满',
  '最快', '最高', '及以上', '以上', '以下', '或以下', '（含', '（不含', '）', '(', ')', '×', '/', '÷', '*', '100%', '365', '24',
  '0.5', '1.2', '3', '12', '年', '个月', '天', '小时', '次', '类', '种', '不同的', '类型', '个', '元', '万元', '层', '米', 'km/h',
  'MPa', 'm', 'W', 'h', 'G', '5G', '期限为', '延长', '作为', '一度', '来', '内', '时间', '上半年', '年度', '，', '。', '、', '\n', ' ',
  '第', '号', '〔2019〕', '“', '”', '攻坚战', '措施', '具体', '事', '业',
  // claims3: titles, ○ years, lists sharing a unit, cues outside the span, structure words
  '《', '》', '○', 'O', '47', '4665', '和', '与', '微克/立方米', '亿千瓦时', '个百分点', '个千分点', '个基点', '天次', '分别为',
  '依次是', '等', '方面', '合计', '条款', '清单', '规定', '计算公式', '只能', '选择从', '最高', '补贴', '可延长', '至少', '需要',
  '开展', '安排', '以', '为', '控制在', '过去', '近', '百亿元级', '千亿级', '7×24', '表',
];

function randomText(next: () => number, pieces: number): string {
  let s = '';
  for (let k = 0; k < pieces; k++) s += PIECES[Math.floor(next() * PIECES.length)];
  return s;
}

describe('numeric: seeded random texts over the issue-11 vocabulary', () => {
  it('never throws; spans are slices of the text, in order, not overlapping; values finite (20,000 texts)', () => {
    const next = mulberry32(20261202);
    let claims = 0;
    for (let n = 0; n < 20_000; n++) {
      const text = randomText(next, 4 + Math.floor(next() * 20));
      const found = detectNumericClaims(text);
      let lastEnd = 0;
      for (const c of found) {
        assert.equal(c.text, text.slice(c.start, c.end), `span of ${JSON.stringify(c)} in ${JSON.stringify(text)}`);
        assert.ok(c.start >= lastEnd, `claims in order, not overlapping: ${JSON.stringify(text)}`);
        assert.ok(c.end > c.start, 'non-empty span');
        assert.ok(Number.isFinite(c.value), `finite value in ${JSON.stringify(text)}`);
        lastEnd = c.end;
      }
      claims += found.length;
    }
    assert.ok(claims > 1000, `the texts contain claims (${claims})`);
  });
});
