/**
 * Heading detection on passages of the kinds found in real Chinese policy documents beyond the
 * four fixtures: government work reports, State Council and ministry opinions, regulations,
 * provincial documents, newspaper pages with titles, bylines and datelines. Expectations were
 * worked out by reading each passage (what a reader would put in the outline), not copied from
 * the detector. Each row is the full outline of the passage: [text, level] in order.
 */
import * as assert from 'node:assert/strict';
import { detectHeadings } from '../../src/core/headings';

interface Case {
  name: string;
  text: string;
  expect: Array<[string, number]>;
}

const lines = (...ls: string[]): string => ls.join('\n');
const paragraphs = (...ps: string[]): string => ps.join('\n\n');

const NUMBERED: Case[] = [
  {
    name: 'government work report: title, subtitle, byline, 各位代表：, 一、 and run-in （一）',
    text: paragraphs(
      '政府工作报告',
      '——2024年3月5日在第十四届全国人民代表大会第二次会议上',
      '国务院总理　李强',
      '各位代表：',
      '现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。',
      '一、2023年工作回顾',
      '过去一年是全面贯彻党的二十大精神的开局之年，是三年新冠疫情防控转段后经济恢复发展的一年。',
      '二、2024年经济社会发展总体要求和政策取向',
      '三、2024年政府工作任务',
      '（一）大力推进现代化产业体系建设，加快发展新质生产力。充分发挥创新主导作用，以科技创新推动产业创新。',
      '（二）深入实施科教兴国战略，强化高质量发展的基础支撑。',
    ),
    expect: [
      ['政府工作报告', 1],
      ['一、2023年工作回顾', 1],
      ['二、2024年经济社会发展总体要求和政策取向', 1],
      ['三、2024年政府工作任务', 1],
      ['（一）大力推进现代化产业体系建设，加快发展新质生产力。', 2],
      ['（二）深入实施科教兴国战略，强化高质量发展的基础支撑。', 2],
    ],
  },
  {
    name: 'opinion indented with 　　, no blank lines, levels 1 to 4',
    text: lines(
      '　　一、总体要求',
      '　　（一）指导思想。以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神。',
      '　　（二）主要目标。到2025年，政府数字化履职能力显著增强。',
      '　　二、重点任务',
      '　　1.加强组织领导。各地区各部门要把数字政府建设摆在重要位置。',
      '　　（1）完善工作机制。',
      '　　（2）强化考核评估。',
    ),
    expect: [
      ['一、总体要求', 1],
      ['（一）指导思想。', 2],
      ['（二）主要目标。', 2],
      ['二、重点任务', 1],
      ['1.加强组织领导。', 3],
      ['（1）完善工作机制。', 4],
      ['（2）强化考核评估。', 4],
    ],
  },
  {
    name: 'the same opinion with CRLF line endings',
    text: '　　一、总体要求\r\n　　（一）指导思想。以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神。\r\n　　二、重点任务\r\n',
    expect: [
      ['一、总体要求', 1],
      ['（一）指导思想。', 2],
      ['二、重点任务', 1],
    ],
  },
  {
    name: 'regulation: 第一章 / 第一节 / 第一条, indented',
    text: lines(
      '　　第一章　总　　则',
      '　　第一条　为了规范政务数据共享，提升政府治理能力，根据有关法律、行政法规，制定本条例。',
      '　　第二条　本条例适用于政务部门之间的数据共享。',
      '　　第二章　数据目录',
      '　　第一节　目录编制',
      `　　第十二条　${'政务部门应当按照国家有关规定编制政务数据目录，'.repeat(3)}并及时更新。`,
    ),
    expect: [
      ['第一章　总　　则', 1],
      ['第一条　为了规范政务数据共享，提升政府治理能力，根据有关法律、行政法规，制定本条例。', 3],
      ['第二条　本条例适用于政务部门之间的数据共享。', 3],
      ['第二章　数据目录', 1],
      ['第一节　目录编制', 2],
      ['第十二条', 3],
    ],
  },
  {
    name: '一是…二是… are not headings',
    text: lines(
      '　　一是加大宏观政策调控力度。二是着力扩大国内需求。',
      '　　一要坚持稳中求进。',
      '　　第一，要坚持党的全面领导。',
      '　　首先，要提高认识。',
    ),
    expect: [],
  },
  {
    name: 'a numbered line that is one long sentence is a list item, not a heading',
    text: lines(
      '　　（一）坚持和加强党的全面领导，坚持以人民为中心的发展思想，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展。',
      '　　3.到2025年，全国一体化政务大数据体系初步形成，政务数据共享需求普遍满足，数据资源有序流通，数据要素价值充分释放。',
    ),
    expect: [],
  },
  {
    name: 'numbers and enumerations inside sentences are not markers',
    text: lines('　　一、二线城市房价总体平稳。', '　　三、四季度经济持续恢复。', '　　5.2%的增速来之不易。', '　　2023年，国内生产总值超过126万亿元。'),
    expect: [],
  },
  {
    name: 'numbered headings with full-width digits and 、',
    text: lines('　　一、工作目标', '　　１．加快数字基础设施建设', '　　２、提升公共服务水平'),
    expect: [
      ['一、工作目标', 1],
      ['１．加快数字基础设施建设', 3],
      ['２、提升公共服务水平', 3],
    ],
  },
  {
    name: 'the last item of a list ending with 。 is a list item like its siblings ending with ；',
    text: lines(
      '　　第十条　有下列情形之一的，不予登记：',
      '　　（一）申请材料不齐全的；',
      '　　（二）不符合法定条件的；',
      '　　（三）法律、行政法规规定的其他情形。',
      '　　主要目标是：',
      '　　1.数字基础设施更加完善；',
      '　　2.数字经济核心产业增加值占比提高。',
    ),
    expect: [['第十条　有下列情形之一的，不予登记：', 1]],
  },
  {
    name: 'table of contents lines with leaders are not headings',
    text: lines('目　录', '一、总体要求……………………………………1', '（一）指导思想………………………………1', '二、重点任务·····························5', '', '一、总体要求', '（一）指导思想'),
    expect: [
      ['一、总体要求', 1],
      ['（一）指导思想', 2],
    ],
  },
  {
    name: 'a question as a numbered heading',
    text: lines('　　一、什么是新质生产力？', '　　新质生产力是创新起主导作用的先进生产力质态。'),
    expect: [['一、什么是新质生产力？', 1]],
  },
  {
    name: 'a hard-wrapped line starting with a reference to an article or chapter is not a heading',
    text: lines('依照本条例', '第二十条的规定处罚。', '第三章规定的情形除外。', '第五条第二款所列情形，适用本办法。'),
    expect: [],
  },
];

const PAGES: Case[] = [
  {
    name: 'newspaper page: kicker, title, subtitle, byline, date, lead box, section titles',
    text: paragraphs(
      '（新时代新征程新伟业）',
      '因地制宜发展新质生产力',
      '——访全国政协委员、中国科学院院士王某某',
      '本报记者　刘某某',
      '2024年3月8日　星期五',
      '核心阅读',
      '发展新质生产力，关键在于科技创新。',
      '把握好科技创新这个核心要素',
      '科技创新能够催生新产业、新模式、新动能，是发展新质生产力的核心要素。',
      '以科技创新引领产业创新',
      '要及时将科技创新成果应用到具体产业和产业链上。',
    ),
    expect: [
      ['因地制宜发展新质生产力', 1],
      ['核心阅读', 2],
      ['把握好科技创新这个核心要素', 2],
      ['以科技创新引领产业创新', 2],
    ],
  },
  {
    name: 'theory page: two articles, each with a title and an author line',
    text: paragraphs(
      '深刻把握中国式现代化的本质要求',
      '中共中央党校（国家行政学院）　张某某',
      '中国式现代化是中国共产党领导的社会主义现代化。',
      '（作者为中央党校教授）',
      '以高质量发展推进中国式现代化',
      '李某',
      '高质量发展是全面建设社会主义现代化国家的首要任务。',
    ),
    expect: [
      ['深刻把握中国式现代化的本质要求', 1],
      ['以高质量发展推进中国式现代化', 1],
    ],
  },
  {
    name: 'commentary: title, 本报评论员 byline',
    text: paragraphs('以钉钉子精神抓好改革落实', '本报评论员', '改革重在落实，也难在落实。'),
    expect: [['以钉钉子精神抓好改革落实', 1]],
  },
  {
    name: 'news report: dateline paragraphs, bylines and dates are not headings',
    text: paragraphs(
      '中央经济工作会议在北京举行',
      '新华社北京12月12日电',
      '新华社记者　王某　李某',
      '中央经济工作会议12月11日至12日在北京举行。',
      '本报记者　张三',
      '2023年12月13日',
    ),
    expect: [['中央经济工作会议在北京举行', 1]],
  },
  {
    name: 'source line of a web page is not a heading',
    text: paragraphs('坚定不移走中国特色社会主义政治发展道路', '《 人民日报 》（ 2024年03月08日   第 09 版）', '正文第一段，论述了道理。'),
    expect: [['坚定不移走中国特色社会主义政治发展道路', 1]],
  },
  {
    name: 'official document: title, document number, 主送, signature and date',
    text: paragraphs(
      '国务院关于加强数字政府建设的指导意见',
      '国发〔2022〕14号',
      '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
      '加强数字政府建设是适应新一轮科技革命和产业变革趋势的必然要求。现就加强数字政府建设提出如下意见。',
      '一、发展形势',
      '党的十八大以来，党中央、国务院从推进国家治理体系和治理能力现代化全局出发。',
      '国务院',
      '2022年6月6日',
      '（此件公开发布）',
    ),
    expect: [
      ['国务院关于加强数字政府建设的指导意见', 1],
      ['一、发展形势', 1],
    ],
  },
  {
    name: 'provincial document: two issuing offices as signature',
    text: paragraphs(
      '一、总体要求',
      '各地要认真贯彻落实。',
      '中共浙江省委办公厅　浙江省人民政府办公厅',
      '2023年2月10日',
    ),
    expect: [['一、总体要求', 1]],
  },
  {
    name: '结束语 and 附件 lines',
    text: paragraphs(
      '一、总体要求',
      '坚持稳中求进工作总基调。',
      '结束语',
      '让我们更加紧密地团结在党中央周围，为全面建设社会主义现代化国家而团结奋斗！',
      '附件',
      '重点任务分工方案',
      '一、加快建设数字基础设施',
    ),
    expect: [
      ['一、总体要求', 1],
      ['结束语', 1],
      ['附件', 1],
      ['重点任务分工方案', 1],
      ['一、加快建设数字基础设施', 1],
    ],
  },
  {
    name: 'indented 附件1 and 结 束 语 without blank lines',
    text: lines('　　各地要抓好落实。', '　　结 束 语', '　　让我们团结奋斗。', '　　附件1', '　　附件2：重点任务分工表'),
    expect: [
      ['结 束 语', 1],
      ['附件1', 1],
    ],
  },
  {
    name: 'a short line ending a paragraph without punctuation (layout fragment) is not a title',
    text: paragraphs('要坚定不移走中国式现代化道路，坚持以人民为中心的发展思想，推动', '高质量发展', '这是下一段。'),
    expect: [],
  },
  {
    name: 'Party congress report: 同志们, 一、 headings and a closing exhortation',
    text: paragraphs(
      '高举中国特色社会主义伟大旗帜　为全面建设社会主义现代化国家而团结奋斗',
      '——在中国共产党第二十次全国代表大会上的报告',
      '（2022年10月16日）',
      '习近平',
      '同志们：',
      '现在，我代表第十九届中央委员会向大会作报告。',
      '一、过去五年的工作和新时代十年的伟大变革',
      '十九大以来的五年，是极不寻常、极不平凡的五年。',
      '同志们！',
      '党用伟大奋斗创造了百年伟业，也一定能用新的伟大奋斗创造新的伟业。',
    ),
    expect: [
      ['高举中国特色社会主义伟大旗帜　为全面建设社会主义现代化国家而团结奋斗', 1],
      ['一、过去五年的工作和新时代十年的伟大变革', 1],
    ],
  },
  {
    name: 'photo credits and editor lines are not titles',
    text: paragraphs(
      '正文第一段，介绍会议情况。',
      '新华社记者　李学仁　摄',
      '正文第二段，继续介绍。',
      '本报记者　王某某摄',
      '责任编辑：张某',
    ),
    expect: [],
  },
];

describe('detectHeadings on passages beyond the fixtures', () => {
  for (const [group, cases] of [
    ['numbered headings', NUMBERED],
    ['titles, bylines and document furniture', PAGES],
  ] as const) {
    describe(group, () => {
      for (const c of cases) {
        it(c.name, () => {
          const hs = detectHeadings(c.text);
          for (const h of hs) assert.equal(h.text, c.text.slice(h.start, h.end));
          assert.deepEqual(
            hs.map((h) => [h.text, h.level]),
            c.expect,
            c.text,
          );
        });
      }
    });
  }
});
