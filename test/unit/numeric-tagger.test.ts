/**
 * Claim subjects refined with nodejieba's part-of-speech tags (the CLI and the editor's worker pass
 * the tagger): leading times, pronouns, function words and clear place names go; words jieba
 * mis-tags as places (城镇, 新建) or adverbs (自然) stay.
 */
import * as assert from 'node:assert/strict';
import { detectNumericClaims } from '../../src/core/numeric';
import { loadJieba } from '../../src/node/jieba';

describe('numeric claim subjects with the jieba tagger', function () {
  this.timeout(30000);
  const jieba = loadJieba();

  const cases: [string, string, string][] = [
    ['2022年，北京在校研究生为43.5万人。', '43.5万人', '在校研究生'],
    ['城镇新增就业1206万人。', '1206万人', '城镇新增就业'],
    ['城镇调查失业率5.5%左右。', '5.5%左右', '城镇调查失业率'],
    ['全国新建高标准农田4.56亿亩。', '4.56亿亩', '新建高标准农田'],
    ['多年来取消和下放行政许可事项1000多项。', '1000多项', '取消和下放行政许可事项'],
    ['各级各类自然保护地9000多处。', '9000多处', '自然保护地'],
    ['去年底企业数量超过5200万户。', '超过5200万户', '企业数量'],
  ];

  for (const [sentence, text, subject] of cases) {
    it(`${sentence} → ${subject}`, () => {
      assert.ok(jieba, 'nodejieba loads');
      const claim = detectNumericClaims(sentence, { tagger: jieba.tag }).find((c) => c.text === text);
      assert.ok(claim, `claim ${text} in ${JSON.stringify(detectNumericClaims(sentence).map((c) => c.text))}`);
      assert.equal(claim.subject, subject);
    });
  }

  it('changes only subjects, never values, units or qualifiers', () => {
    const text = '全年国内生产总值增长3%，城镇新增就业1206万人，粮食产量1.37万亿斤，增产74亿斤。';
    const plain = detectNumericClaims(text);
    const tagged = detectNumericClaims(text, { tagger: jieba!.tag });
    assert.deepEqual(
      tagged.map((c) => ({ ...c, subject: null })),
      plain.map((c) => ({ ...c, subject: null })),
    );
  });
});
