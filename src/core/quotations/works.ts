/**
 * Quoted works and their authors where the clause around the quotation names them without a subject
 * the scanner reads (issue 11, quoted works), applied after the scan to speech quotations that are
 * still without a speaker:
 *  - the work before the words: 语出《后汉书·虞诩传》：“…” / 典出《论语》：“…” → 《后汉书·虞诩传》;
 *  - the author in brackets right after the words: “…”（江泽民在十五大报告语） / “…”（毛泽东语） → 江泽民;
 *  - 文中写道 / 书中指出 / 该书认为 with the work named just before (在《评战犯求和》一文中，…。文中写道：“…”)
 *    → that work, when the text before names exactly one work.
 * Each reads a bounded window before or after the quotation, so the pass stays linear.
 */
import type { Quotation } from '../types';
import { normaliseSpeaker } from './subject';
import { SURNAMES } from './names';

/** 语出《…》：“ / 出自《…》：“ / 典出《…》“ right before the opening mark. */
const WORK_BEFORE = /(?:语出|出自|典出|引自|摘自|见于)\s*(《[^《》\r\n]{1,40}》)(?:[^，。！？；：:“”「」\r\n]{0,8}?)(?:[，,](?:其)?(?:原文|原句|原话)(?:为|是|说|写道)?)?[：:，,]?\s*$/;

/** （江泽民在十五大报告语） / （毛泽东语） / （鲁迅的话） right after the closing mark. */
const AUTHOR_IN_BRACKETS = /^[，,。]?\s*[（(]\s*([\u4e00-\u9fff·]{2,8}?)(?:同志|先生)?(?:在[^（）()\r\n]{1,24}?)?(?:语|所言|所说|的话)\s*[）)]/;

/** ”这是一句民间歇后语 / ”这是一句古话 right after the words: a saying or an ancient source. */
const SAYING_AFTER = /^[，,。]?\s*(?:这是|这句话是|此乃|乃)(?:一句|句|一条)?(?:民间|古代|中国|我国|老百姓)?(?:的)?(歇后语|俗语|谚语|俗话|老话|民谚|农谚|古话|古语)/;

/** Words that stand for a work named before: 文中 / 书中 / 该书 / 这篇文章 (with 还, 也, 曾 …). */
const WORK_PRONOUN = /(?:^|[，,。；;：:\s])(?:开篇|开头|篇末|结尾|末尾)?(?:就)?(?:在)?(文中|书中|文章中|该书|该文|此文|本书|全书|全文|这篇文章|这本书|这部著作|该著作)(?:中)?(?:就|还|也|又|曾|更|进一步|明确|鲜明|深刻|首先)*$/;

/** A work named in running text, with what marks it as a work (一文, 一书, 这篇, 中, 里). */
const WORK_NAMED = /《([^《》\r\n]{1,40})》/g;

/** How far back a work named before 文中 / 书中 is looked for. */
const WORK_LOOKBACK = 200;

export function attributeWorks(text: string, found: Quotation[]): void {
  for (const q of found) {
    // “…”（毛泽东语）: a short quotation signed in brackets is someone's words too.
    if (q.kind === 'phrase' && q.depth === 0 && q.closed && q.content.length >= 4) {
      const bracket = AUTHOR_IN_BRACKETS.exec(text.slice(q.end, q.end + 40));
      const author = bracket === null ? null : authorName(bracket[1]);
      if (author !== null) {
        q.kind = 'speech';
        q.speaker = author;
      }
      continue;
    }
    if (q.kind !== 'speech' || q.speaker !== null) continue;
    const before = text.slice(Math.max(0, q.start - 60), q.start);
    const work = WORK_BEFORE.exec(before);
    if (work !== null) {
      q.speaker = work[1];
      q.cue = q.cue ?? '出自';
      continue;
    }
    if (q.closed) {
      const kind = SAYING_AFTER.exec(text.slice(q.end, q.end + 24));
      if (kind !== null) {
        q.speaker = /古话|古语/.test(kind[1]) ? '古人' : '俗语';
        continue;
      }
      const bracket = AUTHOR_IN_BRACKETS.exec(text.slice(q.end, q.end + 40));
      const author = bracket === null ? null : authorName(bracket[1]);
      if (author !== null) {
        q.speaker = author;
        continue;
      }
    }
    if (q.cue !== null && q.depth === 0) {
      const named = workPronounBefore(text, q);
      if (named !== null) q.speaker = named;
    }
    // 《墨梅》（王冕） “…” / 《赠刘景文》(苏轼)⏎“…”: a work and its author in brackets right before the words.
    if (q.depth === 0 && q.speaker === null && q.closed) {
      const signed = SIGNED_WORK.exec(text.slice(Math.max(0, q.start - 50), q.start));
      if (signed !== null) {
        q.kind = 'speech';
        // (（全文） / （节选） / （草案） in the brackets are no author: the work.)
        q.speaker = (NOT_AUTHOR.test(signed[2]) ? null : authorName(signed[2])) ?? signed[1];
        continue;
      }
    }
    // 我想起闻一多先生的长诗《园内》中的一段话：“…” → the author; 《诗经》中的一句话：“…” → the work.
    if (q.cue === null && q.depth === 0 && q.speaker === null) {
      const before = text.slice(Math.max(0, q.start - 70), q.start);
      const label = PASSAGE_OF_WORK.exec(before);
      if (label !== null) q.speaker = passageSpeaker(before, label);
    }
  }
}

/** A work and its author in brackets heading the words, on their line or the one before: 《墨梅》（王冕）“. */
const SIGNED_WORK = /(?:^|[\r\n]|[。！？]\s*)[ \t\u3000]*(《[^《》\r\n]{1,30}》)\s*[（(]\s*(?:[\u4e00-\u9fff]{1,2}[代朝]\s*)?([\u4e00-\u9fff·]{2,4})\s*[）)][：:]?[ \t\u3000]*(?:\r?\n[ \t\u3000]*)?$/;

/** What brackets after a title hold when they name no author. */
const NOT_AUTHOR = /^(?:全文|草案|节选|摘录|摘编|试行|修订|修订稿|征求意见稿|摘要|续|选段|原文|译文|全诗|其一|其二|上|下)$/;

/**
 * A passage of a named work introduced with a colon right before the words (one line break may stand
 * between): [… author 的 [长诗 / 文章 …]] 《work》 [中 / 里] 的 一段话 / 这句话 / 名句：.
 */
const PASSAGE_OF_WORK =
  /(?:(同志|先生)?的(?:长诗|短诗|诗歌|诗|词|名篇|文章|散文|小说|著作|名著|书|杂文|演讲|讲演|信)?)?(《[^《》\r\n]{1,30}》)(?:一文|一书|一诗)?(?:中|里)?的?(?:这样)?(?:一段话|这段话|一句话|这句话|一段|一句|名句|诗句|句子|话)[：:]\s*$/;

/**
 * The speaker of a passage of a work: the author named right before 的 (the last three or two
 * characters before it, read as a name by {@link authorName}: 想起闻一多先生的 → 闻一多, 读到鲁迅的 →
 * 鲁迅); without 的, or with no name there, the work.
 */
function passageSpeaker(before: string, label: RegExpExecArray): string {
  if (label[0].startsWith('的') || label[1] !== undefined) {
    const pre = before.slice(0, label.index);
    for (const n of [3, 2]) {
      const name = pre.slice(-n);
      if (name.length === n && (SURNAMES.has(name[0]) || CLASSIC_AUTHORS.has(name))) {
        const author = authorName(name);
        if (author !== null) return author;
      }
    }
  }
  return label[2];
}

/** A name as a reader writes it (a surname and one to three characters, or a famous one-word name), else null. */
function authorName(raw: string): string | null {
  const speaker = normaliseSpeaker(raw);
  if (speaker === null) return null;
  if (speaker === '习近平') return speaker;
  return /^[\u4e00-\u9fff·]{2,4}$/.test(speaker) && (SURNAMES.has(speaker[0]) || CLASSIC_AUTHORS.has(speaker)) ? speaker : null;
}

/** Authors often quoted whose names do not start with a common surname. */
export const CLASSIC_AUTHORS = new Set(['恩格斯', '列宁', '斯大林', '马克思', '孙中山', '鲁迅', '孔子', '孟子', '荀子', '老子', '庄子', '墨子', '韩非子']);

/**
 * 文中写道 / 书中指出 right before the cue, and the text of the paragraph before it names exactly one
 * work: that work. Two different works, or none, leave the speaker null.
 */
function workPronounBefore(text: string, q: Quotation): string | null {
  const cueAt = text.lastIndexOf(q.cue ?? '', q.start);
  if (cueAt < 0 || q.start - cueAt > 6) return null;
  const windowStart = Math.max(0, cueAt - WORK_LOOKBACK);
  const clause = text.slice(windowStart, cueAt).replace(/所$/, '');
  const m = WORK_PRONOUN.exec(clause);
  if (m === null) return null;
  const earlier = clause.slice(0, m.index + 1);
  const works = new Set<string>();
  for (const w of earlier.matchAll(WORK_NAMED)) works.add(w[0]);
  if (works.size !== 1) return null;
  const [work] = works;
  // The work must be named as a piece of writing (在《…》一文中 / 《…》这篇 / 《…》一书), not as a policy.
  const at = earlier.lastIndexOf(work);
  const around = earlier.slice(Math.max(0, at - 2), at + work.length + 4);
  // A heading naming the work (《…》学习心得 on a line of its own) before 书中 / 文中.
  const lineEnd = earlier.slice(at).search(/[\r\n]/);
  const heading =
    /(?:^|[\r\n])[ \t\u3000]*$/.test(earlier.slice(0, at)) &&
    (windowStart === 0 || /[\r\n]/.test(earlier.slice(0, at))) &&
    lineEnd > 0 &&
    !/[。！？!?，,]/.test(earlier.slice(at, at + lineEnd));
  const published = /(?:出版了?|著有|撰写了?|发表了?|写下了?|写了|新作|名著|著作|文章|专著|出自|引自|摘自|见于|载于|源自)$/.test(earlier.slice(Math.max(0, at - 6), at));
  return heading || published || /^在|^.在|》(?:一文|一书|这篇|这本|这部|中|里|一诗)/.test(around) ? work : null;
}
