/** Tables and types shared by the quotation detector's parts (scanner, subjects, references). */

/**
 * Verbs that introduce quoted words, longest first so that 强调指出 wins over 指出. The short ones
 * (说, 讲, 道 …) count only when followed by ：or ，(说“…” is too often 说“不”, a phrase).
 */
export const CUES: readonly string[] = [
  '强调指出', '深刻指出', '明确指出', '鲜明指出', '精辟指出', '郑重指出', '深刻阐明', '明确提出', '郑重宣布',
  '庄严宣告', '深情寄语', '明确要求', '深刻揭示',
  '指出', '强调', '提出', '要求', '表示', '认为', '写道', '宣布', '宣告', '明确', '重申', '号召', '寄语', '回信',
  '阐明', '阐述', '论述', '告诫', '叮嘱', '嘱托', '勉励', '说道', '讲道', '谈到', '提到', '坦言', '指示', '批示',
  '部署', '规定', '载明', '写明', '提醒', '呼吁', '希望', '致辞', '讲话', '答道', '问道', '回答', '表明', '说明',
  '介绍', '透露', '解释', '直言', '感慨', '感叹', '谈道', '说到', '讲到',
  // Reporting, interviews, commentary; sayings and quoted works (说得好, 有云, 所写).
  '说得好', '讲得好', '回答说', '回答道', '介绍说', '解释说', '补充说', '补充道', '回忆说', '回忆道', '感慨道', '感叹道',
  '回应称', '强调说', '表示说', '直言道', '坦言道', '告诉记者', '对记者说',
  '建议', '倡议', '提议', '质询', '质问', '询问', '提问', '说过', '讲过', '曾说', '笑称', '宣称', '声称', '坦承', '追问', '发问', '反问', '回应', '嘱咐', '念叨', '宣示', '警告',
  '写下', '写到', '记载', '记述', '有云', '有言', '发言', '总结', '补充',
  // more verbs of reporting (issue 16): findings, forecasts, answers, complaints, promises, calls
  '分析认为', '分析指出', '分析称', '分析说', '评论说', '评论道', '总结道', '总结说', '回顾说', '回顾道', '解释道', '说明道', '强调称',
  '笑道', '叹道', '喊道', '笑言', '直呼', '坦陈', '坚称', '辩称', '发现', '预言', '预测', '断言', '通报', '答复', '答覆', '回复', '裁示',
  '抱怨', '承认', '否认', '反驳', '表态', '承诺', '警示', '提示', '劝告', '劝说', '祝愿', '惊呼', '感言', '回顾', '回忆', '讲述', '评价', '点评',
  '担心', '担忧', '质疑', '决定', '显示',
  // reporting, third round (issue 16): 专家分析，… / 李克强幽默插话：“…” / 他打趣：“…”
  '分析', '插话', '打趣', '调侃', '自嘲', '感言道', '接话', '追问道', '反问道', '揶揄', '嘲讽', '讽刺', '挖苦', '喊话', '告诉', '称赞', '赞扬', '夸赞', '盛赞', '声明',
  // what the speaker came to see, in speeches and articles (我深深体会到：“…”)
  '控诉', '形容', '体会到', '认识到', '感悟到', '领悟到', '曾言', '尝言',
  // Hong Kong and Taiwan reporting: 李家超指，「…」 / 续指 / 续称 / 批评
  '分享道', '分享说', '打趣道', '调侃道', '开玩笑说', '自嘲道', '续指', '续称', '续说', '直指', '批评', '批评说', '批评指', '痛批', '抨击', '指责', '谴责', '指',
  '说', '讲', '道', '问', '答', '云', '曰', '称', '言', '写',
];
/**
 * Cues of telling someone something (嘱咐大家要“撸起袖子加油干”, 他说“…”): a short fragment they govern
 * is that speaker's words. Cues that set out formulations (提出, 强调, 明确 …) keep a short keyword a phrase.
 */
export const TELLING_CUES = new Set([
  '嘱咐', '叮嘱', '嘱托', '告诫', '勉励', '寄语', '深情寄语', '呼吁', '号召', '说', '讲', '说道', '讲道', '表示', '回答', '答道',
  '问道', '感慨', '感叹', '坦言', '直言', '笑称', '称', '说过', '曾说', '念叨', '提醒', '宣称', '声称',
  '笑道', '叹道', '喊道', '笑言', '直呼', '坚称', '辩称', '答复', '回复', '抱怨', '承诺', '劝告', '劝说', '祝愿', '惊呼', '裁示',
]);
/** CUES grouped by their last character, each group in CUES order (so the longest still wins). */
export const CUES_BY_LAST = new Map<string, string[]>();
for (const cue of CUES) {
  const last = cue[cue.length - 1];
  const group = CUES_BY_LAST.get(last);
  if (group) group.push(cue);
  else CUES_BY_LAST.set(last, [cue]);
}
// Longest first within each group (分析认为 before 认为), in CUES order among cues of one length.
for (const group of CUES_BY_LAST.values()) group.sort((a, b) => b.length - a.length);
/** Cues this short need ：or ，after them. */
export const SHORT_CUE_MAX = 1;
/** Aliases of the General Secretary, longest first, all normalised to 习近平. */
/** Words that open with a count and a classifier name a numbered formula (三个代表, 两个确立, 12项措施), not words said. */
export const FORMULA = /^[一二三四五六七八九十两百千万\d]+[个条项大种化]/;

export const XI_ALIASES: readonly string[] = ['习近平总书记', '习近平同志', '习近平主席', '习近平', '习主席', '总书记'];
export const XI = '习近平';

/** Subjects that are pronouns or not a subject at all: no speaker (we do not invent one). */
export const NOT_A_SPEAKER =
  /^(他|她|它|他们|她们|我们|我(?![国省市区县党校院部委厅局])|你|你们|咱们|大家|其|有人|有同志|有朋友|有位同志|自己|人们|要(?!素)|必须|应(?![急用届])|应当|需要|坚持|推动|加快|只有|因为|所以|如果|就是|这就|也就是|(?:有|有这样)?(?:一|这|那|换)?句话|诗中|诗里|书中|书里|词中|从|关于|对于|至于|针对|围绕|充满|满怀|饱含|满含|怀着|带着|含着|赋诗|吟诗|题诗|作诗|写诗|挥毫|挥笔|提笔|基于|鉴于|依据|根据|十分|非常|格外|极其|颇为|深表|深感|倍感|念$|唱$|吟$)|(结尾处|开头处|此处|文末|文中|篇末|开篇|结尾|末尾|书中|书里|诗中|诗里|词中)$/;
/** Adverbials and prepositions that end the subject: 习近平总书记|在…座谈会上指出. */
export const SUBJECT_END =
  /(在|于|对|就|向|同(?![行事学志胞伴龄])|与(?!会)|给|自我(?=介绍|$)|曾|也|还|又|都|接受(?=[^，。]{0,12}采访)|常(?=[对向跟和与给在说讲把])|常常|经常|总是|时常|一直|历来|一贯|始终|向来|从来|一向|纷纷|一致|普遍|共同(?!体)|多次|一再|再次|反复|曾经|深刻|明确|进一步|特别(?!行政区)|专门(?!委员会)|亲自|郑重|首次|鲜明|高度|精辟|生动|形象|严肃|深情|语重心长|不时|时不时|连声|频频|边走边|边看边|甚至|(?<![务息政权党校])公开(?=[声表称宣指批承呼说讲]|$)|则|却|亦|续|紧接[着著]|接着|接著|跟(?=[\u4e00-\u9fff]{1,8}$)|冲着)/;
/** 在…会上 / 在…讲话中 / 在…考察时 opening a clause; greedy, so the last such ending is taken. */
export const LEADING_ADVERBIAL = /^[在于].{1,40}(会上|会议上|讲话中|讲话时|考察时|调研时|之际|期间|时)(?!的)/;
/** Words that open a clause without being its subject. */
export const LEADING_CONNECTOR =
  /^(据|同时|此外|紧接着|接着|对此|为此|因此|所以|于是|因而|可见|总之|然后|其中|而且|并且|但是|然而|正如|诚如|正像|就像|如同|但|而|并|另外|近日|日前|最近|当时|随后|后来|去年|今年|前年|此前|以前|过去|当年|那时|早些时候|多年前|早年|(?:\d{4}|[〇零一二三四五六七八九]{4})年(?:\d{1,2}月)?(?:\d{1,2}日)?)/;
/** The dateline opening a news report (新华社北京3月5日电, 本报北京3月5日电（记者王某）). */
export const LEADING_DATELINE = /^[^，。]{0,16}?[0-9一二三四五六七八九十]日电(（[^）]{0,20}）)?/;
/** A time adverbial between the subject and the cue (李强5日在…说, 会议昨天指出). */
export const TRAILING_TIME =
  /((\d{4}|[〇零一二三四五六七八九]{4})年|\d{1,2}月|\d{1,2}日|[一二三]?十?[一二三四五六七八九十][月日]|今天|昨天|前天|当天|近日|日前|上午|下午|晚上|晚间|今早|今晨|今晚|昨晚|今日|昨日|[今昨前明][（(][\d一二三四五六七八九十]{1,3}[）)]日|[（(][^（）()]{1,12}[）)])+$/;
/** A reporter's byline before the first sentence (记者林小明／台北报导, 【本报讯】, 本报讯). */
export const LEADING_BYLINE =
  /^(?:[（(]?记者[\u4e00-\u9fff·]{2,4}[／/\s\u3000]*[\u4e00-\u9fff]{0,6}(?:综合报导|报导|报道|电)[）)]?|【[^】]{1,20}】|本报讯|中央社记者[\u4e00-\u9fff]{2,4}[\u4e00-\u9fff]{0,4}(?:\d{1,2}日)?电)/;


/**
 * Why a speech has no speaker although the text may name one nearby: a pronoun subject (他强调,
 * ”她说。; `continuing` for 他还说 / 他也指出), a cue opening its clause with no subject at all
 * (。同时强调：, 。并要求：), the first person (我们强调, 我说过: the author or speaker of the text),
 * or a bare title (总理指出, 这位负责人介绍说: the person of that title named nearby).
 * `at`: where the reference stands (the look-back ends there).
 */
export interface Reference {
  kind: 'pronoun' | 'elided' | 'first' | 'title';
  at: number;
  continuing: boolean;
  /** 她: never 习近平. */
  feminine: boolean;
  /** For `title`: the title as written (总理, 部长, 这位负责人). */
  title?: string;
  /** A transcript label (发言人：): its person may be named anywhere before, not only in the previous paragraph. */
  wide?: boolean;
}

export function joinLines(s: string): string {
  return s.replace(/[ \t\u3000]*[\r\n]+[ \t\u3000]*/g, '');
}
