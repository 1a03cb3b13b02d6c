/**
 * Codebooks to start from. The definitions and decision rules are our own wording of the policy
 * instrument typology of Rothwell and Zegveld (1985, Reindustrialization and Technology), as it is
 * used in Chinese policy-text studies (供给型 / 环境型 / 需求型).
 */
import type { Code, Codebook } from './codebook';

const code = (id: string, name: string, color: string, definition: string, rule: string, example: string): Code => ({ id, name, color, definition, rule, example });

/** The reading codebook: today's five tags, the default for people who only read. */
export const READING_CODEBOOK: Codebook = {
  version: 1,
  name: '阅读标签',
  description: 'The five tags of reading annotations. Tags of version-1 annotation files become these codes.',
  codes: [
    {
      id: 'tag',
      name: '标签',
      codable: false,
      children: [
        code('tag.important', '重点', '#E06C75', '读者认为重要、需要回看的段落。', '凡读者想标记为重点的文字均可；不表示事实判断。', '到2025年，数字政府建设取得重要进展。'),
        code('tag.doubt', '存疑', '#A461C5', '读者对其表述、逻辑或依据有疑问的段落。', '用于疑问或不同看法；需核对数据时用“待核实”。', '……将显著提升治理效能。'),
        code('tag.verify', '待核实', '#E5892A', '需要对照来源核对的事实或数据。', '用于数字、日期、引语等可核对的内容。', '全年新增城镇就业1206万人。'),
        code('tag.quote', '引用', '#2A9D8F', '准备在写作中引用的文字。', '用于要原文引用的句子；普通重点用“重点”。', '“发展是党执政兴国的第一要务”'),
        code('tag.note', '笔记', '#3B82F6', '读者的一般笔记。', '不属于其他标签的批注。', '（任意段落）'),
      ],
    },
  ],
};

/** Reading-tag name → code id (for migrating version-1 annotation files). */
export const READING_TAG_IDS: Readonly<Record<string, string>> = Object.fromEntries(
  (READING_CODEBOOK.codes[0].children ?? []).map((c) => [c.name, c.id]),
);

/** Policy instruments (Rothwell and Zegveld) × policy stage: the most used design in 政策文本量化分析. */
export const POLICY_INSTRUMENT_CODEBOOK: Codebook = {
  version: 1,
  name: '政策工具 × 政策阶段',
  description:
    'Policy instruments after Rothwell and Zegveld (1985): supply-side instruments push, demand-side instruments pull, environment-side instruments shape the conditions. The second dimension (policy stage) is an example to adapt to a study.',
  codes: [
    {
      id: 'instrument',
      name: '政策工具',
      codable: false,
      children: [
        {
          id: 'supply',
          name: '供给型',
          color: '#2E7D32',
          definition: '政府直接提供发展所需的要素（人才、资金、技术、设施、服务），从供给端推动。',
          rule: '条款中政府直接投入或提供某种要素时使用；只规定目标或规则、不提供要素的，归入环境型。',
          children: [
            code('supply.talent', '人才培养', '#43A047', '培养、引进、培训人才，建设人才队伍。', '有具体的人才培养、培训、引进措施时使用；泛泛提到“人才”不用。', '实施职业技能提升行动，每年培训5000万人次以上。'),
            code('supply.funding', '资金投入', '#66BB6A', '财政资金、专项资金、基金等直接投入。', '政府出资或设立资金时使用；税费减免归环境型“税收优惠”，贷款贴息归“金融支持”。', '中央财政安排专项资金支持试点城市建设。'),
            code('supply.technology', '技术支持', '#81C784', '提供技术、研发平台、标准、技术服务。', '政府建设或提供技术与研发条件时使用。', '建设一批国家技术创新中心。'),
            code('supply.infrastructure', '基础设施建设', '#A5D6A7', '建设网络、交通、数据中心等硬件与公共设施。', '有建设或改造设施的内容时使用。', '加快5G网络和千兆光网建设。'),
            code('supply.publicService', '公共服务', '#C8E6C9', '政府提供的信息、咨询、平台、政务等公共服务。', '以服务形式提供给对象时使用；面向政府内部管理的不用。', '推行“一网通办”，提供一站式服务。'),
          ],
        },
        {
          id: 'environment',
          name: '环境型',
          color: '#1565C0',
          definition: '通过目标、规划、金融、税收、法规与策略措施改善政策环境，间接影响发展。',
          rule: '条款设定规则、目标或条件而不直接提供要素时使用。',
          children: [
            code('environment.planning', '目标规划', '#1E88E5', '提出目标、规划、路线图、指标。', '有目标或规划内容时使用；单纯的原则表述归“策略性措施”。', '到2025年，培育100家左右示范企业。'),
            code('environment.finance', '金融支持', '#42A5F5', '贷款、担保、贴息、融资、保险等金融手段。', '通过金融机构或金融工具支持时使用；财政直接拨款归“资金投入”。', '对符合条件的小微企业给予贷款贴息。'),
            code('environment.tax', '税收优惠', '#64B5F6', '减税、免税、退税、税前扣除等税费措施。', '有税费减免内容时使用。', '免征企业所得税五年。'),
            code('environment.regulation', '法规管制', '#90CAF9', '法律法规、标准、监管、考核、准入与处罚。', '设定约束性规则或监管时使用。', '建立健全考核评价制度，对不达标的予以通报。'),
            code('environment.strategy', '策略性措施', '#BBDEFB', '组织领导、统筹协调、宣传引导、试点示范等策略安排。', '不属于以上各项的推进方式与保障安排时使用。', '加强组织领导，建立部际联席会议制度。'),
          ],
        },
        {
          id: 'demand',
          name: '需求型',
          color: '#C62828',
          definition: '政府通过采购、外包、贸易与交流等方式创造或稳定需求，从需求端拉动。',
          rule: '条款创造、扩大或稳定市场需求时使用。',
          children: [
            code('demand.procurement', '政府采购', '#E53935', '政府购买产品或服务。', '有政府采购、首购、订购内容时使用。', '将创新产品纳入政府采购目录。'),
            code('demand.outsourcing', '服务外包', '#EF5350', '把公共服务或事务委托给企业或社会组织。', '有购买服务、委托、外包内容时使用。', '通过政府购买服务方式委托第三方评估。'),
            code('demand.trade', '贸易管制', '#E57373', '进出口、关税、市场准入等贸易措施。', '涉及进出口与对外贸易规则时使用。', '扩大先进技术设备进口。'),
            code('demand.exchange', '海外交流', '#EF9A9A', '国际合作、对外交流、引进来与走出去。', '有国际合作与交流内容时使用。', '支持企业参与国际标准制定。'),
          ],
        },
      ],
    },
    {
      id: 'stage',
      name: '政策阶段',
      codable: false,
      children: [
        code('stage.goal', '目标设定', '#6D4C41', '提出政策目标、任务与原则。', '条款主要说明要达到什么时使用。', '总体目标：到2022年……'),
        code('stage.implementation', '组织实施', '#8D6E63', '规定实施主体、措施与步骤。', '条款主要说明怎么做、谁来做时使用。', '各地区各部门要抓好贯彻落实。'),
        code('stage.supervision', '监督评估', '#A1887F', '考核、督查、评估与反馈。', '条款主要说明如何检查和评价时使用。', '开展第三方评估，评估结果向社会公开。'),
        code('stage.support', '保障支撑', '#BCAAA4', '组织、资金、人才、宣传等保障条件。', '条款主要说明保障条件时使用。', '加强宣传引导，营造良好氛围。'),
      ],
    },
  ],
};

export const CODEBOOK_TEMPLATES: Readonly<Record<string, Codebook>> = {
  reading: READING_CODEBOOK,
  'policy-instruments': POLICY_INSTRUMENT_CODEBOOK,
};
