/**
 * Wrong speakers (precision): classes of sentences where the rules used to name the wrong person or a
 * word that is no person. A wrong speaker is worse than none, so the negatives expect null; the
 * positives next to them must keep working. Every sentence is written for these tests (names and
 * wording invented).
 *
 * Each row: [passage, start of the quoted words, expected speaker].
 */
import * as assert from 'node:assert/strict';
import { detectQuotations } from '../../src/core/quotations';

type Row = [text: string, words: string, speaker: string | null];

function check(rows: Row[]): void {
  for (const [text, words, speaker] of rows) {
    it(`${text.slice(0, 40)} → ${speaker ?? 'null'}`, () => {
      const q = detectQuotations(text).find((x) => x.text.slice(1).startsWith(words));
      assert.ok(q !== undefined, `no quotation starting ${words}`);
      assert.equal(q.speaker, speaker);
    });
  }
}

describe('wrong speakers: 他/她 when the one person named before is acted on, owned, or not alone', () => {
  check([
    // Negatives: the person found is the object of a verb, or the owner of the one who came.
    ['副市长蒋立群在车站迎接总统贝尔纳。他说：“欢迎各位来到这里。”', '欢迎各位', null],
    ['会后，秘书长潘志远向何秋生汇报了进展，梁文涛也在场。他说：“工作进展顺利。”', '工作进展', null],
    ['邹明辉的助手走进办公室。他说：“会议改到下午了。”', '会议改到', null],
    ['记者在村口采访了村主任龚德林。他说：“今年的收成不错。”', '今年的收成', '主任龚德林'],
    ['厂长屈文华陪同部长詹立新参观车间。他说：“这条生产线是新的。”', '这条生产线', null],
    ['上午，柯伟民拜访了老同学，祝海涛也来了。她说：“好久不见。”', '好久不见', null],
    // Positives: one person, the subject; the pronoun is that person.
    ['村支书龚德林在田里查看庄稼。他说：“今年的收成不错。”', '今年的收成', '村支书龚德林'],
    ['厂长屈文华走进车间，看了看新装的机器。他说：“这条生产线是新的。”', '这条生产线', '厂长屈文华'],
    ['店主邹明辉放下手里的文件。他说：“会议改到下午了。”', '会议改到', '店主邹明辉'],
  ]);
});

describe('wrong speakers: a topic opening the sentence after the words is no speaker', () => {
  check([
    // Negatives: the noun after 的 in 谈起…的X， (成果, 前景, 方案) starts with a surname character; the person is not a listed name.
    ['“双方谈得很坦诚。”谈起会谈的成果，伊万诺娃当天告诉记者。', '双方谈得', null],
    ['“明年会更好。”说起行业的前景，卡洛斯笑着点头。', '明年会更好', null],
    ['“这件事还要再议。”提到新的方案，欧文当天回应记者。', '这件事', null],
    ['“大家都很满意。”谈到会议的成效，萨宾娜再次告诉记者。', '大家都很', null],
    ['“价格还会涨。”针对项目的成本，阿尔瓦罗当天回应记者。', '价格还会', null],
    // Positives: the person named after the topic, by post and name, still speaks.
    ['“双方谈得很坦诚。”谈起会谈的成果，外交部长贺建峰当天告诉记者。', '双方谈得', '外交部长贺建峰'],
    ['“明年会更好。”说起行业的前景，董事长欧阳明笑着点头。', '明年会更好', '董事长欧阳明'],
  ]);
});

describe('wrong speakers: a cue that is the end of another word (提问, 声称, 报道)', () => {
  check([
    // Negatives: 听到提（问） / 听到这个名（称） / 读完这部小（说）: no subject before the cue.
    ['“您明年还会来吗？”听到提问，他笑着点了点头。', '您明年还会', null],
    ['“这台机器还能用吗？”面对发问，老人想了一会儿。', '这台机器', null],
    ['“能不能再便宜些？”听到询问，摊主没有回答。', '能不能再', null],
    ['“这条路要修多久？”面对疑问，施工方沉默了。', '这条路要', null],
    ['“今年粮价怎么样？”见到访问，老汉愣了一下。', '今年粮价', null],
    // Positives: a subject, then the verb of asking or saying.
    ['“您明年还会来吗？”记者问。', '您明年还会', '记者'],
    ['“这台机器还能用吗？”厂长严海洋问。', '这台机器', '厂长严海洋'],
    ['“今年粮价很稳。”农户祁永军说。', '今年粮价', '农户祁永军'],
  ]);
});

describe('wrong speakers: a bare name cut out of a post (工程师 → 程师)', () => {
  check([
    // Negatives: 程师 after the 工 of 工程师 is no name.
    ['“进度比预期快。”在工地值班的总工程师表示。', '进度比预期', null],
    ['“这款零件还要改。”在工厂上班的工程师透露。', '这款零件', null],
    ['“线路已经接好。”在现场指挥的工程师指出。', '线路已经', null],
    ['“样品明天出来。”在实验室加班的工程师说。', '样品明天', null],
    ['“桥墩很稳。”在桥下检查的高级工程师强调。', '桥墩很稳', null],
    // Positives: the post and the name, or a bare name of surname 程.
    ['“进度比预期快。”工程师肖永平表示。', '进度比预期', '工程师肖永平'],
    ['“系统今晚升级。”程海波表示。', '系统今晚', '程海波'],
    // (the one described, as the rules before read it: no fragment)
    ['“系统今晚升级。”负责调试的工程师强调。', '系统今晚', '负责调试的工程师'],
  ]);
});

describe('wrong speakers: a place or a body whose first character is a surname', () => {
  check([
    // Negatives: 唐宁街 / 黄鹤楼 / 白宫 / 张家界 / 常州市 before 当天/再次 + a verb of saying.
    ['“政策很快落地。”谈起新规，唐宁街当天回应记者。', '政策很快', null],
    ['“门票不会涨价。”谈起旺季，黄鹤楼再次告诉记者。', '门票不会', null],
    ['“排队的人很多。”谈起参观，白宫当天告诉记者。', '排队的人', null],
    ['“今年游客很多。”谈起旺季，张家界再次告诉记者。', '今年游客', null],
    ['“项目年底开工。”谈起规划，常州市当天回应记者。', '项目年底', null],
    // Positives: a bare name before the same words.
    ['“今年收成不错。”谈起秋收，庞志刚再次告诉记者。', '今年收成', '庞志刚'],
    ['“生意还行。”谈起年货，严海涛当天告诉记者。', '生意还行', '严海涛'],
  ]);
});

describe('wrong speakers: two people saying it together (…和…都表示)', () => {
  check([
    // Negatives: the first of two joined people is not the speaker alone.
    ['“今年要加快进度。”局长蒲建业和主任谭振华都表示。', '今年要加快', null],
    ['“明年继续合作。”董事长冉立新与总经理米海峰一起表示。', '明年继续', null],
    ['“方案还要细化。”处长褚文斌和副处长滕明远分别指出。', '方案还要', null],
    ['“这条路必须修。”村支书卜国强和村主任臧永福都说。', '这条路必须', null],
    ['“数据可靠。”教授宫立平同研究员苗兴华共同强调。', '数据可靠', null],
    // Positives: one person, or a body whose name holds 和.
    ['“今年要加快进度。”局长蒲建业表示。', '今年要加快', '局长蒲建业'],
    ['“明年继续合作。”董事长冉立新也表示。', '明年继续', '董事长冉立新'],
  ]);
});

describe('wrong speakers: a given name written doubled is not a doubled verb (欧阳娜娜 → 欧阳)', () => {
  check([
    // Negatives of the old rule (it cut the name to 欧阳 / 司马): the whole name is the speaker.
    ['“我们会继续努力。”欧阳娜娜表示。', '我们会继续', '欧阳娜娜'],
    ['“比赛很艰难。”司马婷婷说。', '比赛很艰难', '司马婷婷'],
    ['“我准备好了。”上官晶晶表示。', '我准备好了', '上官晶晶'],
    ['“这次考得不错。”欧阳琳琳表示。', '这次考得', '欧阳琳琳'],
    ['“店里生意很好。”诸葛菲菲说。', '店里生意', '诸葛菲菲'],
    // Positives: a doubled verb after a name is still cut off.
    ['“我先说两句。”邹海摆了摆手说。', '我先说两句', '邹海'],
    ['“不着急。”刘明笑笑说。', '不着急', '刘明'],
  ]);
});

describe('wrong speakers: a name read through the verb after it (局长沈进带队 → 沈进带)', () => {
  check([
    // Negatives of the old reading (局长沈进带, 县长邵明带): the name ends before 带队 / 带头.
    ['局长韦正带队检查时表示：“安全第一。”', '安全第一', '局长韦正'],
    ['“路面要尽快修好。”局长韦正带队检查时表示。', '路面要尽快', '局长韦正'],
    ['县长邵明带头捐款时说：“大家量力而行。”', '大家量力', '县长邵明'],
    ['厂长祁峰带队巡查时强调：“隐患必须清零。”', '隐患必须', '厂长祁峰'],
    ['站长谷明带头示范时说：“动作要慢。”', '动作要慢', '站长谷明'],
    // Positives: three-character names, and 带着 / 带领 as before.
    ['局长韦正刚带队检查时表示：“安全第一。”', '安全第一', '局长韦正刚'],
    ['主任吕强带着材料表示：“方案已经定了。”', '方案已经', '主任吕强'],
  ]);
});
