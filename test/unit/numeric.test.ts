import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { readFixture, repoRoot } from './helpers';
import { detectNumericClaims } from '../../src/core/numeric';
import type { NumericClaim, Qualifier, Tagger } from '../../src/core/types';

interface GoldClaim {
  text: string;
  value: number;
  unit: string | null;
  qualifier: Qualifier;
  year?: number | null;
  subject?: string | null;
  magnitudeClass?: number | null;
}

function key(c: { text: string; value: number; unit: string | null; qualifier: Qualifier }): string {
  return `${c.text.replace(/\s+/g, '')}|${c.value}|${c.unit}|${c.qualifier}`;
}

/** Multiset comparison by text+value+unit+qualifier; returns precision / recall figures. */
function compare(found: NumericClaim[], gold: GoldClaim[]): { tp: number; missing: string[]; extra: string[] } {
  const remaining = new Map<string, number>();
  for (const g of gold) remaining.set(key(g), (remaining.get(key(g)) ?? 0) + 1);
  const extra: string[] = [];
  let tp = 0;
  for (const f of found) {
    const k = key(f);
    const left = remaining.get(k) ?? 0;
    if (left > 0) {
      remaining.set(k, left - 1);
      tp++;
    } else extra.push(k);
  }
  const missing: string[] = [];
  for (const [k, left] of remaining) for (let i = 0; i < left; i++) missing.push(k);
  return { tp, missing, extra };
}

function report(name: string, tp: number, found: number, gold: number): void {
  const p = found === 0 ? 1 : tp / found;
  const r = gold === 0 ? 1 : tp / gold;
  console.log(`      ${name}: ${tp}/${found} found correct, ${tp}/${gold} gold found; precision ${(p * 100).toFixed(1)}%, recall ${(r * 100).toFixed(1)}%`);
}

/** Check year/subject/magnitudeClass where the gold gives them (claims matched in order of appearance). */
function checkDetails(found: NumericClaim[], gold: GoldClaim[]): void {
  assert.equal(found.length, gold.length);
  gold.forEach((g, i) => {
    const f = found[i];
    assert.equal(key(f), key(g), `claim ${i} out of order`);
    if ('year' in g) assert.equal(f.year, g.year, `year of ${g.text}`);
    if ('subject' in g) assert.equal(f.subject, g.subject, `subject of ${g.text}`);
    if ('magnitudeClass' in g) assert.equal(f.magnitudeClass, g.magnitudeClass, `magnitudeClass of ${g.text}`);
  });
}

function only(text: string): NumericClaim {
  const claims = detectNumericClaims(text);
  assert.equal(claims.length, 1, `expected one claim in ${JSON.stringify(text)}, got ${JSON.stringify(claims.map((c) => c.text))}`);
  return claims[0];
}

function texts(text: string): string[] {
  return detectNumericClaims(text).map((c) => c.text);
}

describe('numeric: gold document 000 (theory page)', () => {
  const text = readFixture('000_b29511bdb28f9b3d.txt');
  const gold = JSON.parse(readFixture('gold/numeric-000.json')).claims as GoldClaim[];
  const found = detectNumericClaims(text);

  it('finds exactly the hand-listed claims (no extra, none missing)', () => {
    const { tp, missing, extra } = compare(found, gold);
    report('000', tp, found.length, gold.length);
    assert.deepEqual({ missing, extra }, { missing: [], extra: [] });
  });

  it('gives the stated year, subject and magnitude class', () => checkDetails(found, gold));

  it('keeps offsets consistent with the text', () => {
    for (const c of found) assert.equal(text.slice(c.start, c.end), c.text);
    for (let i = 1; i < found.length; i++) assert.ok(found[i - 1].start <= found[i].start);
  });
});

describe('numeric: government work report 2023, hand-checked section', () => {
  const full = readFixture('government-work-report-2023.txt');
  const goldFile = JSON.parse(readFixture('gold/numeric-gov-2023.json'));
  const gold = goldFile.claims as GoldClaim[];
  const sectionEnd = full.indexOf(goldFile.section.untilText);
  const found = detectNumericClaims(full).filter((c) => c.start < sectionEnd);

  it(`finds exactly the ${gold.length} hand-listed claims of part one`, () => {
    assert.ok(sectionEnd > 3000);
    assert.ok(gold.length >= 60);
    const { tp, missing, extra } = compare(found, gold);
    report('gov-2023 part one', tp, found.length, gold.length);
    assert.deepEqual({ missing, extra }, { missing: [], extra: [] });
  });

  it('gives the subjects listed in the gold data', () => checkDetails(found, gold));

  it('reads the forecast targets of part two', () => {
    const claims = detectNumericClaims(full);
    const targets = claims.filter((c) => full.slice(c.start - 40, c.start).includes('今年发展主要预期目标'));
    assert.deepEqual(
      targets.map((c) => [c.text, c.value, c.unit, c.qualifier]),
      [
        ['5%左右', 5, '%', '~'],
        ['1200万人左右', 12000000, '人', '~'],
      ],
    );
    const more = claims.filter((c) => ['5.5%左右', '3%左右', '1.3万亿斤以上', '3.8万亿元', '30年'].includes(c.text));
    assert.ok(more.length >= 5);
  });

  it('reads 翻一番 and the enumerated areas sharing one unit', () => {
    const claims = detectNumericClaims(full);
    const doubling = claims.find((c) => c.text === '接近翻一番');
    assert.ok(doubling);
    assert.equal(doubling.value, 2);
    assert.equal(doubling.unit, '倍');
    assert.equal(doubling.qualifier, '~');
    const areas = claims.filter((c) => ['10.6万', '3.8万', '3.3万平方公里'].includes(c.text));
    assert.deepEqual(areas.map((c) => [c.value, c.unit]), [[106000, '平方公里'], [38000, '平方公里'], [33000, '平方公里']]);
  });
});

describe('numeric: negative control (State Council opinion on digital government, 2022)', () => {
  it('finds no claim: only dates (到2025年, 2022年6月6日), list labels (1. （一） 一、), formulas and articles', () => {
    const text = readFixture('state-council-digital-government-opinion-2022.txt');
    assert.deepEqual(texts(text), []);
  });
});

describe('numeric: PDF extraction (Digital China development report 2022)', () => {
  const text = readFixture('digital-china-development-report-2022.txt');
  const claims = detectNumericClaims(text);
  const at = (s: string): NumericClaim | undefined => claims.find((c) => c.text === s);

  it('joins a number broken across lines and spaces (达到\\n18.45 亿户)', () => {
    assert.ok(text.includes('达到\n18.45 亿户'));
    const c = at('18.45 亿户');
    assert.ok(c);
    assert.equal(c.value, 1845000000);
    assert.equal(c.unit, '户');
    assert.equal(c.subject, '移动物联网终端用户数');
    const broken = at('1.5\n万类');
    assert.ok(broken);
    assert.equal(broken.value, 15000);
    assert.equal(broken.unit, '类');
    const approx = at('近141\n亿人次');
    assert.ok(approx);
    assert.deepEqual([approx.value, approx.unit, approx.qualifier], [14100000000, '人次', '~']);
    const atLeast = at('85%\n以上');
    assert.ok(atLeast);
    assert.equal(atLeast.qualifier, '>=');
  });

  it('reads Latin units and skips technology names', () => {
    assert.deepEqual([at('8.1ZB')?.value, at('8.1ZB')?.unit, at('8.1ZB')?.year], [8.1, 'ZB', 2022]);
    assert.equal(at('超\n180EFLOPS')?.unit, 'EFLOPS');
    for (const c of claims) assert.ok(!/^(?:5G|IPv6|8K)/.test(c.text), c.text);
    assert.ok(!claims.some((c) => c.text.includes('2522')));
  });

  it('skips the year broken from its 年 (截至2022\\n年底) and attributes it', () => {
    assert.ok(text.includes('截至2022\n年底'));
    assert.ok(!claims.some((c) => c.text.startsWith('2022')));
    assert.equal(at('724.5EB')?.year, 2022);
  });
});

describe('numeric: values, units and magnitudes', () => {
  it('normalises the magnitude into the value and keeps the unit apart', () => {
    const c = only('北京在校研究生为43.5万人。');
    assert.deepEqual([c.text, c.value, c.unit, c.qualifier, c.upper], ['43.5万人', 435000, '人', null, null]);
    assert.deepEqual([only('粮食产量1.37万亿斤').value, only('粮食产量1.37万亿斤').unit], [1370000000000, '斤']);
    assert.deepEqual([only('投入500亿元').value, only('投入500亿元').unit], [50000000000, '元']);
    assert.equal(only('城镇新增就业1,206万人').value, 12060000);
    assert.equal(only('城镇新增就业1 206万人').value, 12060000);
    assert.equal(only('共有十亿四千万人').value, 1040000000);
    assert.equal(only('建成两千米步道').value, 2000);
    assert.equal(only('人口十四亿多人').value, 1400000000);
  });

  it('reads percentages and percentage points', () => {
    assert.deepEqual([only('增长6%以上').value, only('增长6%以上').unit, only('增长6%以上').qualifier], [6, '%', '>=']);
    const cn = only('占百分之十八点五');
    assert.deepEqual([cn.text, cn.value, cn.unit], ['百分之十八点五', 18.5, '%']);
    const fw = only('增长６％');
    assert.deepEqual([fw.text, fw.value, fw.unit], ['６％', 6, '%']);
    const pp = only('提升24.7个百分点');
    assert.deepEqual([pp.value, pp.unit], [24.7, '个百分点']);
  });

  it('reads magnitude classes', () => {
    const c = only('医药健康、集成电路五个千亿级产业集群');
    assert.deepEqual([c.text, c.value, c.unit, c.magnitudeClass], ['五个千亿级', 5, '个', 1e11]);
    assert.equal(only('三个百亿级项目').magnitudeClass, 1e10);
    assert.equal(only('培育两个万亿级产业集群').magnitudeClass, 1e12);
    assert.equal(only('建成3个产业集群').magnitudeClass, null);
  });

  it('reads fractions', () => {
    const c = only('占全国的近一半');
    assert.deepEqual([c.text, c.value, c.unit, c.qualifier], ['近一半', 0.5, null, '~']);
    const t = only('超过三分之一的企业');
    assert.deepEqual([t.text, t.qualifier], ['超过三分之一', '>']);
    assert.ok(Math.abs(t.value - 1 / 3) < 1e-12);
  });
});

describe('numeric: qualifiers', () => {
  const cases: [string, string, Qualifier][] = [
    ['规模达到50万人以上', '50万人以上', '>='],
    ['比例不低于30%', '不低于30%', '>='],
    ['人数不少于200人', '不少于200人', '>='],
    ['规模超过5000人', '超过5000人', '>'],
    ['逾3000家企业', '逾3000家', '>'],
    ['增速高于5%', '高于5%', '>'],
    ['控制在3%以下', '3%以下', '<='],
    ['压缩到4个工作日以内', '4个工作日以内', '<='],
    ['赤字率不超过3%', '不超过3%', '<='],
    ['不到10%的企业', '不到10%', '<'],
    ['不足1000人', '不足1000人', '<'],
    ['增速低于2%', '低于2%', '<'],
    ['增长5.5%左右', '5.5%左右', '~'],
    ['约6700万人受益', '约6700万人', '~'],
    ['增加近70万亿元', '近70万亿元', '~'],
    ['涨幅3%上下', '3%上下', '~'],
    ['大约200家', '大约200家', '~'],
    ['拥有90多所大学', '90多所', '+'],
    ['两院院士800余名', '800余名', '+'],
    ['缓税缓费7500多亿元', '7500多亿元', '+'],
    ['坚持了二十多年', '二十多年', '+'],
  ];
  for (const [text, span, q] of cases) {
    it(`${text} -> ${span} ${q}`, () => {
      const c = only(text);
      assert.equal(c.text, span);
      assert.equal(c.qualifier, q);
    });
  }

  it('keeps the number of a qualified claim without the qualifier', () => {
    assert.equal(only('拥有90多所大学').value, 90);
    assert.equal(only('两院院士800余名').unit, '名');
    assert.equal(only('缓税缓费7500多亿元').value, 750000000000);
  });

  it('does not read 附近 as approximate', () => {
    assert.equal(only('附近3公里范围内').qualifier, null);
  });
});

describe('numeric: ranges', () => {
  const cases: [string, string, number, number, string | null][] = [
    ['期限为3至5年', '3至5年', 3, 5, '年'],
    ['两到三万元', '两到三万元', 20000, 30000, '元'],
    ['增长5%-6%', '5%-6%', 5, 6, '%'],
    ['增长5-6%', '5-6%', 5, 6, '%'],
    ['10万～20万人', '10万～20万人', 100000, 200000, '人'],
    ['1-2个月', '1-2个月', 1, 2, '个月'],
  ];
  for (const [text, span, lower, upper, unit] of cases) {
    it(`${text}`, () => {
      const c = only(text);
      assert.deepEqual([c.text, c.value, c.upper, c.unit, c.qualifier], [span, lower, upper, unit, 'range']);
    });
  }

  it('does not read a span of years as a range claim', () => {
    assert.deepEqual(texts('从2012到2022年，排名上升'), []);
    assert.deepEqual(texts('1978—2022年'), []);
  });

  it('keeps from-to pairs as two claims', () => {
    assert.deepEqual(texts('从2.1%提高到2.5%以上'), ['2.1%', '2.5%以上']);
  });
});

describe('numeric: not claims', () => {
  const groups: Record<string, string[]> = {
    'years and dates': ['2022年，', '10月16日', '2023年3月5日', '今年5月', '到2025年基本形成', '二〇二二年', '截至2020年底', '十月份'],
    ordinals: ['第二十次', '第一', '党的二十大', '十九届五中全会', '第十四届全国人民代表大会第一次会议', '十三届全国人大五次会议', '联合国成立75周年'],
    'formulas and names': [
      '“三城一区”', '坚持“四个面向”', '“两个确立”', '共建“一带一路”', '“十四五”规划', '十四五规划', '坚持“两个毫不动摇”',
      '和平共处五项原则', '中央八项规定', '“中国这十年”', '两院院士', '一国两制', '九二共识', '5G基站', 'IPv6', 'PM2.5', '“2522”的整体框架',
    ],
    'list labels': ['一、发展现状', '（二）总体要求', '1.指导思想', '(3)', '（2021）'],
    idioms: ['十年磨一剑', '一马当先', '千方百计', '三心二意', '万众一心', '一以贯之', '一往无前', '三番五次', '百年未有之大变局', '两个轮子一起转', '两个市场两种资源'],
    'articles and 一': [
      '一批', '一系列', '一些', '一大批', '一方面', '一体化', '进一步', '统一', '唯一', '一流', '一定', '一起', '一直', '一道', '一贯',
      '同一', '逐一', '一是加强', '二是完善', '一个国家', '又一次来到', '之一', '过去一年', '保持两位数增长',
    ],
  };
  for (const [group, samples] of Object.entries(groups)) {
    it(group, () => {
      for (const s of samples) assert.deepEqual(texts(s), [], s);
    });
  }

  it('reports a qualified 一 (一个月以上)', () => {
    const c = only('从一个月以上压缩到');
    assert.deepEqual([c.text, c.value, c.unit, c.qualifier], ['一个月以上', 1, '个月', '>=']);
  });

  it('reports durations but not points in time', () => {
    assert.deepEqual(texts('近10年年均增长'), ['近10年']);
    assert.deepEqual(texts('是十年前的3倍'), ['3倍']);
  });
});

describe('numeric: year and subject', () => {
  it('takes the year stated in the sentence', () => {
    assert.equal(only('2022年，北京在校研究生为43.5万人。').year, 2022);
    const target = only('到2025年，数字经济核心产业增加值占比达到10%。');
    assert.equal(target.year, 2025);
    assert.equal(only('今年城镇新增就业1200万人').year, null);
    // The baseline after 较 is not the claim's year.
    const claims = detectNumericClaims('截至2020年，人才密度达到62%，较2010年提升24.7个百分点。');
    assert.deepEqual(claims.map((c) => c.year), [2020, 2020]);
  });

  it('does not carry a year over a sentence end', () => {
    const claims = detectNumericClaims('2022年是重要的一年。全年国内生产总值增长3%。');
    assert.deepEqual(claims.map((c) => [c.text, c.year]), [['3%', null]]);
  });

  it('finds the subject with cheap heuristics', () => {
    assert.equal(only('2022年，北京在校研究生为43.5万人。').subject, '在校研究生');
    assert.equal(only('城镇新增就业1206万人').subject, '城镇新增就业');
    assert.equal(only('全年国内生产总值增长3%').subject, '国内生产总值');
    assert.equal(only('粮食产量1.37万亿斤').subject, '粮食产量');
    assert.equal(only('。3%').subject, null);
    const pair = detectNumericClaims('常住人口城镇化率从60.2%提高到65.2%');
    assert.deepEqual(pair.map((c) => c.subject), ['常住人口城镇化率', '常住人口城镇化率']);
  });

  it('refines the subject with a part-of-speech tagger (nodejieba)', function () {
    this.timeout(30000);
    // Resolved from the repository (the compiled test may live outside it, e.g. in /tmp).
    const jieba = createRequire(join(repoRoot(), 'package.json'))('nodejieba') as { tag: Tagger };
    const tagger: Tagger = (s) => jieba.tag(s);
    const text = '上海市在校研究生为20万人。';
    assert.equal(detectNumericClaims(text)[0].subject, '上海市在校研究生');
    const tagged = detectNumericClaims(text, { tagger });
    assert.equal(tagged[0].subject, '在校研究生');
    assert.equal(tagged[0].value, 200000);
  });
});

describe('numeric: robustness', () => {
  it('handles empty text and text without Chinese', () => {
    assert.deepEqual(detectNumericClaims(''), []);
    assert.deepEqual(detectNumericClaims('hello world, version 1.2.3 and 42.'), []);
  });

  it('handles CRLF line breaks inside a claim', () => {
    const text = '终端用户数达到\r\n18.45 亿户，增长\r\n6%\r\n以上。';
    const claims = detectNumericClaims(text);
    assert.deepEqual(claims.map((c) => [c.text, c.value, c.unit, c.qualifier]), [
      ['18.45 亿户', 1845000000, '户', null],
      ['6%\r\n以上', 6, '%', '>='],
    ]);
    for (const c of claims) assert.equal(text.slice(c.start, c.end), c.text);
  });

  it('does not join across a blank line', () => {
    assert.deepEqual(texts('增长5\n\n亿户'), []);
  });

  it('handles a 200,000-character line and long runs of digits and numerals', () => {
    const line = '城镇新增就业1206万人，增长3%，'.repeat(10000);
    assert.equal(line.length > 150000, true);
    const claims = detectNumericClaims(line + '一'.repeat(50000));
    assert.equal(claims.length, 20000);
    assert.deepEqual(detectNumericClaims('9'.repeat(100000)), []);
    // A 5000-digit number overflows a double: not a figure anyone states, so not a claim.
    assert.deepEqual(detectNumericClaims('增长' + '1'.repeat(5000) + '%'), []);
    assert.equal(only('增长' + '1'.repeat(15) + '%').value, 111111111111111);
    assert.deepEqual(detectNumericClaims('十'.repeat(100000) + '人'), []);
    // Runs of magnitude characters and classes stay linear (each stop looks ahead a bounded distance).
    assert.deepEqual(detectNumericClaims('百'.repeat(100000) + '人'), []);
    assert.equal(detectNumericClaims('萬'.repeat(50000) + '人').length <= 1, true);
  });

  it('survives unbalanced punctuation and quotation marks', () => {
    const text = '“十四五”时期“两个确立（增长3%》》）“5个';
    const claims = detectNumericClaims(text);
    assert.deepEqual(claims.map((c) => c.text), ['3%', '5个']);
    assert.deepEqual(texts('“'), []);
    assert.deepEqual(texts('%％万亿'), []);
    assert.deepEqual(texts('超过'), []);
  });
});
