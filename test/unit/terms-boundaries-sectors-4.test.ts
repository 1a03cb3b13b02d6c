import { builtinGlossary } from '../../src/core/glossary/data';
import { TermMatcher } from '../../src/core/glossary/matcher';
import { loadJieba } from '../../src/node/jieba';
import { boundaryTableTests } from './boundaryTable';

/*
 * The short strings (four characters or fewer) and the abbreviations that sectors-4.json (capital
 * markets and exchanges, fiscal and tax, state assets, trade and ports, agriculture, energy and
 * carbon, health and social security, industry and digital, market supervision, safety) brought
 * into the glossary, really used (positives, '+') and inside ordinary words or across a word
 * boundary (negatives, '-' for the segmenter, '=' for the rules alone). Sentences are written for
 * this table; the bracketed span is the glossary string. Expectations were written before running.
 */
const ROWS: string[] = [
  // exchanges' short names
  '+[上期所]铜期货主力合约收涨。',
  '+[上期所]调整了部分期货合约的交易保证金。',
  '+[郑商所]新上市了一个农产品期货品种。',
  '+[上金所]发布的人民币黄金基准价小幅走高。',
  '-本年度应补缴[上期所]得税款。',
  '-上月应缴的[上期所]得税已经补齐。',
  // 南向通 alone is no longer a variant (review of sectors-4: it is also part of 跨境理财通); the full name stays
  '+[债券通“南向通”]开通后，内地机构可以投资香港债券。',
  // 大小非 / 大小非常
  '+[大小非]集中解禁可能给股价带来压力。',
  '+监管部门规范[大小非]减持行为。',
  '-这件事无论[大小非]常重要。',
  // 三类户 / 三类户籍
  '+乡镇对[三类户]逐户落实帮扶措施。',
  '+新识别的[三类户]要及时纳入监测。',
  // 做市商 / 叫做市商业…
  '+科创板引入[做市商]机制以提高流动性。',
  '+券商作为[做市商]持续提供双向报价。',
  '-这一带被人们叫[做市商]业中心。',
  '-他把这条街当[做市商]业街来经营。',
  '-这[三类户]口的登记办法各不相同。',
  // 航道法 / 测绘法 and 法规
  '+依照[航道法]的有关规定进行航道通航条件影响评价。',
  '+修订后的[测绘法]加强了地图管理。',
  '=沿江各地清理了涉及[航道法]规的文件。',
  '=市里汇编了现行[测绘法]规和规章。',
  // 大宗商品与市场
  '+[北向资金]今天净买入超过百亿元。',
  '+[南向资金]持续流入港股市场。',
  '+[两融余额]连续三周上升。',
  '+证金公司暂停了[转融券]业务。',
  '+大股东违反[减持新规]被立案调查。',
  '+[中特估]行情带动国企股上涨。',
  // 财税
  '+先进制造业企业享受增值税[加计抵减]政策。',
  '+国务院明确[增值税五五分成]长期不变。',
  '+被评为[A级纳税人]的企业可享受更多便利。',
  // 农业
  '+全县推广[稻渔种养]面积三万亩。',
  '+小麦病虫害[统防统治]覆盖率达到一半以上。',
  '+当地建成[就业帮扶车间]四十多个。',
  '+各地[扶贫车间]统一改称就业帮扶车间。',
  '+该县是国家级[制种大县]。',
  // 生态、能源
  '+沿海城市实施[蓝色海湾]整治。',
  '+市场主体可以通过[代理购电]方式购电。',
  '+新能源项目的[机制电价]通过竞价形成。',
  '+[污染地块]未经修复不得开工建设。',
  '+全面推进[以竹代塑]。',
  '+全国碳市场的[控排企业]要按时清缴配额。',
  '+浙江率先开展[五水共治]。',
  '+各地持续推进[三改一拆]。',
  '+对每条河流编制[一河一策]方案。',
  // 卫生、社保、教育
  '+职工医保个人账户可以[家庭共济]。',
  '+取消[生育登记]的婚姻状况限制。',
  '+县域医共体推行[县管乡用]。',
  '+学科类培训机构完成[营转非]。',
  '+高危行业企业应当参加[安责险]。',
  '+试点企业投保[环责险]。',
  '+[沪惠保]今年的参保人数再创新高。',
  '+在民族地区开展[推普脱贫]攻坚。',
  // 交通、市场监管、其他
  '+城市对[共享单车]实行总量调控。',
  '+推广[ETC车道]不停车收费。',
  '+小微企业可以办理[个转企]。',
  '+电商平台对消费者实行[先行赔付]。',
  '+企业申报研发项目前先做[专利导航]。',
  '+推行工程建设项目[多测合一]。',
  '+持续提升[获得电力]服务水平。',
  '+骑电动自行车要遵守[一盔一带]要求。',
  '+餐饮单位推行[明厨亮灶]。',
  '+外籍高端人才可申请[人才签证]。',
  '+公民可自愿申领[网号网证]。',
  '+地质灾害隐患点落实[群测群防]。',
];

describe('sectors-4 glossary strings at word boundaries (table)', () => {
  boundaryTableTests(ROWS, new TermMatcher(builtinGlossary()), loadJieba()?.cut, { positives: 50, negatives: 8 });
});
