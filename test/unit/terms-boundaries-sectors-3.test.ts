import { builtinGlossary } from '../../src/core/glossary/data';
import { TermMatcher } from '../../src/core/glossary/matcher';
import { loadJieba } from '../../src/node/jieba';
import { boundaryTableTests } from './boundaryTable';

/*
 * The short strings (four characters or fewer) and everyday-looking strings that sectors-3.json
 * (transport, trade and customs, standards and quality, construction and housing, land, water,
 * statistics and audit) brought into the glossary, really used (positives, '+') and inside ordinary
 * words or across a word boundary (negatives, '-'). Sentences are written for this table; the
 * bracketed span is the glossary string. Expectations were written before running the code.
 */
const ROWS: string[] = [
  // 路长制 (农村公路路长制)
  '+全县推行农村公路[路长制]，设县乡村三级路长。',
  '+各乡镇要把[路长制]落到每一条村道。',
  '-这段铁[路长制]约了沿线货运能力的发挥。',
  '-该线[路长制]定了新的巡检办法。',
  // 业委会 (业主委员会)
  '+小区[业委会]换届选举下月举行。',
  '+由[业委会]代表业主与物业公司签订合同。',
  '-市工业和信息化委员会、市农[业委会]同有关部门制定方案。',
  '-区工[业委会]同区财政局下达专项资金。',
  // 清四乱
  '+今年继续开展河湖[清四乱]常态化规范化工作。',
  '+沿河各县完成[清四乱]问题整改。',
  // 淤地坝
  '+在黄土高原新建和加固一批[淤地坝]。',
  '+病险[淤地坝]除险加固列入年度计划。',
  // 三包
  '+手机在[“三包”]期内出现性能故障可以换货。',
  '+修订家用汽车产品[三包规定]。',
  // 暂定税率 / 协定税率 / 特惠税率
  '+明年对部分商品实施进口[暂定税率]。',
  '+原产于协定国的货物适用[协定税率]。',
  '+对最不发达国家给予[特惠税率]待遇。',
  // 两步申报 / 关检融合 / 联合验收
  '+企业可以选择[两步申报]方式通关。',
  '+[关检融合]后企业只需申报一次。',
  '+竣工后实行限时[联合验收]。',
  // 歇业备案 / 一负三正 / 汽车召回
  '+受灾的个体工商户可以办理[歇业备案]。',
  '+海南自贸港的零关税[“一负三正”]清单已全部出台。',
  '+某品牌宣布[汽车召回]计划，涉及三万余辆。',
  // 特种设备 / 海水淡化 / 建筑节能 / 合同节水
  '+电梯、锅炉等[特种设备]须定期检验。',
  '+沿海城市推进[海水淡化]规模化利用。',
  '+新建建筑全面执行[建筑节能]标准。',
  '+高校推行[合同节水]管理。',
  // 省级水网 / 智能建造 / 实景三维 / 超限超载
  '+加快构建[省级水网]骨干网络。',
  '+开展[智能建造]试点城市建设。',
  '+推进[实景三维]中国建设。',
  '+依法治理货车[超限超载]。',
  // 优进优出 / 两反一保 / 商标囤积
  '+推动外贸[优进优出]。',
  '+积极应对国外对我国产品发起的[两反一保]调查。',
  '+严厉打击[商标囤积]行为。',
];

describe('sectors-3 glossary strings at word boundaries (table)', () => {
  boundaryTableTests(ROWS, new TermMatcher(builtinGlossary()), loadJieba()?.cut, { positives: 25, negatives: 4 });
});
