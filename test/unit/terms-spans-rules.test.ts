import * as assert from 'node:assert/strict';
import { TermMatcher } from '../../src/core/glossary/matcher';
import { detectTerms } from '../../src/core/glossary/terms';
import { cnNumber, findMeetings, MEETING_CATEGORY } from '../../src/core/glossary/meetings';
import { findDocNumbers, issuerOf, DOC_NUMBER_CATEGORY } from '../../src/core/glossary/docNumbers';
import type { GlossaryEntry, GlossaryCategory } from '../../src/core/glossary/types';
import type { TermMatch } from '../../src/core/types';

/*
 * Helper termsfix's classes of the term detector (notes/termsfix.md), each a table of sentences written
 * by hand, positives and negatives together. A small glossary of its own (explanations are test
 * text), so the tables do not move when the data files grow.
 */
function entry(term: string, variants: string[] = [], category: GlossaryCategory = '国家安全与外交'): GlossaryEntry {
  return { term, variants, category, explanation: '用于测试的解释文字，至少十个字。', source: { text: '测试', year: 2000 } };
}
const GLOSSARY: GlossaryEntry[] = [
  entry('三个代表重要思想', ['三个代表'], '思想理论'),
  entry('共建“一带一路”', ['一带一路', '一带一路倡议']),
  entry('健康中国', [], '社会与民生'),
  entry('一国两制', []),
  entry('放管服', [], '经济与改革'),
  entry('双碳', [], '生态文明'),
  entry('乡村振兴', [], '区域与城乡'),
  entry('香港特别行政区立法会', ['立法会']),
  entry('香港中联办', ['中联办']),
  entry('澳门中联办', []),
  entry('内地与香港关于建立更紧密经贸关系的安排', ['CEPA']),
  entry('国家安全法', ['中华人民共和国国家安全法']),
  entry('澳门维护国家安全法', []),
  entry('选举法', ['全国人民代表大会和地方各级人民代表大会选举法']),
  entry('行政长官', []),
  entry('南海', []),
  entry('东海', []),
  entry('粤港澳大湾区', ['大湾区'], '区域与城乡'),
  entry('党的指导思想', ['指导思想'], '思想理论'),
  entry('基本原则', [], '思想理论'),
  entry('主要目标', [], '发展理念与战略'),
  entry('十八届三中全会', ['党的十八届三中全会'], '党的建设'),
  entry('国办发', ['国办函'], '法治与治理'),
  entry('中央纪律检查委员会', ['中央纪委'], '党的建设'),
  entry('全国人民代表大会', ['全国人大'], '法治与治理'),
];
const matcher = new TermMatcher(GLOSSARY);
const explained = (text: string): TermMatch[] => detectTerms(text, matcher).filter((t) => t.explained);
const show = (ts: TermMatch[]): string[] => ts.map((t) => `${t.text}=${t.term}`);

/** Rows: sentence -> the explained matches expected, as `text=term`, in order. */
function table(name: string, rows: [string, string[]][]): void {
  describe(name, () => {
    for (const [sentence, expected] of rows) {
      it(sentence.replace(/\n/g, '⏎'), () => assert.deepEqual(show(explained(sentence)), expected));
    }
  });
}

table('class 1: a quoted term with its generic head is one span, explained by the inner entry', [
  ['在全党兴起学习贯彻“三个代表”重要思想新高潮。', ['“三个代表”重要思想=三个代表重要思想']],
  ['“一带一路”倡议提出十年来成果丰硕。', ['“一带一路”倡议=共建“一带一路”']],
  ['今年是共建“一带一路”倡议提出十周年。', ['共建“一带一路”倡议=共建“一带一路”']],
  ['深入实施「健康中国」战略，持续深化“放管服”改革。', ['「健康中国」战略=健康中国', '“放管服”改革=放管服']],
  ['如期实现“双碳”目标，实施“乡村振兴”行动。', ['“双碳”目标=双碳', '“乡村振兴”行动=乡村振兴']],
  ['坚持"一国两制"方针不动摇。', ['"一国两制"方针=一国两制']],
  // Negatives: no head, an ordinary word, a head running on into a compound, a longer quotation.
  ['推进“一带一路”建设者培训。', ['一带一路=共建“一带一路”']],
  ['更好发挥“一国两制”制度优势。', ['一国两制=一国两制']],
  ['做好“放管服”工作，抓好“双碳”目标任务书落实。', ['放管服=放管服', '双碳=双碳']],
  ['推进“健康中国行”活动。', ['健康中国=健康中国']],
  ['实施乡村振兴战略。', ['乡村振兴=乡村振兴']],
]);

describe('class 1: the grown span keeps the inner entry and says so', () => {
  it('via head, explained, the span is the text’s own', () => {
    const [t] = explained('學習貫徹“三個代表”重要思想。');
    assert.equal(t.text, '“三個代表”重要思想');
    assert.equal(t.term, '三个代表重要思想');
    assert.equal(t.via, 'head');
  });
});

table('class 2: numbered meetings are explained terms written by a rule', [
  ['十二届六中全会通过了精神文明建设指导方针的决议。', ['十二届六中全会=十二届六中全会']],
  ['深入学习贯彻党的十九届六中全会精神。', ['党的十九届六中全会=十九届六中全会']],
  ['贯彻落实党的十八届三中、四中全会精神。', ['党的十八届三中、四中全会=十八届三中、四中全会']],
  ['二十届中央纪委三次全会对今年工作作出部署。', ['二十届中央纪委三次全会=二十届中央纪委三次全会']],
  ['中国共产党第十九届中央委员会第六次全体会议公报发布。', ['中国共产党第十九届中央委员会第六次全体会议=十九届六中全会']],
  ['十三届全国人大四次会议审议通过规划纲要。', ['十三届全国人大四次会议=十三届全国人大四次会议']],
  ['全國人大十四屆四次會議昨日開幕。', ['全國人大十四屆四次會議=十四届全国人大四次会议']],
  ['传达省委十届十次全会精神。', ['省委十届十次全会=省委十届十次全会']],
  // A plenum the glossary lists keeps its entry, grown to the whole name.
  ['中共十八届三中全会作出全面深化改革的决定。', ['中共十八届三中全会=十八届三中全会']],
  // Negatives: no term (届) or no session number, a count of meetings, an ordinary 全会.
  ['会议传达了三中全会精神。', []],
  ['第十三届运动会第四次筹备会召开。', []],
  ['本届全会共有三次会议。', []],
  ['召开十八届中央纪委。', ['中央纪委=中央纪律检查委员会']],
  ['十四届全国人大代表共两千九百余名。', ['全国人大=全国人民代表大会']],
]);

table('class 2: document numbers are explained terms written by a rule', [
  ['现将《意见》（国发〔2023〕16号）印发给你们。', ['国发〔2023〕16号=国发〔2023〕16号']],
  ['根据国办发〔2019〕5号文件要求。', ['国办发〔2019〕5号=国办发〔2019〕5号']],
  ['按照沪府规〔2024〕3号执行。', ['沪府规〔2024〕3号=沪府规〔2024〕3号']],
  ['（中发〔2009〕6号）精神。', ['中发〔2009〕6号=中发〔2009〕6号']],
  ['浙政办发[2022]59号、金政办发〔2022〕50号。', ['浙政办发[2022]59号=浙政办发〔2022〕59号', '金政办发〔2022〕50号=金政办发〔2022〕50号']],
  ['人社部发〔2021〕12号', ['人社部发〔2021〕12号=人社部发〔2021〕12号']],
  // Negatives: a year in brackets without a code, a journal issue, a code that cannot be read.
  ['见〔2023〕16号文件。', []],
  ['《求是》2023年第16号刊发文章。', []],
  ['据〔2020〕3号通知。', []],
  ['发文的政发〔2020〕3号。', []],
  ['国办发文要求加强管理。', ['国办发=国办发']],
]);

describe('class 2: what the rules write', () => {
  it('a plenum: which Central Committee, which plenum, when, and the congress that elected it', () => {
    const [m] = findMeetings('十九届六中全会');
    assert.equal(m.category, MEETING_CATEGORY);
    assert.equal(m.via, 'rule');
    assert.match(m.note ?? '', /第十九届中央委员会第六次全体会议（2021年11月）/);
    assert.match(m.note ?? '', /第十九次全国代表大会（2017年）/);
  });
  it('an NPC session: its year from the term and the session', () => {
    assert.match(findMeetings('十四届全国人大三次会议')[0].note ?? '', /第十四届全国人民代表大会第三次会议（2025年）/);
    assert.match(findMeetings('全国政协十三届二次会议')[0].note ?? '', /第十三届全国委员会第二次会议（2019年）/);
  });
  it('a document number: issuer, year and number', () => {
    const [d] = findDocNumbers('国办发〔2019〕5号');
    assert.equal(d.category, DOC_NUMBER_CATEGORY);
    assert.match(d.note ?? '', /国务院办公厅/);
    assert.match(d.note ?? '', /2019年/);
    assert.match(d.note ?? '', /5号/);
  });
  it('issuer codes read and not read', () => {
    assert.equal(issuerOf('国发'), '国务院');
    assert.equal(issuerOf('鲁政发'), '山东省人民政府');
    assert.equal(issuerOf('鲁政办发'), '山东省人民政府办公厅');
    assert.equal(issuerOf('川办发'), '四川省人民政府办公厅');
    assert.equal(issuerOf('鲁发'), '中共山东省委');
    assert.equal(issuerOf('沪发'), '中共上海市委');
    assert.equal(issuerOf('文件'), null);
    assert.equal(issuerOf('的发'), null);
  });
  it('Chinese numerals', () => {
    assert.deepEqual(['五', '十', '十八', '二十', '二十一', '九十九', '百'].map(cnNumber), [5, 10, 18, 20, 21, 99, NaN]);
  });
});

table('class 3: Macao passages do not get Hong Kong entries; a law inside a longer title is another law', [
  ['澳門特別行政區政府感謝立法會各位議員的支持。', []],
  ['澳门特区政府将法案提交立法会审议。', []],
  ['澳门中联办和特区政府共同举办活动，中联办负责人出席。', ['澳门中联办=澳门中联办', '中联办=澳门中联办']],
  ['澳門與內地簽署CEPA服務貿易協議。', []],
  ['立法會通過《修改第2/2009號法律〈維護國家安全法〉》法案。本澳居民擁護修法。', ['維護國家安全法=澳门维护国家安全法']],
  ['澳门特区完善立法会选举法和行政长官选举法。', ['行政长官=行政长官']],
  ['《澳门特别行政区维护国家安全法》于2009年生效。', ['维护国家安全法=澳门维护国家安全法']],
  ['《维护国家安全法》草案提交立法会，香港和澳门。', []],
  // Positives kept: Hong Kong passages, full names, the law's own title, texts that name no place.
  ['香港特区立法会今日三读通过条例草案。', ['立法会=香港特别行政区立法会']],
  ['香港中联办和澳门中联办负责人出席。', ['香港中联办=香港中联办', '澳门中联办=澳门中联办']],
  ['根据《中华人民共和国国家安全法》，每年4月15日为全民国家安全教育日。', ['中华人民共和国国家安全法=国家安全法']],
  ['修改《全国人民代表大会和地方各级人民代表大会选举法》。', ['全国人民代表大会和地方各级人民代表大会选举法=选举法']],
  ['立法会议员就施政报告提问。', ['立法会=香港特别行政区立法会']],
  ['完善维护国家安全法律制度，修改选举法。', ['选举法=选举法']],
  // A law that stipulates (法 + 规定) is the law; 法规 (regulations), 法律, 法人 run on.
  ['依照选举法规定，代表名额按人口分配。', ['选举法=选举法']],
  ['国家安全法规定了公民的义务。', ['国家安全法=国家安全法']],
  ['根据《国家安全法》规定，每年开展教育。', ['国家安全法=国家安全法']],
  ['选举法规定的程序和国家安全法规定的义务。', ['选举法=选举法', '国家安全法=国家安全法']],
  ['清理选举法规和国家安全法规。', []],
  ['选举法规定期清理，国家安全法规定期评估。', []],
  ['国家安全法人才培养和选举法律制度。', []],
]);

describe('class 3: the passage decides when a text names both places', () => {
  it('a Hong Kong paragraph of a text that also speaks of Macao keeps the Hong Kong entry; a Macao one drops it', () => {
    const text = '香港特区立法会今日开会，立法会主席主持。\n澳门特区立法会同日审议预算案。';
    assert.deepEqual(show(explained(text)), ['立法会=香港特别行政区立法会', '立法会=香港特别行政区立法会']);
  });
  it('a paragraph naming both places gives no explanation', () => {
    assert.deepEqual(show(explained('香港和澳门的立法会都将审议该法案。')), []);
  });
});

table('class 4: a section heading is not the doctrine', [
  ['一、指导思想\n以新时代思想为指导。', []],
  ['（一）指导思想\n坚持稳中求进。', []],
  ['1.指导思想。贯彻落实党的路线方针政策。', []],
  ['二、基本原则和主要目标\n坚持问题导向。', []],
  ['(二)主要目标：到2025年，基本建成。', []],
  ['指导思想\n坚持以人民为中心。', []],
  // Negatives: the same words inside sentences stay terms.
  ['必须坚持党的指导思想不动摇。', ['党的指导思想=党的指导思想']],
  ['一、坚持指导思想的一元化', ['指导思想=党的指导思想']],
  ['要把指导思想贯彻到各项工作中。', ['指导思想=党的指导思想']],
  ['确定主要目标和重点任务。', ['主要目标=主要目标']],
]);

table('class 5: a place term inside a longer place name or a count is not that place', [
  ['代表团走进中南海参观。', []],
  ['世界四大湾区各有特色。', []],
  ['打造世界前四大湾区之一。', []],
  ['三大湾区的面积总和不及它。', []],
  ['沿东海岸线修建公路，游客来到北海道。', []],
  ['车队沿南海路行驶。', []],
  // Positives.
  ['维护南海和平稳定。', ['南海=南海']],
  ['推进大湾区建设。', ['大湾区=粤港澳大湾区']],
  ['粤港澳大湾区是世界第四大湾区。', ['粤港澳大湾区=粤港澳大湾区']],
  ['中国东海和南海海域。', ['东海=东海', '南海=南海']],
]);
