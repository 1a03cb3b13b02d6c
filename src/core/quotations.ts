/**
 * Quotation detector: `detectQuotations(text)` finds “…”, ‘…’, 「…」, 『…』 (nested to any mix) and
 * straight "…" pairs on one line, tells a quoted utterance (`speech`) from a quoted term (`phrase`),
 * and finds who is quoted (`speaker`) and the introducing verb (`cue`).
 *
 * One left-to-right pass with a small stack of open marks. Paragraphs are non-blank lines; at the end
 * of a paragraph an open quotation is resolved, in this order:
 *  1. the paragraph ends its sentence, the next one reopens with the same mark (the convention for
 *     a quotation running over several paragraphs) and that chain of reopened paragraphs closes somewhere: the quotation
 *     continues; the reopening marks are left out of `content`; the paragraphs are joined with "\n";
 *  2. the paragraph ends without terminal punctuation (。！？；…) — a sentence broken by print
 *     layout or PDF extraction, "新一轮科技革命\n\n和产业变革" — or it ends a sentence but is only
 *     a hard-wrapped line (a single line break, the next line neither indented nor reopening), and
 *     the next paragraph (or the one after, if the next also ends mid-sentence) holds the closing
 *     mark: the break is soft; the quotation continues and `content` joins the pieces without it;
 *  3. otherwise every open quotation ends, unclosed, at the end of this paragraph.
 * A closing mark that closes nothing is ignored. Everything is linear: the look-ahead reads at most
 * two paragraphs and {@link LOOKAHEAD_CHARS} characters, the speaker search at most
 * {@link LOOKBACK_CHARS} characters, and the stack holds at most {@link MAX_DEPTH} marks.
 *
 * Kind rules (in order):
 *  - a cue verb followed by ：or ，right before the mark (指出：“…”) → speech;
 *  - a cue verb (optionally + 了) right before the mark, no punctuation (报告提出“…”): speech when the
 *    content is a statement (has internal punctuation or ≥ 8 characters) and the quotation is not
 *    used as a modifier (“…”的发展目标), otherwise phrase;
 *  - the cue may be a relative clause: 正如习近平总书记所指出的，“…” / 正如总书记所说：“…”;
 *  - closed quotation followed by ，他说。 / ”，习近平指出。 / ”习近平总书记在…时说。 → speech with
 *    that speaker and cue; a comma after the cue counts only in a split quotation (“…，”他说，“…”
 *    or “…。”他说，“…”), since ”，习近平说，要… goes on with indirect speech;
 *  - a statement quoted right after a speech with nothing or ，、 between (强调，“…”，“…”)
 *    continues that speech (same speaker and cue); short terms (“两个确立”“两个维护”) do not;
 *  - no cue: a quotation directly followed by 的 is a noun modifier (确立了“到2025年，……”的发展目标:
 *    a quoted goal, not attributed speech) → phrase; content with sentence punctuation (。！？；) or a
 *    long clause with commas (> 30 characters) → speech with speaker null; anything else → phrase.
 * Phrases carry no speaker and no cue.
 *
 * Speaker rules: the clause subject before the cue, as written (会议, 全会, 《决定》, 文章,
 * 国务院总理李强 — a post before a name is kept), with 习近平's aliases normalised to 习近平; a
 * pronoun (他强调, ”她说。) is resolved only to the one person named as a subject or quoted in the
 * same or previous paragraph, and a cue with its subject left out (。同时强调：, 。并要求：) continues
 * the previous speech's speaker ({@link resolveReferences}); otherwise they stay null; a news dateline
 * (新华社北京3月5日电) and a time between subject and adverbial (李强5日在…, 2023年4月在…) are
 * dropped; a 《document title》 may be up to 80 characters long, other speakers 25.
 */
import type { Quotation, QuotationKind } from './types';
import { endsSentence, isSpaceCode, lineSpans, skipSpaceBackward, skipSpaceForward, type LineSpan } from './text';

/** Opening mark -> closing mark. Straight quotes are handled apart (same character both ways). */
const CLOSE_OF: Readonly<Record<string, string>> = { '“': '”', '‘': '’', '「': '」', '『': '』' };
const CLOSING = new Set(Object.values(CLOSE_OF));
const STRAIGHT = '"';

/** Deeper nesting than this is damage, not structure; further opening marks are read as text. */
export const MAX_DEPTH = 16;
/** How far before the opening mark the speaker and cue are searched. */
export const LOOKBACK_CHARS = 120;
/** How far past a soft paragraph break the closing mark is searched. */
export const LOOKAHEAD_CHARS = 3000;

/**
 * Verbs that introduce quoted words, longest first so that 强调指出 wins over 指出. The short ones
 * (说, 讲, 道 …) count only when followed by ：or ，(说“…” is too often 说“不”, a phrase).
 */
const CUES: readonly string[] = [
  '强调指出', '深刻指出', '明确指出', '鲜明指出', '精辟指出', '郑重指出', '深刻阐明', '明确提出', '郑重宣布',
  '庄严宣告', '深情寄语', '明确要求', '深刻揭示',
  '指出', '强调', '提出', '要求', '表示', '认为', '写道', '宣布', '宣告', '明确', '重申', '号召', '寄语', '回信',
  '阐明', '阐述', '论述', '告诫', '叮嘱', '嘱托', '勉励', '说道', '讲道', '谈到', '提到', '坦言', '指示', '批示',
  '部署', '规定', '载明', '写明', '提醒', '呼吁', '希望', '致辞', '讲话', '答道', '问道', '回答', '表明', '说明',
  '介绍', '透露', '解释', '直言', '感慨', '感叹', '谈道', '说到', '讲到',
  '说', '讲', '道', '问', '答', '云', '曰',
];
/** CUES grouped by their last character, each group in CUES order (so the longest still wins). */
const CUES_BY_LAST = new Map<string, string[]>();
for (const cue of CUES) {
  const last = cue[cue.length - 1];
  const group = CUES_BY_LAST.get(last);
  if (group) group.push(cue);
  else CUES_BY_LAST.set(last, [cue]);
}
/** Cues this short need ：or ，after them. */
const SHORT_CUE_MAX = 1;

/** Aliases of the General Secretary, longest first, all normalised to 习近平. */
const XI_ALIASES: readonly string[] = ['习近平总书记', '习近平同志', '习近平主席', '习近平', '习主席', '总书记'];
const XI = '习近平';

/** Subjects that are pronouns or not a subject at all: no speaker (we do not invent one). */
const NOT_A_SPEAKER =
  /^(他|她|它|他们|她们|我|我们|你|你们|咱们|大家|其|有人|人们|要|必须|应|应当|需要|坚持|推动|加快|只有|因为|所以|如果|就是|这就|也就是)/;
/** Adverbials and prepositions that end the subject: 习近平总书记|在…座谈会上指出. */
const SUBJECT_END =
  /(在|于|对|就|向|同|与|给|曾|也|还|又|都|多次|一再|再次|反复|曾经|深刻|明确|进一步|特别|专门|亲自|郑重|首次|鲜明|高度|精辟|生动|形象|严肃|深情|语重心长)/;
/** 在…会上 / 在…讲话中 / 在…考察时 opening a clause; greedy, so the last such ending is taken. */
const LEADING_ADVERBIAL = /^[在于].{1,40}(会上|会议上|讲话中|讲话时|考察时|调研时|之际|期间|时)(?!的)/;
/** Words that open a clause without being its subject. */
const LEADING_CONNECTOR = /^(同时|此外|对此|为此|因此|其中|而且|并且|但是|然而|正如|诚如|正像|就像|如同|但|而|并|另外|近日|日前|最近|当时|随后|后来)/;
/** The dateline opening a news report (新华社北京3月5日电, 本报北京3月5日电（记者王某）). */
const LEADING_DATELINE = /^[^，。]{0,16}?[0-9一二三四五六七八九十]日电(（[^）]{0,20}）)?/;
/** A time adverbial between the subject and the cue (李强5日在…说, 会议昨天指出). */
const TRAILING_TIME =
  /((\d{4}|[〇零一二三四五六七八九]{4})年|\d{1,2}月|\d{1,2}日|[一二三]?十?[一二三四五六七八九十][月日]|今天|昨天|前天|当天|近日|日前|上午|下午|晚上|晚间)+$/;

interface Gap {
  start: number;
  end: number;
  joiner: string;
}

interface OpenQuote {
  start: number;
  open: string;
  close: string;
  depth: number;
  /** Offset of the enclosing quotation's opening mark, or -1. */
  parentStart: number;
  /** Paragraph breaks inside the quotation, left out of `content`. */
  gaps: Gap[];
}

/**
 * Find every quotation in `text`, sorted by start (an outer quotation before the ones inside it).
 * `lines`: the text's `lineSpans`, when the caller already has them.
 */
export function detectQuotations(text: string, lines: readonly LineSpan[] = lineSpans(text)): Quotation[] {
  const found: Quotation[] = [];
  if (text.length === 0) return found;
  const nonBlank: number[] = [];
  for (let li = 0; li < lines.length; li++) {
    if (!isLineBlank(text, lines[li].start, lines[li].end)) nonBlank.push(li);
  }

  const chainCloses = reopeningChainCloses(text, lines, nonBlank);
  const stack: OpenQuote[] = [];
  const refs = new Map<Quotation, Reference>();
  const emit = (q: OpenQuote, end: number, closed: boolean) => {
    found.push(buildQuotation(text, q, end, closed, refs));
  };
  const closeAt = (k: number, i: number, markLen: number) => {
    // Marks opened inside the one being closed and never closed end here, unclosed.
    for (let j = stack.length - 1; j > k; j--) emit(stack[j], i, false);
    emit(stack[k], i + markLen, true);
    stack.length = k;
  };

  let scanFrom = -1;
  // Position of the next straight quote, searched forward only (so the search stays linear).
  let nextStraight = text.indexOf(STRAIGHT);
  // Position of the next quotation mark of any kind at or after the scan position (-1: none left).
  let nextMark = -2;
  for (let p = 0; p < nonBlank.length; p++) {
    const line = lines[nonBlank[p]];
    if (nextStraight >= 0 && nextStraight < line.start) nextStraight = text.indexOf(STRAIGHT, line.start);
    const straight = nextStraight >= 0 && nextStraight < line.end ? straightQuoteRoles(text, nextStraight, line.end) : null;
    for (let i = Math.max(line.start, scanFrom); i < line.end; i++) {
      // Jump to the next quotation mark (its position is cached, so the search stays linear).
      if (nextMark !== -1 && nextMark < i) nextMark = nextMarkFrom(text, i);
      if (nextMark < 0 || nextMark >= line.end) break;
      i = nextMark;
      const ch = text[i];
      const close = CLOSE_OF[ch];
      if (close !== undefined) {
        if (stack.length < MAX_DEPTH) {
          stack.push(newOpen(i, ch, close, stack));
        }
      } else if (CLOSING.has(ch)) {
        const k = findOpen(stack, ch);
        if (k >= 0) closeAt(k, i, 1);
      } else if (ch === STRAIGHT && straight !== null) {
        if (straight.get(i) === 'open') {
          if (stack.length < MAX_DEPTH) stack.push(newOpen(i, STRAIGHT, STRAIGHT, stack));
        } else {
          const k = findOpen(stack, STRAIGHT);
          if (k >= 0) closeAt(k, i, 1);
        }
      }
    }
    scanFrom = -1;
    if (stack.length === 0) continue;

    // The paragraph ends inside a quotation.
    const pEnd = skipSpaceBackward(text, line.start, line.end);
    const nextLine = p + 1 < nonBlank.length ? lines[nonBlank[p + 1]] : null;
    if (nextLine === null) {
      endAll(stack, pEnd, emit);
      continue;
    }
    const nStart = skipSpaceForward(text, nextLine.start, nextLine.end);
    const bottom = stack[0];
    const sentenceEnded = endsSentence(text, line.start, pEnd);
    if (sentenceEnded && text[nStart] === bottom.open && bottom.open !== STRAIGHT && chainCloses[p + 1]) {
      // 1. Reopened: the outermost quotation continues; inner ones end with this paragraph.
      for (let j = stack.length - 1; j > 0; j--) emit(stack[j], pEnd, false);
      stack.length = 1;
      bottom.gaps.push({ start: pEnd, end: nStart + 1, joiner: '\n' });
      scanFrom = nStart + 1;
    } else if (
      (!sentenceEnded || isHardWrap(text, lines, nonBlank, p, nStart, bottom)) &&
      closesSoon(text, lines, nonBlank, p + 1, stack)
    ) {
      // 2. Soft break from layout: keep every open quotation going.
      for (const q of stack) q.gaps.push({ start: pEnd, end: nStart, joiner: '' });
      scanFrom = nStart;
    } else {
      // 3. Unclosed: it ends with its paragraph.
      endAll(stack, pEnd, emit);
    }
  }
  // Sorting by start, then outer first; quotations of equal start cannot exist (one mark, one quotation).
  found.sort((a, b) => a.start - b.start);
  if (refs.size > 0) resolveReferences(text, found, refs);
  continueSpeech(text, found);
  return found;
}

/**
 * A statement quoted right after a speech quotation, with nothing or only ，、 between them
 * (习近平总书记强调，“…”，“…”), continues that speech: same speaker and cue. A short term
 * (“两个确立”“两个维护”) or a modifier (“…”的) does not. Linear: one pass, one entry per depth.
 */
function continueSpeech(text: string, found: Quotation[]): void {
  const lastAtDepth: Quotation[] = [];
  for (const q of found) {
    const prev = lastAtDepth[q.depth];
    lastAtDepth[q.depth] = q;
    if (prev === undefined || q.cue !== null || !prev.closed || prev.kind !== 'speech' || prev.cue === null) continue;
    if (q.start - prev.end > 2 || prev.end > q.start) continue;
    const gap = text.slice(prev.end, q.start).trim();
    if (gap !== '' && gap !== '，' && gap !== ',' && gap !== '、') continue;
    if (q.closed && text[q.end] === '的') continue;
    if (!STATEMENT.test(q.content) && q.content.length < 8) continue;
    q.kind = 'speech';
    q.speaker = prev.speaker;
    q.cue = prev.cue;
  }
}

/**
 * A paragraph that ends a sentence inside a quotation but is only a line of hard-wrapped text
 * (PDF extraction: a single line break, the next line not indented and not reopening the
 * quotation): the line break is layout, and the quotation may close on the next line.
 */
function isHardWrap(text: string, lines: readonly LineSpan[], nonBlank: number[], p: number, nStart: number, bottom: OpenQuote): boolean {
  if (nonBlank[p + 1] !== nonBlank[p] + 1) return false;
  const next = lines[nonBlank[p + 1]];
  return nStart === next.start && text[nStart] !== bottom.open;
}

const STATEMENT = /[，,、。！？；!?;：:]/;

/**
 * For each paragraph that starts with an opening mark: whether a quotation reopened there closes,
 * in that paragraph or in a chain of following paragraphs that reopen with the same mark. A chain
 * that never closes is not one quotation but a run of unclosed ones (one per paragraph), so a
 * broken text never yields a quotation swallowing the rest of the document. Computed backwards in
 * one pass.
 */
function reopeningChainCloses(text: string, lines: readonly LineSpan[], nonBlank: number[]): boolean[] {
  const result = new Array<boolean>(nonBlank.length).fill(false);
  for (let p = nonBlank.length - 1; p >= 0; p--) {
    const line = lines[nonBlank[p]];
    const s = skipSpaceForward(text, line.start, line.end);
    const open = text[s];
    const close = CLOSE_OF[open];
    if (close === undefined) continue;
    let depth = 0;
    let closes = false;
    for (let i = s + 1; i < line.end; i++) {
      const ch = text[i];
      if (ch === open) depth++;
      else if (ch === close) {
        if (depth === 0) {
          closes = true;
          break;
        }
        depth--;
      }
    }
    if (!closes && p + 1 < nonBlank.length) {
      const next = lines[nonBlank[p + 1]];
      closes = text[skipSpaceForward(text, next.start, next.end)] === open && result[p + 1];
    }
    result[p] = closes;
  }
  return result;
}

/** Quotation marks: ‘ ’ “ ” (U+2018–U+201D), 「 」 『 』 (U+300C–U+300F) and the straight ". */
const MARK_RE = /[\u2018-\u201d\u300c-\u300f"]/g;

/** Offset of the first quotation mark at or after `from`, or -1. */
function nextMarkFrom(text: string, from: number): number {
  MARK_RE.lastIndex = from;
  const m = MARK_RE.exec(text);
  return m === null ? -1 : m.index;
}

function newOpen(i: number, open: string, close: string, stack: OpenQuote[]): OpenQuote {
  const parent = stack.length > 0 ? stack[stack.length - 1].start : -1;
  return { start: i, open, close, depth: stack.length, parentStart: parent, gaps: [] };
}

function findOpen(stack: OpenQuote[], close: string): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k].close === close) return k;
  return -1;
}

function endAll(stack: OpenQuote[], end: number, emit: (q: OpenQuote, end: number, closed: boolean) => void): void {
  for (let j = stack.length - 1; j >= 0; j--) emit(stack[j], end, false);
  stack.length = 0;
}

function isLineBlank(text: string, start: number, end: number): boolean {
  return skipSpaceForward(text, start, end) === end;
}

/**
 * Straight quotes count only when clearly paired on their line: an even number of them, taken
 * two by two. Reads the line from `start` (its first straight quote) to `end`. Returns null when
 * the line has none or an odd number.
 */
function straightQuoteRoles(text: string, start: number, end: number): Map<number, 'open' | 'close'> | null {
  const positions: number[] = [];
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 0x22) positions.push(i);
  if (positions.length === 0) return null;
  if (positions.length % 2 !== 0) return null;
  const roles = new Map<number, 'open' | 'close'>();
  positions.forEach((pos, k) => roles.set(pos, k % 2 === 0 ? 'open' : 'close'));
  return roles;
}

/**
 * Whether the innermost (or else the outermost) open quotation closes within the next paragraph,
 * or the one after it when the next paragraph also ends mid-sentence. Marks opened on the way are
 * balanced. Reads at most two paragraphs and LOOKAHEAD_CHARS characters.
 */
function closesSoon(
  text: string,
  lines: readonly LineSpan[],
  nonBlank: number[],
  from: number,
  stack: OpenQuote[],
): boolean {
  const targets = [stack[stack.length - 1], stack[0]];
  // Read at most two paragraphs; the second only when the first also ends mid-sentence.
  let budget = LOOKAHEAD_CHARS;
  for (let p = from; p < Math.min(from + 2, nonBlank.length); p++) {
    const line = lines[nonBlank[p]];
    const balance = [0, 0];
    for (let i = line.start; i < line.end && budget > 0; i++, budget--) {
      const ch = text[i];
      for (let t = 0; t < targets.length; t++) {
        if (ch === targets[t].open && ch !== targets[t].close) balance[t]++;
        else if (ch === targets[t].close) {
          if (balance[t] === 0) return true;
          balance[t]--;
        }
      }
    }
    if (budget <= 0 || endsSentence(text, line.start, line.end)) return false;
  }
  return false;
}

function buildQuotation(text: string, q: OpenQuote, end: number, closed: boolean, refs: Map<Quotation, Reference>): Quotation {
  const contentEnd = closed ? end - q.close.length : end;
  const content = contentOf(text, q.start + q.open.length, contentEnd, q.gaps);
  const { kind, speaker, cue, ref } = classify(text, q, end, closed, content);
  const quotation: Quotation = { start: q.start, end, text: text.slice(q.start, end), kind, speaker, cue, closed, content, depth: q.depth };
  if (ref !== null && kind === 'speech' && speaker === null && q.depth === 0) refs.set(quotation, ref);
  return quotation;
}

function contentOf(text: string, start: number, end: number, gaps: Gap[]): string {
  if (gaps.length === 0) return text.slice(start, Math.max(start, end));
  let out = '';
  let at = start;
  for (const g of gaps) {
    if (g.start >= end) break;
    out += text.slice(at, g.start) + g.joiner;
    at = g.end;
  }
  if (end > at) out += text.slice(at, end);
  return out;
}

interface Attribution {
  kind: QuotationKind;
  speaker: string | null;
  cue: string | null;
  /** Set when the speaker is null only because the subject is a pronoun or is left out. */
  ref: Reference | null;
}

/**
 * Why a speech has no speaker although the text may name one nearby: a pronoun subject (他强调,
 * ”她说。; `continuing` for 他还说 / 他也指出) or a cue opening its clause with no subject at all
 * (。同时强调：, 。并要求：). `at`: where the reference stands (the look-back ends there).
 */
interface Reference {
  kind: 'pronoun' | 'elided';
  at: number;
  continuing: boolean;
  /** 她: never 习近平. */
  feminine: boolean;
}

const PHRASE: Attribution = { kind: 'phrase', speaker: null, cue: null, ref: null };

function classify(text: string, q: OpenQuote, end: number, closed: boolean, content: string): Attribution {
  const before = cueBefore(text, q);
  const statement = STATEMENT.test(content) || content.length >= 8;
  const modifier = closed && text[end] === '的';
  if (before !== null) {
    if (before.punctuated || (statement && !modifier)) {
      // An elided subject counts only before ：or ，(同时强调：“…”), where the cue surely introduces the words.
      const ref = before.ref !== null && (before.ref.kind === 'pronoun' || before.punctuated) ? before.ref : null;
      return { kind: 'speech', speaker: before.speaker, cue: before.cue, ref };
    }
    return PHRASE;
  }
  if (closed) {
    const after = cueAfter(text, end, content);
    if (after !== null) return { kind: 'speech', speaker: after.speaker, cue: after.cue, ref: after.ref };
  }
  if (modifier) return PHRASE;
  if (/[。！？；!?;]/.test(content) || (/[，,]/.test(content) && content.length > 30)) {
    return { kind: 'speech', speaker: null, cue: null, ref: null };
  }
  return PHRASE;
}

interface CueMatch {
  cue: string;
  speaker: string | null;
  ref: Reference | null;
  /** ：or ，between the cue and the mark. */
  punctuated: boolean;
}

/** The cue verb just before the opening mark (指出：“ / 提出“ / 提出了“) and the speaker before it. */
function cueBefore(text: string, q: OpenQuote): CueMatch | null {
  const windowStart = lookbackStart(text, q);
  let i = skipSpaceBackward(text, windowStart, q.start);
  let punctuated = false;
  if (i > windowStart && '：:，,'.includes(text[i - 1])) {
    punctuated = true;
    i = skipSpaceBackward(text, windowStart, i - 1);
  }
  let cueEnd = i;
  if (!punctuated && i > windowStart && text[i - 1] === '了') cueEnd = i - 1;
  // 正如总书记所指出的，“…”: a cue turned into a relative clause (所…的) still introduces the words.
  const relative = punctuated && cueEnd > windowStart && text[cueEnd - 1] === '的';
  if (relative) cueEnd--;
  if (cueEnd <= windowStart) return null;
  // Only cues ending with the character before the mark can match.
  for (const cue of CUES_BY_LAST.get(text[cueEnd - 1]) ?? []) {
    if (cue.length <= SHORT_CUE_MAX && !punctuated) continue;
    let cueStart = cueEnd - cue.length;
    if (cueStart < windowStart || !text.startsWith(cue, cueStart)) continue;
    // 所说 / 所指出的: the subject stands before 所. Without 所, …的 needs a two-character cue
    // (强调的，“ yes; 说的，“ is too often 说的话).
    const suo = cueStart > windowStart && text[cueStart - 1] === '所';
    if (relative && !suo && cue.length <= SHORT_CUE_MAX) return null;
    if (suo) cueStart--;
    return { cue, ...speakerBefore(text, windowStart, cueStart), punctuated };
  }
  return null;
}

/**
 * Where the backwards search may start: not before the enclosing quotation's mark, not more than
 * LOOKBACK_CHARS back, not across a line break that ends a sentence, and not across a blank line
 * (what stands before it may be a heading) unless the text before it ends with ：. A single
 * mid-sentence line break (PDF extraction) is crossed.
 */
function lookbackStart(text: string, q: OpenQuote): number {
  const limit = Math.max(0, q.start - LOOKBACK_CHARS, q.parentStart + 1);
  for (let i = q.start - 1; i >= limit; i--) {
    const ch = text[i];
    if (ch === '\n' || ch === '\r') {
      // A blank line is a hard boundary here (what precedes it may be a heading or a byline);
      // a single line break is crossed unless a sentence ends before it.
      const breakStart = ch === '\n' && text[i - 1] === '\r' ? i - 1 : i;
      const lastChar = skipSpaceBackward(text, limit, breakStart);
      const gap = text.slice(lastChar, breakStart);
      const introduces = lastChar > limit && '：:'.includes(text[lastChar - 1]); // 讲话指出：⏎⏎“…
      if (((gap.includes('\n') || gap.includes('\r')) && !introduces) || endsSentence(text, limit, breakStart)) {
        return i + 1;
      }
    }
  }
  return limit;
}

/**
 * The subject of the clause that holds the cue: the clause segment right before the cue
 * (segments split at ，；：), trimmed of connectors and cut at the first adverbial
 * (在…上, 多次, 深刻 …); if that is empty (…座谈会上，深刻指出), the segment before. A cue that opens
 * its clause with no subject (…，并指出：“ / 。同时强调：“) takes the subject of a sentence opening
 * with subject + cue (会议认为，…，要求：“ → 会议); failing that it is marked elided, and so is a
 * pronoun subject marked, for {@link resolveReferences}.
 */
function speakerBefore(text: string, windowStart: number, cueStart: number): { speaker: string | null; ref: Reference | null } {
  // Clause boundary: the last sentence end before the cue.
  let from = windowStart;
  for (let i = cueStart - 1; i >= windowStart; i--) {
    if ('。！？!?”」』'.includes(text[i])) {
      from = i + 1;
      break;
    }
  }
  // Line breaks (PDF extraction: 习近\n平) and the indentation around them are removed; other
  // spaces are kept (《中共中央 国务院关于…的意见》) and trimmed per segment.
  const segments = joinLines(text.slice(from, cueStart)).split(/[，,；;：:]/);
  const last = segments[segments.length - 1];
  const lastSubject = subjectText(last);
  if (lastSubject !== undefined) return subjectWithRef(lastSubject, cueStart);
  const elided = ELIDED_CLAUSE.test(last.replace(/\s+/g, ''));
  if (elided) {
    const opener = sentenceOpener(text, windowStart, cueStart);
    if (opener !== null) return opener;
  }
  if (segments.length > 1) {
    const prev = segments[segments.length - 2].trim();
    // 习近平总书记在…座谈会上，深刻指出: the segment before is the subject with its adverbial. After
    // anything else (…，要求 / …问题作为重中之重，并指出) the segment before is a predicate, not a subject.
    if (!elided || /(上|时|中|后|期间|之际)$/.test(prev)) {
      const subject = subjectText(prev);
      if (subject !== undefined) return subjectWithRef(subject, cueStart);
    }
  }
  return { speaker: null, ref: elided ? { kind: 'elided', at: cueStart, continuing: true, feminine: false } : null };
}

function joinLines(s: string): string {
  return s.replace(/[ \t\u3000]*[\r\n]+[ \t\u3000]*/g, '');
}

/** The cue opens its clause: nothing before it but connectors and adverbs (同时, 并, 还, 进一步 …). */
const ELIDED_CLAUSE =
  /^[”’」』]*(同时|此外|另外|并且|而且|并|还|也|又|进一步|再次|随后|接着|最后|同样|特别|专门|明确|深刻|郑重|反复|多次|一再|鲜明|高度)*$/;
/** 他 / 她 as a subject (not 他们, 他人, 他国 …), maybe with an adverbial (他在讲话中, 他笑着). */
const PRONOUN_SUBJECT = /^[他她](?![们人国乡者])/;
/** 他还说 / 她也指出 / 他同时强调: the pronoun goes on with the previous speaker. */
const CONTINUING_PRONOUN = /^[他她](还|也|又|同时|进一步|接着|随后|再次|继续)/;

function subjectWithRef(subject: string, at: number): { speaker: string | null; ref: Reference | null } {
  const speaker = normaliseSpeaker(subject);
  if (speaker === null && subject.length <= 8 && PRONOUN_SUBJECT.test(subject)) {
    return { speaker, ref: { kind: 'pronoun', at, continuing: CONTINUING_PRONOUN.test(subject), feminine: subject[0] === '她' } };
  }
  return { speaker, ref: null };
}

/**
 * 会议认为，…，要求：“ / 习近平总书记在…时强调，…，并指出：“: the sentence holding the cue opens with
 * subject + cue verb, and that subject goes on. Returns null when the sentence does not open so.
 */
function sentenceOpener(text: string, windowStart: number, cueStart: number): { speaker: string | null; ref: Reference | null } | null {
  let from = windowStart;
  for (let i = cueStart - 1; i >= windowStart; i--) {
    if ('。！？!?'.includes(text[i])) {
      from = i + 1;
      break;
    }
  }
  const sentence = joinLines(text.slice(from, cueStart));
  const comma = sentence.search(/[，,；;：:]/);
  if (comma < 0) return null;
  // The sentence may start right after a quotation's 。” (…久久为功。”会议认为，…).
  const first = sentence.slice(0, comma).replace(/^[\s”’」』"]+/, '').trim();
  for (const cue of CUES_BY_LAST.get(first[first.length - 1]) ?? []) {
    if (cue.length < 2 || !first.endsWith(cue)) continue;
    const subject = subjectText(first.slice(0, first.length - cue.length).replace(/所$/, ''));
    if (subject === undefined) return null;
    const found = subjectWithRef(subject, from);
    return found.speaker !== null || found.ref !== null ? found : null;
  }
  return null;
}

/** undefined: the segment has no subject at all; otherwise the subject as written, not yet normalised. */
function subjectText(segment: string): string | undefined {
  let s = segment.trim();
  let m: RegExpExecArray | null;
  const dateline = LEADING_DATELINE.exec(s);
  if (dateline !== null) s = s.slice(dateline[0].length).trim();
  while ((m = LEADING_CONNECTOR.exec(s)) !== null && m[0].length > 0) s = s.slice(m[0].length);
  // 在庆祝大会上习近平总书记指出: the subject follows the 在…上/时/期间 adverbial.
  const adverbial = LEADING_ADVERBIAL.exec(s);
  if (adverbial !== null) s = s.slice(adverbial[0].length);
  // A segment opening with an adverbial (在…会上 / 深刻) has no subject of its own.
  if (s.length === 0 || s.search(SUBJECT_END) === 0) return undefined;
  // A subject has at least two characters, so a marker at position 1 is part of a name (成都市委).
  // The markers are not searched inside a 《title》 (《中共中央关于…的决定》 holds 于).
  const titleEnd = s.indexOf('》');
  const from = titleEnd >= 0 && s.lastIndexOf('《', titleEnd) >= 0 ? Math.max(2, titleEnd + 1) : 2;
  const cut = s.slice(from).search(SUBJECT_END);
  if (cut >= 0) s = s.slice(0, cut + from);
  const time = TRAILING_TIME.exec(s);
  if (time !== null && time.index >= 2) s = s.slice(0, time.index);
  return s;
}

/** 习近平总书记 / 习近平同志 / 总书记 / 习主席 -> 习近平; pronouns and non-subjects -> null. */
export function normaliseSpeaker(raw: string): string | null {
  const s = raw.trim();
  // A document title may be long (《中共中央关于进一步全面深化改革、推进中国式现代化的决定》).
  const maxLength = /^[^《》]{0,16}《[^《》]+》$/.test(s) ? 80 : 25;
  if (s.length === 0 || s.length > maxLength) return null;
  if (NOT_A_SPEAKER.test(s)) return null;
  for (const alias of XI_ALIASES) {
    if (s === alias) return XI;
  }
  // 习近平总书记的重要讲话 / 习近平同志的回信: his words.
  for (const alias of XI_ALIASES) {
    if (s.startsWith(alias + '的')) return XI;
  }
  // 以习近平同志为核心的党中央 is the Central Committee, not Xi himself.
  const core = /^以习近平同志为核心的(.+)$/.exec(s);
  if (core) return core[1];
  for (const alias of XI_ALIASES) {
    if (s.startsWith(alias) && s.length - alias.length <= 4) return XI; // 习近平总书记曾 …, 习近平同志本人
  }
  return s;
}

/**
 * ”他说。 / ”，习近平总书记强调。 / ”习近平总书记在…时说。 / ”他说，“… right after a closed quotation.
 * The words between the mark and the cue are read like a clause subject (在…时 adverbials skipped).
 */
function cueAfter(text: string, end: number, content: string): { speaker: string | null; cue: string; ref: Reference | null } | null {
  const tail = text.slice(end, end + CUE_AFTER_CHARS);
  const m = CUE_AFTER.exec(tail);
  if (m === null) return null;
  // ”，习近平说，要… goes on with indirect speech: the comma counts only in a split quotation
  // (“…，”他说，“…” or “…。”他说，“…”, the next quotation opening right after the comma).
  if ('，,'.includes(m[3]) && !/[，,]$/.test(content) && !'“"'.includes(tail[m[0].length] ?? '')) return null;
  const subject = subjectText(m[1]);
  if (subject === undefined) return { speaker: null, cue: m[2], ref: null };
  return { ...subjectWithRef(subject, end), cue: m[2] };
}

const CUE_AFTER_CHARS = 64;
const CUE_AFTER = /^[，,]?\s*([^\s，。！？“”‘’「」『』：:,]{1,50}?)(说|表示|指出|强调|写道|认为|问道|答道|介绍)([。.！!，,])/;

/** How far back a pronoun or elided subject looks for who is meant. */
export const REFERENCE_LOOKBACK_CHARS = 400;

/**
 * Fill in the speaker behind a pronoun (他强调：“…”) or an elided subject (。同时强调：“…”), in
 * text order, so that a resolved speaker can serve the next reference. Only outermost speech is
 * resolved, and only from the same paragraph or the previous one (see {@link referenceWindowStart}):
 *  - an elided subject, or 他还说 / 他也指出, continues the speaker of the previous speech
 *    quotation (for a pronoun: only if that speaker is a person);
 *  - 他/她 is otherwise the one person named nearby ({@link pronounAntecedent}); two people, or a
 *    person who cannot be the subject (老党员们, 老人, a foreign guest), leave it null.
 * Each reference reads at most REFERENCE_LOOKBACK_CHARS characters, so the pass stays linear.
 */
function resolveReferences(text: string, found: Quotation[], refs: Map<Quotation, Reference>): void {
  const speeches: Quotation[] = [];
  for (const q of found) {
    if (q.depth !== 0) continue;
    const ref = refs.get(q);
    if (ref !== undefined && q.speaker === null) {
      const at = Math.min(ref.at, q.start);
      const windowStart = referenceWindowStart(text, at);
      const recent: Quotation[] = [];
      for (let k = speeches.length - 1; k >= 0 && speeches[k].start >= windowStart; k--) recent.push(speeches[k]);
      const previous = recent.length > 0 ? recent[0] : undefined;
      if (previous !== undefined && previous.speaker !== null && (ref.kind === 'elided' || (ref.continuing && personId(previous.speaker) !== null))) {
        q.speaker = previous.speaker;
      } else if (ref.kind === 'pronoun') {
        q.speaker = pronounAntecedent(text, windowStart, at, recent);
      }
      if (q.speaker !== null && !canSay(q.speaker, q.content, ref)) q.speaker = null;
    }
    if (q.kind === 'speech') speeches.push(q);
  }
}

/**
 * A person does not speak of themself by name (“总书记的回信让我们倍感温暖” is not 习近平's), and
 * 她 is not 习近平: such a resolution is wrong and is undone.
 */
function canSay(speaker: string, content: string, ref: Reference): boolean {
  const id = personId(speaker);
  if (id === null) return true;
  if (id === XI) return !ref.feminine && !/习近平|总书记|习主席/.test(content);
  return !content.includes(id);
}

/**
 * Start of the text a reference at `at` may look back into: its paragraph (line) and the previous
 * non-blank one, when at most one blank line lies between and that paragraph ends a sentence (a
 * heading, byline or title does not: what follows may be another article or section); never more
 * than REFERENCE_LOOKBACK_CHARS back.
 */
function referenceWindowStart(text: string, at: number): number {
  const limit = Math.max(0, at - REFERENCE_LOOKBACK_CHARS);
  let i = at - 1;
  while (i >= limit && text[i] !== '\n' && text[i] !== '\r') i--;
  if (i < limit) return limit;
  const paragraphStart = i + 1;
  let breaks = 0;
  while (i >= limit && isSpaceCode(text.charCodeAt(i))) {
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) breaks++;
    i--;
  }
  if (i < limit || breaks > 2 || !endsSentence(text, limit, i + 1)) return paragraphStart;
  while (i >= limit && text[i] !== '\n' && text[i] !== '\r') i--;
  return i + 1;
}

/** Names and posts of 习近平 as written in running text. */
const XI_MENTION = /习近平(?:总书记|同志|主席)?|习主席|总书记/g;
/** Posts written before a name (国务院总理李强, 外交部发言人毛宁, 村党支部书记王秀英). */
const POSTS =
  '副总理|总理|副主席|主席|委员长|副书记|书记|副部长|部长|副省长|省长|市长|县长|区长|主任|局长|厅长|司长|行长|院长|校长|所长|董事长|总经理|院士|教授|研究员|发言人|大使|秘书长|代表|委员|支书';
/** Post + name: the name is two or three characters, ending where an adverbial, time, verb or punctuation follows. */
const POST_NAME = new RegExp(
  `(?:${POSTS})([\\u4e00-\\u9fff]{2,3}?)(?=[在于对就向同与给曾也还又都近今昨前当上下，。、：；,:;\\s\\d（(]|说|表示|指出|强调|介绍|认为|主持|出席|会见|作|发表|来到|考察|调研|发言|回信|致信|看望)`,
  'g',
);
/** People named by what they are, not by name: each may be the one 他 means, so each blocks. */
const PERSON_NOUN = new RegExp(
  `(?:老党员|党员|老人|村民|农民|工人|职工|大户|学生|老师|教师|医生|专家|学者|企业家|科学家|老兵|战士|游客|居民|志愿者|负责人|大爷|大妈|大姐|大哥|师傅|同学|孩子|记者|总统|首相|外长|${POSTS})(?![团会处组室员])`,
  'g',
);
/** Common surnames: a post + name counts as a candidate only when the name starts with one. */
const SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤康赖易乔文常牛尤'.split(''),
);
/** Characters that show the words before a name are not posts but a predicate (见到了…的大户). */
const NOT_A_POST = /[了的着过把被将向给同与和对是见到为让]/;

interface Mention {
  start: number;
  end: number;
  /** Who it is (习近平, the first two characters of a name); null for a person noun, distinct from every other. */
  id: string | null;
  /** The speaker as it would be written (国务院总理李强); null when it cannot be the antecedent. */
  written: string | null;
  /** For an antecedent: where its subject starts, so that posts inside it (全国人大代表、…书记王秀英) do not block. */
  subjectStart: number;
}

/**
 * The one person 他/她 can mean in `[from, to)`: people named as the subject of a sentence
 * (习近平总书记在…考察。 国务院总理李强5日…) and persons quoted there (`recent`, newest first). Every
 * other person named or described (老人, 种粮大户, 德国总理朔尔茨, 老党员们) counts as another
 * candidate; with more than one, or none that can be the subject, the speaker stays null.
 */
function pronounAntecedent(text: string, from: number, to: number, recent: readonly Quotation[]): string | null {
  const region = text.slice(from, to);
  const mentions: Mention[] = [];
  const taken: Array<[number, number]> = [];
  for (const m of region.matchAll(XI_MENTION)) {
    const start = from + (m.index ?? 0);
    const end = start + m[0].length;
    taken.push([start, end]);
    const subjectStart = subjectStartOf(text, from, start);
    mentions.push({ start, end, id: XI, written: subjectStart >= 0 && text[end] !== '的' ? XI : null, subjectStart });
  }
  const inTaken = (s: number, e: number) => taken.some(([a, b]) => s < b && e > a);
  for (const m of region.matchAll(POST_NAME)) {
    const nameStart = from + (m.index ?? 0) + m[0].length - m[1].length;
    const start = from + (m.index ?? 0);
    const end = nameStart + m[1].length;
    if (inTaken(start, end)) continue;
    const id = m[1].startsWith('习近') ? XI : m[1].slice(0, 2);
    const subjectStart = subjectStartOf(text, from, start);
    const written = subjectStart >= 0 && SURNAMES.has(m[1][0]) ? (id === XI ? XI : text.slice(subjectStart, end)) : null;
    mentions.push({ start, end, id, written, subjectStart });
  }
  for (const q of recent) {
    const id = q.speaker === null ? null : personId(q.speaker);
    if (id !== null && q.speaker !== null) {
      const at = text.lastIndexOf(q.speaker, q.start);
      const start = at >= from ? at : q.start;
      mentions.push({ start, end: start + (at >= from ? q.speaker.length : 0), id, written: q.speaker, subjectStart: start });
    }
  }
  const covered = (s: number, e: number) =>
    inTaken(s, e) || mentions.some((c) => c.written !== null && s >= c.subjectStart && e <= c.end);
  for (const m of region.matchAll(PERSON_NOUN)) {
    const start = from + (m.index ?? 0);
    const end = start + m[0].length;
    if (covered(start, end)) continue;
    // A group named as an object (同委员们交流, 看望…的委员) is not what 他 means; as a subject it is.
    if (text[end] === '们' && subjectStartOf(text, from, start) < 0) continue;
    mentions.push({ start, end, id: null, written: null, subjectStart: -1 });
  }
  let id: string | null | undefined;
  let written: string | null = null;
  let writtenAt = -1;
  for (const m of mentions) {
    if (m.id === null || (id !== undefined && m.id !== id)) return null;
    id = m.id;
    // The newest way of writing the person wins (a quoted speaker over an earlier mention).
    if (m.written !== null && m.start >= writtenAt) {
      written = m.written;
      writtenAt = m.start;
    }
  }
  return written;
}

/**
 * Where the subject holding a mention at `start` begins, when the words between the clause start
 * and the mention are only posts (中共中央总书记、国家主席、中央军委主席 / 国务院总理); -1 when they are
 * a predicate (见到了…的, 同德国总理), so the mention is an object, not a subject.
 */
function subjectStartOf(text: string, from: number, start: number): number {
  let i = start;
  while (i > from && !'。！？；，：”“\n\r!?;,:'.includes(text[i - 1])) i--;
  let prefix = text.slice(i, start);
  let s = i;
  const strip = (re: RegExp) => {
    const m = re.exec(prefix);
    if (m !== null && m[0].length > 0) {
      prefix = prefix.slice(m[0].length);
      s += m[0].length;
    }
  };
  strip(/^\s+/);
  strip(LEADING_DATELINE);
  strip(/^\s+/);
  strip(LEADING_CONNECTOR);
  strip(LEADING_ADVERBIAL);
  if (prefix.length > 25 || NOT_A_POST.test(prefix)) return -1;
  return s;
}

const POST_NAME_AT_END = new RegExp(`(?:${POSTS})([\\u4e00-\\u9fff]{2,3})$`);

/** Who a speaker is, when it is a person: 习近平, or the name after a post; null for 会议, 《意见》, 文章. */
function personId(speaker: string): string | null {
  if (speaker === XI) return XI;
  const m = POST_NAME_AT_END.exec(speaker);
  if (m !== null && SURNAMES.has(m[1][0])) return m[1].slice(0, 2);
  if (/(负责人|发言人)$/.test(speaker)) return speaker;
  return null;
}
