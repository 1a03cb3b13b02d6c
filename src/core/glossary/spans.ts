/**
 * A glossary term in quotation marks followed by a generic head is one term: “三个代表”重要思想,
 * “一带一路”倡议, “健康中国”战略, “放管服”改革, 共建“一带一路”倡议. The match grows to the whole span
 * (opening mark to head), keeps the inner entry (`via: 'head'`: the hover says the entry explains the
 * span), and only when the quotation holds nothing but the term. The head must end a word: a head
 * running on into a longer noun (“一带一路”建设者, “一国两制”制度优势, “双碳”目标任务书; but 制度体系 and
 * 政策体系 are heads of their own: “一国两制”制度体系, “双碳”政策体系) or an ordinary
 * word after the quotation (“六稳”工作, “十四五”时期) leaves the match as it was.
 * Read on the simplified form of the text (same offsets); `text` gives the span's own characters.
 */
import type { TermMatch } from '../types';

/** Generic heads, longest first where one starts another. */
const HEADS = [
  '制度体系', '政策体系', '重要思想', '重大倡议', '国家战略', '发展战略', '重大战略', '规划纲要', '行动计划', '战略', '倡议', '规划', '纲要', '工程',
  '行动', '计划', '体系', '机制', '改革', '建设', '方针', '理念', '目标', '试点', '政策', '制度', '格局', '布局', '思想',
];
/** Characters after a head that make it part of a longer noun (建设者, 战略性, 工程师, 规划局 …). */
const RUNS_ON = new Set([...'者性化家员师部局处办室组会司厅院所站队书类型区费款']);
const OPEN_FOR: Record<string, string> = { '”': '“', '」': '「', '』': '『', '"': '"', '＂': '＂', '’': '‘' };
const OPENS = new Set(['“', '「', '『', '"', '＂', '‘']);

/**
 * What may follow the head: a character that is no Han character, or one that starts a particle, a
 * conjunction, a verb or 新 (的, 和, 是, 提出, 实施, 新高潮 …). Another noun after the head means the head is the
 * first half of a compound (“一国两制”制度|优势, “一国两制”制度|体系): the span is left as it was.
 */
const FOLLOW = new Set([...'的和与及是在为以提中上下等新全取实已将要也都不有得进开成向对于把被让给并而又再就才还所从由至到这其各深持推加落贯坚作']);
const isHan = (c: string | undefined): boolean => c !== undefined && /[\u3400-\u9fff]/.test(c);

function headAt(text: string, at: number): string | null {
  for (const h of HEADS) {
    if (!text.startsWith(h, at)) continue;
    const next = text[at + h.length];
    return RUNS_ON.has(next) || (isHan(next) && !FOLLOW.has(next)) ? null : h;
  }
  return null;
}

/** The explained matches with a quoted term + head grown to the whole span (sorted, non-overlapping in, and out). */
export function withQuotedHeads(base: string, text: string, matches: TermMatch[]): TermMatch[] {
  const out: TermMatch[] = [];
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i];
    if (!m.explained || m.via === 'rule') {
      out.push(m);
      continue;
    }
    let start = -1;
    let close = -1;
    const last = base[m.end - 1];
    if (OPENS.has(base[m.start - 1]) && OPEN_FOR[base[m.end]] !== undefined && OPEN_FOR[base[m.end]] === base[m.start - 1]) {
      // “一带一路”: the quotation holds exactly the match.
      start = m.start - 1;
      close = m.end;
    } else if (OPEN_FOR[last] !== undefined) {
      // 共建“一带一路”: the match ends with the closing mark, its opening mark inside.
      const open = base.lastIndexOf(OPEN_FOR[last], m.end - 2);
      if (open >= m.start) {
        start = m.start;
        close = m.end - 1;
      }
    }
    if (start < 0) {
      out.push(m);
      continue;
    }
    const head = headAt(base, close + 1);
    const end = close + 1 + (head?.length ?? 0);
    // Never grow into the next match.
    if (head === null || (i + 1 < matches.length && matches[i + 1].start < end) || (out.length > 0 && out[out.length - 1].end > start)) {
      out.push(m);
      continue;
    }
    out.push({ ...m, start, end, text: text.slice(start, end), via: 'head' });
  }
  return out;
}
