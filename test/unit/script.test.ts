import * as assert from 'node:assert/strict';
import { isMostlyChinese } from '../../src/core/script';

/* Which plain-text documents open in the reading language: text → mostly Chinese? */
const CASES: [string, boolean][] = [
  ['国务院关于印发“十四五”数字经济发展规划的通知。各省、自治区、直辖市人民政府：', true],
  ['政府工作报告\n——2023年3月5日在第十四届全国人民代表大会第一次会议上\n国务院总理 李克强', true],
  ['2022年国内生产总值达到121万亿元，增长3%；城镇新增就业1206万人，年末城镇调查失业率为5.5%。', true],
  ['各位代表：\n\n过去一年，我国发展很不平凡。我们迎难而上，全面贯彻党的二十大精神。(Translation follows.)', true],
  ['The State Council issued the plan on digital economy development for the 14th Five-Year Plan period.', false],
  ['README\n=====\nnpm install && npm start opens VS Code with the extension. 中文界面', false],
  ['2023-03-05 12:00:00 INFO server started on port 8080 (pid 4242)', false],
  ['你好', false], // too short to judge
  ['', false],
  ['    \n\n   ', false],
  ['{"annotations": [{"note": "核对统计公报", "tag": "待核实", "link": null, "id": "a1"}]}', false],
];

describe('isMostlyChinese', () => {
  for (const [text, expected] of CASES) {
    it(`${expected ? 'reads' : 'leaves'} ${JSON.stringify(text.slice(0, 30))}`, () => assert.equal(isMostlyChinese(text), expected));
  }
  it('looks only at the beginning', () => {
    assert.equal(isMostlyChinese('中'.repeat(5000) + 'x'.repeat(100000)), true);
    assert.equal(isMostlyChinese('x'.repeat(5000) + '中'.repeat(100000)), false);
  });
});
