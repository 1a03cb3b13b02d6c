import * as assert from 'node:assert/strict';
import { builtinGlossary } from '../../src/core/glossary/data';
import { TermMatcher } from '../../src/core/glossary/matcher';
import { loadJieba } from '../../src/node/jieba';
import { boundaryVerdict, parseBoundaryRow as parse } from './boundaryTable';

/*
 * Short strings (at most three characters) of economy-fields.json and the short variants helper glossE
 * added to the other data files in ordinary words
 * (negatives '-', decided with the segmenter; '=' the rules alone must catch: Latin letters and
 * digits running on) and the term really used (positives '+', found with and without the segmenter).
 * The bracketed span is the glossary string. Expectations were written by reading each sentence.
 */
const ROWS: string[] = [
  '+今年[GDP]增长5%左右。',
  '+[CPI]同比上涨0.2%。',
  '=[CPI]C指数是另一回事。',
  '+[PPI]降幅收窄。',
  '+制造业[PMI]为50.2%。',
  '+稳妥推进[化债]工作。',
  '+[化债]方案落地见效。',
  '-进一步优[化债]务结构。',
  '-深[化债]券市场改革。',
  '-转[化债]权为股权。',
  '+推动[城投]公司市场化转型。',
  '-推进新[城投]资建设。',
  '+[增值税]收入下降。',
  '+降低[关税]税率。',
  '-海[关税]收入库。',
  '+适时[降息]降准。',
  '+严格执行[退市]制度。',
  '+引导[险资]入市。',
  '-防范风[险资]产质量下滑。',
  '-风[险资]本加快进入。',
  '+突破高端[芯片]技术。',
  '+加快发展[算力]基础设施。',
  '+提升[算力]规模。',
  '-打[算力]争明年完成。',
  '-计[算力]求准确。',
  '+力争2030年前实现[碳达峰]。',
  '+2060年前实现[碳中和]。',
  '+[光伏]组件出口增长。',
  '+[风电]装机容量超过4亿千瓦。',
  '+积极安全有序发展[核电]。',
  '-认真审[核电]子证照。',
  '-复[核电]费单据。',
  '+发展[氢能]产业。',
  '+推动[绿电]直连。',
  '+[ESG]信息披露。',
  '+[主销区]要稳定和提高粮食自给率。',
  '+[宅基地]制度改革试点。',
  '+[链博会]在北京开幕。',
  '+[数贸会]在杭州举行。',
  '+中国加入[WTO]以来。',
  '+深化[国企]改革。',
  '+[央企]带头稳投资。',
  '+支持[民企]发展。',
  '-城镇居[民企]业收入。',
  '-保障居[民企]业用电。',
  '+治理[三乱]。',
  '+做好[稳增长]工作。',
  '+[高铁]里程超过4.5万公里。',
  '-提[高铁]路运输效率。',
  '-提[高铁]矿石自给率。',
  '+发展[创投]基金。',
  '+[元宇宙]产业。',
  '+推广[区块链]技术。',
  '+[云计算]服务。',
  '+[物联网]终端数量。',
  '+[个体户]数量增加。',
  '+[大飞机]实现商业运营。',
  '+[6G]技术研发。',
  '=[6G]B内存。',
  '=存储容量1[6G]以上。',
  '+[弃风率]下降。',
  '+[绿债]发行规模扩大。',
  '+[农机化]率达到75%。',
  '+[脑科学]研究。',
  '+[入世]承诺全面履行。',
  '-积极融[入世]界经济。',
  '-深[入世]界各地。',
  '+[夜经济]繁荣。',
  '+[绿氢]项目。',
  '+[消费税]改革。',
  '+[再贷款]额度。',
  '+[个体户]享受减税。',
  // Short variants that helper glossE added to entries of the other data files.
  '+[社融]增速保持平稳。',
  '-合作社[社融]资难问题突出。',
  '+推进“[五通]”建设。',
  '+以[五通]为主要内容。',
  '-第[五通]道已经开通。',
  '+破除“[四唯]”倾向。',
  '+落实[米袋子]省长负责制。',
  '+坚决遏制耕地[非农化]。',
  '+防止耕地[非粮化]。',
  '+支持[孵化器]建设。',
  '+[高新区]要发挥示范作用。',
  '-提[高新区]域的竞争力。',
  '+[经开区]是对外开放的重要平台。',
  '+扩大全国[碳市场]覆盖范围。',
  '+建立产品[碳足迹]管理体系。',
  '+应对欧盟[碳关税]。',
  '+在[沙戈荒]地区建设大基地。',
  '+[科创债]发行规模扩大。',
  '+规范实施[PPP]项目。',
  '=推进[PPP]P项目。',
  '+海南自贸港实施[零关税]政策。',
  '+发展[蓝碳]。',
  '+促进[小农户]和现代农业发展有机衔接。',
  '-大[小农户]均可申请。',
  '+新“[国九条]”发布。',
  '+推进[以旧换新]。',
  '+[风光大基地]建设。',
  '+一季度GDP[同比]增长5.4%。',
  '+社会消费品零售总额[同比]增长4%。',
  '-按不[同比]例分担。',
  '-各地情况不[同比]较明显。',
  '+三季度GDP[环比]增长0.9%。',
  '-推动循[环比]较优势转化。',
  '+CPI[环比]持平。',
  '+[人均GDP]超过1.3万美元。',
  '+守好[基尼系数]警戒线。',
  '+减免[土地增值税]。',
  '+减半征收[印花税]。',
  '+调整[契税]优惠政策。',
  '+[个税]专项附加扣除标准提高。',
  '+[前海合作区]扩区。',
  '+发行[点心债]。',
  '+推进[资源税]改革。',
  '+落实[国补]政策。',
  '-全[国补]充耕地面积。',
  '-全[国补]贴资金。',
  '+推进[信创]产业发展。',
  '+对光伏产品发起[双反]调查。',
  '+[老字号]焕发新活力。',
  '+发行[国债]弥补赤字。',
  '+增发[国债]1万亿元。',
  '-美[国债]务规模创新高。',
  '-外[国债]券投资。',
  '+建设国家[粮食安全产业带]。',
  '+扩大[外卡]受理范围。',
  '-另[外卡]住了关键环节。',
  '+引导[合格境外投资者]加大投资。',
  '+推动“[AI+]”行动落地。',
  '+坚决[反内卷]。',
  '+[“十五五”]时期经济社会发展的主要目标。',
  '+[“十四五”]时期取得的成就。',
  '+[央行]下调存款准备金率。',
  '-党中[央行]政部门。',
  '-中[央行]动计划。',
  '+今年[GDP]增长目标为5%左右。',
  '+[城投债]发行规模收缩。',
  '+[M2]余额同比增长7%。',
  '=[M2]M模式。',
  '+[M1]增速回升。',
  '+[M0]余额增加。',
  '+健全[地方税]体系。',
  '+商签[FTA]。',
  '+商务部发起[反倾销]调查。',
  '+实施[反补贴]措施。',
  '+[FDI]流入下降。',
  '+[ODI]保持增长。',
  '+重视[AGI]发展。',
  '+推动[大模型]在各行业应用。',
  '+平台强迫商家[二选一]。',
  '+推行产业链[链长制]。',
  '+按[不变价]计算。',
  '+推广[V2G]技术。',
  '+开发[页岩气]。',
  '+发展[现代煤化工]。',
  '+推进[核聚变]研究。',
  '+[稀土]出口管制。',
  '+缓解[融资贵]问题。',
  '+[脱贫县]保持帮扶政策稳定。',
  '+[车购税]减免。',
  '+银行[净息差]收窄。',
  '+[SDR]货币篮子。',
  '+[CNH]汇率走弱。',
  '+让黄河成为[幸福河]。',
  '+发展[预制菜]产业。',
  '+发行[国库券]。',
  '+开征[燃油税]。',
  '+[弃光率]下降。',
  '+[煤层气]开发利用。',
  '+[产销区]协同保障粮食安全。',
];

describe('economy-fields short strings at word boundaries (table)', function () {
  this.timeout(60000);
  const matcher = new TermMatcher(builtinGlossary());
  const jieba = loadJieba();

  it('has positives and negatives, and every bracketed string is a glossary pattern', () => {
    assert.ok(ROWS.filter((r) => r[0] === '+').length >= 40);
    assert.ok(ROWS.filter((r) => r[0] !== '+').length >= 20);
    for (const row of ROWS) {
      const { text, start, end } = parse(row);
      assert.ok(matcher.lookup(text.slice(start, end)), `${row}: not in the glossary`);
    }
  });

  const verdict = (row: string, segmenter?: (s: string) => string[]): string | null => boundaryVerdict(matcher, row, segmenter);

  it('with the segmenter (nodejieba): every row', function () {
    if (!jieba) this.skip();
    assert.deepEqual(ROWS.map((r) => verdict(r, jieba!.cut)).filter((f) => f !== null), []);
  });

  it('rules alone: every positive and every rule-class negative', () => {
    assert.deepEqual(ROWS.filter((r) => r[0] !== '-').map((r) => verdict(r)).filter((f) => f !== null), []);
  });
});
