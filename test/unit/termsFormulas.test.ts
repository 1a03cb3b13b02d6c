import * as assert from 'node:assert/strict';
import { findFormulas } from '../../src/core/glossary/formulas';
import { readFixture } from './helpers';

const terms = (text: string): string[] => findFormulas(text).map((f) => f.term);

describe('numbered formulas (findFormulas)', () => {
  it('finds formulas with and without quotation marks', () => {
    assert.deepEqual(terms('增强“四个意识”、坚定“四个自信”、做到“两个维护”'), ['四个意识', '四个自信', '两个维护']);
    assert.deepEqual(terms('深刻领悟两个确立的决定性意义，坚持四个面向'), ['两个确立', '四个面向']);
    assert.deepEqual(terms('统筹推进五位一体总体布局，做好六稳六保工作'), ['五位一体', '六稳六保']);
    assert.deepEqual(terms('打好三大攻坚战，落实三重一大制度，开展两学一做学习教育'), ['三大攻坚战', '三重一大', '两学一做']);
    assert.deepEqual(terms('构建四梁八柱，坚持五个必由之路'), ['四梁八柱', '五个必由之路']);
    assert.deepEqual(terms('牢记“三个务必”'), ['三个务必']);
    assert.deepEqual(terms('“三城一区”主平台'), ['三城一区']);
    assert.deepEqual(terms('三城一区主平台'), ['三城一区']);
    assert.deepEqual(terms('重点解决“两不愁三保障”问题'), ['两不愁三保障']);
    assert.deepEqual(terms('推行“双随机、一公开”监管'), ['双随机、一公开']);
    assert.deepEqual(terms('“十四五”规划'), ['十四五']);
    assert.deepEqual(terms('因地制宜推行一城一策'), ['一城一策']);
  });

  it('the span is the quoted content; a line break inside is tolerated', () => {
    const text = '聚焦“三区\n三州”等地区';
    const [f] = findFormulas(text);
    assert.deepEqual([f.start, f.end, f.text, f.term], [3, 8, '三区\n三州', '三区三州']);
  });

  it('counts, dates, ordinals, idioms and slogans are not formulas', () => {
    for (const t of [
      '从一个月以上压缩到目前的平均4个工作日以内',
      '我国是一个发展中大国，一个国家的发展',
      '从两个方面加以说明',
      '已培育形成新一代信息技术、科技服务两个万亿级产业集群，医药健康等五个千亿级产业集群',
      '十年增加近70万亿元，五年年均增长5.2%',
      '一是夯实基础，二是赋能全局',
      '实现第一个百年奋斗目标，开启向第二个百年奋斗目标进军新征程',
      '推进长三角一体化发展',
      '一心一意谋发展，四面八方来支援，三年五载见成效，一五一十讲清楚',
      '肯下“十年磨一剑”的苦功夫，激活“一池清水”',
      '完善“一张图”，推进“一网通办”，防止“一刀切”',
      '科技创新、制度创新要协同发挥作用，两个轮子一起转',
      '完成国企改革三年行动任务',
    ]) {
      assert.deepEqual(terms(t), [], t);
    }
  });

  // Expectations written by reading each document (every numbered formula it contains).
  const expected: Record<string, string[]> = {
    '000_b29511bdb28f9b3d.txt': ['双一流', '三城一区', '四个面向', '双一流', '两区', '一带一路', '一带一路'],
    'government-work-report-2023.txt': [
      '十四五', '两个确立', '四个意识', '四个自信', '两个维护', '一带一路', '六稳', '六保', '三区三州', '两不愁三保障',
      '四个不摘', '双随机、一公开', '两个毫不动摇', '一带一路', '八项规定', '四风', '三公', '一带一路', '两个大局', '三保',
      '十四五', '两个毫不动摇', '双拥', '一国两制', '九二共识', '五项原则',
    ],
    'state-council-digital-government-opinion-2022.txt': ['十四五', '双随机、一公开', '一业一证', '一数一源一标准'],
    'digital-china-development-report-2022.txt': [
      '双千兆', '双随机、一公开', '三大规则', '六稳', '六保', '百城千屏', '三个课堂', '一师一优课、一课一名师', '双创',
      '双千兆', '双枢纽', '双区',
    ],
  };
  for (const [name, want] of Object.entries(expected)) {
    it(`fixture ${name}: exactly the formulas a reader finds`, () => {
      const text = readFixture(name);
      const got = findFormulas(text);
      assert.deepEqual(got.map((f) => f.term), want);
      for (const f of got) assert.equal(f.text, text.slice(f.start, f.end));
    });
  }

  it('is linear on long inputs (numerals and quotes everywhere)', () => {
    const text = '“一二三四五六七八九十'.repeat(50_000) + '“三城一区”';
    assert.deepEqual(terms(text), ['三城一区']);
  });
});
