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
 *
 * Reporting, commentary and traditional script (issues 11, 16): a text in traditional characters is
 * read in a simplified view of the same length (src/core/simplifiedView.ts); sayings, works, bodies
 * and 有学者-style sources are normalised in quotations/sources.ts; labels before a colon (记者：,
 * 外交部发言人毛宁：) in quotations/labels.ts; 我们/我 (byline, 在…上的讲话 line) and bare titles
 * (总理, 这位负责人) in quotations/persons.ts; the speaker after a quotation (”他说。, ”出自《…》) in
 * quotations/subject.ts. Third round: partial quotations inside reported speech and sentences headed
 * by their speaker (毛宁说，中方“…”; 总统强调，…，「…」) in quotations/indirect.ts; the one person the
 * sentence after a quoted sentence names (“…。”国家统计局局长康义的话…) in quotations/after.ts; a
 * person described before a colon with no verb (村委会主任俞小平长舒一口气：) in quotations/described.ts;
 * the speaker heading the sentence right before an unattributed quoted statement (continueReporter).
 */
import type { Quotation, QuotationKind, Tagger } from './types';
import { endsSentence, lineSpans, skipSpaceBackward, skipSpaceForward, type LineSpan } from './text';
import { CUES_BY_LAST, FORMULA, SHORT_CUE_MAX, TELLING_CUES, type Reference } from './quotations/common';
import { holderOf, labelBefore } from './quotations/labels';
import { indirectCue, sentenceSpeaker } from './quotations/indirect';
import { personAfter } from './quotations/after';
import { describedBefore } from './quotations/described';
import { cueAfter, isBareTitle, normaliseSpeaker, speakerBefore } from './quotations/subject';
import { POSTS } from './quotations/names';
import { personId, resolveReferences } from './quotations/references';
export { normaliseSpeaker } from './quotations/subject';
import { REFERENCE_LOOKBACK_CHARS } from './quotations/references';
import { simplifiedView } from './simplifiedView';
import { attributeWorks } from './quotations/works';
import { attributePronounAfterAuthor, attributeSentenceHead } from './quotations/heads';
import { attributeCueObject } from './quotations/objects';
import { attributeRegarding } from './quotations/regarding';
import { attributeFormulations } from './quotations/formulations';
import { attributeFirstPersonLabel } from './quotations/firstPerson';
import { attributeDocumentHead } from './quotations/documents';
import { attributeAsSaid } from './quotations/asSaid';
import { attributePronounHead } from './quotations/pronounHead';
import { attributeSentenceHeadPerson } from './quotations/sentenceHead';
import { attributePartialAfterTopic } from './quotations/partial';
import { attributeListed } from './quotations/listed';
import { attributeCited } from './quotations/cited';
import { reportingPass } from './quotations/reporting';
import { rankSpeakers } from './quotations/ranking';
export { REFERENCE_LOOKBACK_CHARS };

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

export interface DetectQuotationsOptions {
  /**
   * Part-of-speech tagger (nodejieba's `tag`): words tagged nr / nrt / nrfg give the last fallback
   * (`quotations/ranking.ts`) names the lists cannot see. Called only on the sentences around a speech
   * quotation no rule has attributed; without it, rules alone decide.
   */
  nameTagger?: Tagger;
}

/**
 * Find every quotation in `text`, sorted by start (an outer quotation before the ones inside it).
 * `lines`: the text's `lineSpans`, when the caller already has them.
 */
export function detectQuotations(text: string, lines: readonly LineSpan[] = lineSpans(text), options: DetectQuotationsOptions = {}): Quotation[] {
  if (text.length === 0) return [];
  // Traditional characters are read in a simplified view of the same length (说/說, 强调/強調).
  const view = simplifiedView(text);
  const gaps = new Map<Quotation, Gap[]>();
  const found = detectIn(view, lines, gaps, options.nameTagger);
  if (view !== text) restoreOriginal(text, view, found, gaps);
  return found;
}

/**
 * Text, content, speaker and cue of quotations found in the simplified view, as the original writes
 * them: spans are the same; a speaker or cue is taken from the original where the view has it near
 * the quotation (a normalised speaker such as 习近平 or 古人 that the text does not spell stays as is).
 */
function restoreOriginal(text: string, view: string, found: Quotation[], gaps: Map<Quotation, Gap[]>): void {
  const near = (s: string | null, q: Quotation): string | null => {
    if (s === null) return null;
    const before = view.lastIndexOf(s, q.start);
    if (before >= 0 && q.start - before <= REFERENCE_LOOKBACK_CHARS + LOOKBACK_CHARS) return text.slice(before, before + s.length);
    const after = view.indexOf(s, q.end);
    if (after >= 0 && after - q.end <= LOOKBACK_CHARS) return text.slice(after, after + s.length);
    return s;
  };
  for (const q of found) {
    q.text = text.slice(q.start, q.end);
    q.content = contentOf(text, q.start + 1, q.closed ? q.end - 1 : q.end, gaps.get(q) ?? []);
    q.speaker = near(q.speaker, q);
    q.cue = near(q.cue, q);
  }
}

function detectIn(text: string, lines: readonly LineSpan[], gapsOf: Map<Quotation, Gap[]>, nameTagger?: Tagger): Quotation[] {
  const found: Quotation[] = [];
  const nonBlank: number[] = [];
  for (let li = 0; li < lines.length; li++) {
    if (!isLineBlank(text, lines[li].start, lines[li].end)) nonBlank.push(li);
  }

  const chainCloses = reopeningChainCloses(text, lines, nonBlank);
  const stack: OpenQuote[] = [];
  const refs = new Map<Quotation, Reference>();
  const emit = (q: OpenQuote, end: number, closed: boolean) => {
    const quotation = buildQuotation(text, q, end, closed, refs);
    if (q.gaps.length > 0) gapsOf.set(quotation, q.gaps);
    found.push(quotation);
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
  // Works, classic authors heading a sentence, a cue before its object (issue 11): still without a speaker.
  attributeWorks(text, found);
  attributeRegarding(text, found);
  attributeFormulations(text, found);
  attributeFirstPersonLabel(text, found);
  attributeDocumentHead(text, found);
  attributeAsSaid(text, found);
  attributeCueObject(text, found);
  attributeSentenceHead(text, found);
  attributePronounHead(text, found);
  attributeSentenceHeadPerson(text, found);
  attributePartialAfterTopic(text, found);
  attributeListed(text, found);
  attributeCited(text, found);
  attributePronounAfterAuthor(text, found);
  continueSpeech(text, found);
  continueReporter(text, found);
  continueParagraph(text, found);
  continueAcrossAction(text, found);
  attributeAnswers(text, found);
  reportingPass(text, found);
  rankSpeakers(text, found, nameTagger);
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
    // (“…”；“…” too: a list of the speaker's sentences; and “…”。“…。” when the next quotation is a whole sentence.)
    const wholeSentence = q.closed && /[。！？!?]$/.test(q.content) && STATEMENT.test(q.content.slice(0, -1)) && /^(?:\s|$)/.test(text.slice(q.end, q.end + 1));
    if (gap !== '' && gap !== '，' && gap !== ',' && gap !== '、' && gap !== '；' && gap !== ';' && !(gap === '。' && wholeSentence)) continue;
    if (q.closed && text[q.end] === '的') continue;
    if (!STATEMENT.test(q.content) && q.content.length < 8) continue;
    if (prev.speaker !== null && namesAnother(text, q.end, prev.speaker)) continue;
    q.kind = 'speech';
    q.speaker = prev.speaker;
    q.cue = prev.cue;
  }
}

/** What the same speaker does between two parts of a quotation: one clause, no quotation, no sentence end. */
/** 又说 / 还指出 / 并强调 right after a quotation: said again by the same subject. */
const AGAIN = /^[，,；;]?\s*(?:又|还|并|同时|接着)(?:曾)?(?:说|说道|讲|称|表示|指出|强调|写道)[：:，,]?\s*$/;
const ACTION_CLAUSE = /^\s*[^“”「」『』。！？!?；;\r\n]{1,30}[，,：:]\s*$/;

/**
 * A statement quoted right after a clause in which the speaker of the quotation before acts
 * (“…。”他对着记者摆摆手，“…” / “…，”王大爷放下锄头，“…”): the same speaker goes on. The clause
 * must start with 他/她 or the speaker's own name and name nobody else; after a question the one
 * who acts may be the one answering, so it is left alone.
 */
function continueAcrossAction(text: string, found: Quotation[]): void {
  let prev: Quotation | undefined;
  for (const q of found) {
    if (q.depth !== 0) continue;
    const last = prev;
    prev = q;
    if (last === undefined || q.speaker !== null || q.cue !== null || last.kind !== 'speech' || last.speaker === null || !last.closed) continue;
    if (/[？?]$/.test(last.content) || q.start < last.end) continue;
    // The gap: what may attribute the quotation before (…”局长方卫东表示。) and then the action clause.
    const gap = text.slice(last.end, q.start);
    // …曾经说过“…”；又说“…”: 又/还 with a verb of saying and no subject is the same speaker again.
    if (AGAIN.test(gap) && (STATEMENT.test(q.content) || q.content.length >= 6)) {
      q.kind = 'speech';
      q.speaker = last.speaker;
      q.cue = last.cue;
      continue;
    }
    if (gap.length > 60 || /[“”「」『』\r\n]/.test(gap)) continue;
    const ends = gap.search(/[。！？!?][^。！？!?]*$/);
    const cut = ends >= 0 ? ends : /^[，,]/.test(gap) ? 0 : -1;
    const head = gap.slice(0, cut + 1);
    if (head.length > 1 && (last.cue === null || !head.includes(last.cue) || /[。！？!?]/.test(head.slice(0, -1)))) continue;
    const clause = gap.slice(cut + 1);
    if (!ACTION_CLAUSE.test(clause)) continue;
    const id = personId(last.speaker);
    const name = id === null ? last.speaker : id;
    if (!/^[他她]/.test(clause) && !clause.startsWith(name)) continue;
    if (/[他她]们/.test(clause.slice(0, 2)) || namesAnother(clause, 0, last.speaker)) continue;
    if (!STATEMENT.test(q.content) && q.content.length < 8) continue;
    q.kind = 'speech';
    q.speaker = last.speaker;
    q.cue = last.cue;
  }
}

/** The subtitle of an interview: ——访国家发展改革委主任郑栅洁 / 专访中国科学院院士王贻芳. */
const INTERVIEWEE = /(?:^|[\r\n])[ \t\u3000]*(?:——|—|－－)?[ \t\u3000]*(?:访|专访)([^\r\n，。：:“”「」]{2,30}?)[ \t\u3000]*(?=[\r\n]|$)/;

/** The subtitle names a person: a post (or role) and a name (访谈录 is not one). */
const INTERVIEWEE_NAME = new RegExp(`(?:${POSTS})[\\u4e00-\\u9fff]{2,3}$`);

/** A headline of questions answered: 财政部部长蓝佛安答记者问 / 中国人民银行有关负责人就降准答记者问. */
const ANSWERS_HEADLINE = /^[ \t\u3000]*([^\r\n，。：:“”「」]{2,40}?)(?:就[^\r\n。“”]{1,40}?)?(?:答记者问|答本报记者问|回答记者提问)[ \t\u3000]*$/m;
/** Who answers, as a headline names them: a post and a name, or 有关负责人 / 发言人 of a body. */
const ANSWERER = /(?:负责人|发言人)$/;

/**
 * 答：“…” in an interview whose subtitle names the one interviewed (——访…) or whose headline names
 * who answers (…答记者问): the answer is theirs; under such a headline 问：“…” is the reporter's.
 */
function attributeAnswers(text: string, found: Quotation[]): void {
  let interviewee: string | null | undefined;
  let headline = false;
  for (const q of found) {
    if (q.depth !== 0 || (q.cue !== '答' && q.cue !== '问') || q.speaker !== null) continue;
    if (interviewee === undefined) {
      const m = INTERVIEWEE.exec(text);
      interviewee = m === null || !INTERVIEWEE_NAME.test(m[1].trim()) ? null : normaliseSpeaker(m[1].trim());
      const h = interviewee === null ? ANSWERS_HEADLINE.exec(text.slice(0, 400)) : null;
      if (h !== null && (INTERVIEWEE_NAME.test(h[1].trim()) || ANSWERER.test(h[1].trim()))) {
        interviewee = normaliseSpeaker(h[1].trim());
        headline = interviewee !== null;
      }
    }
    if (interviewee === null) return;
    if (q.cue === '答') q.speaker = interviewee;
    else if (headline) q.speaker = '记者';
  }
}

/**
 * A statement quoted at the start of a paragraph, with no cue, right after a paragraph that ended
 * with a speech quotation of a known speaker (…说：“…。”⏎“下一步，…”): the same speaker goes on.
 */
function continueParagraph(text: string, found: Quotation[]): void {
  let prev: Quotation | undefined;
  for (const q of found) {
    if (q.depth !== 0) continue;
    const last = prev;
    prev = q;
    if (last === undefined || q.cue !== null || q.speaker !== null || last.kind !== 'speech' || last.speaker === null || !last.closed) continue;
    const between = text.slice(last.end, q.start);
    if (!/^[。！？!?]?[ \t\u3000]*(\r?\n|\r)[\s\u3000]*$/.test(between)) continue;
    if (q.closed && text[q.end] === '的') continue;
    if (!STATEMENT.test(q.content) && q.content.length < 8) continue;
    // “温州的？”一听说这个，总书记的脚步停了下来: another person takes the floor.
    if (namesAnother(text, q.end, last.speaker)) continue;
    q.kind = 'speech';
    q.speaker = last.speaker;
    q.cue = last.cue;
  }
}

/**
 * A statement quoted with no cue right after a sentence headed by a speaker and a cue (向东称，…，最后
 *都是由他敲定。「最后形成的报告…」 / 代表们普遍认为，…。⏎“报告有实践基础…”): the speaker of that
 * sentence goes on. Only the sentence right before counts, in the same paragraph or, for a quotation
 * opening its paragraph, at the end of the one before; a person named after the quotation stops it.
 */
const REPORTER = new RegExp(`^习近平$|(?:${POSTS})[\\u4e00-\\u9fff]{2,3}$|(?:${POSTS}|负责人|发言人|们)$|^(?:会议|全会|大会|常务会议)$|[部委局院会办厅府署]$`);

function continueReporter(text: string, found: Quotation[]): void {
  for (const q of found) {
    if (q.depth !== 0 || q.kind !== 'speech' || q.speaker !== null || q.cue !== null) continue;
    if (!STATEMENT.test(q.content) && q.content.length < 8) continue;
    let end = q.start;
    while (end > 0 && /[ \t\u3000]/.test(text[end - 1])) end--;
    // Across one paragraph break at most.
    let breaks = 0;
    while (end > 0 && /[\r\n \t\u3000]/.test(text[end - 1])) {
      if (text[end - 1] === '\n') breaks++;
      end--;
    }
    if (breaks > 2 || end === 0 || !/[。！？!?]/.test(text[end - 1] === '”' || text[end - 1] === '」' ? text[end - 2] ?? '' : text[end - 1])) continue;
    let from = end - 1;
    while (from > 0 && end - from < 300 && !'。！？!?\r\n'.includes(text[from - 1])) from--;
    const speaker = sentenceSpeaker(text, from, end - 1) ?? topicBefore(text, q, from);
    // Only a person, people or a body (随后致词表示: 致词 is no one).
    if (speaker === null || (!REPORTER.test(speaker) && personId(speaker) === null) || namesAnother(text, q.end, speaker)) continue;
    q.speaker = speaker;
  }
}

/**
 * A whole quoted sentence (“…。” / “…！”) right after a sentence with no cue that names one person
 * and nobody else (叶昌保对今年会风的变化感受更深。“过去…。”): that person, the topic of the
 * passage, says it. The same test as for the person named after a quotation (personAfter), read
 * on the sentence before; a pronoun, a group or a second person there holds it back.
 */
function topicBefore(text: string, q: Quotation, from: number): string | null {
  // (A question after such a sentence is as often put to that person as asked by them.)
  if (!q.closed || !/[。！!]$/.test(q.content)) return null;
  if (/[“”「」]/.test(text.slice(from, q.start))) return null;
  const person = personAfter(text, from);
  return person === null ? null : normaliseSpeaker(person);
}

/** Someone named in running text: 习近平 / 总书记 / 习主席, or a post and a name. */
const PERSON_MENTION = new RegExp(`习近平|总书记|习主席|(?:${POSTS})[\\u4e00-\\u9fff]{2}`, 'g');

const LEADING_POST = new RegExp(`^(?:${POSTS})`);

/** Whether the sentence after `end` names a person who is not `speaker`. */
function namesAnother(text: string, end: number, speaker: string): boolean {
  const stop = text.slice(end, end + 80).search(/[。！？!?\r\n]/);
  const sentence = text.slice(end, end + (stop < 0 ? 80 : stop));
  for (const m of sentence.matchAll(PERSON_MENTION)) {
    if (!speaker.includes(m[0].replace(LEADING_POST, '')) && !(speaker === '习近平' && /习|总书记/.test(m[0]))) return true;
  }
  return false;
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
  if (ref !== null && kind === 'speech' && (speaker === null || ref.kind === 'title') && q.depth === 0) refs.set(quotation, ref);
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

const PHRASE: Attribution = { kind: 'phrase', speaker: null, cue: null, ref: null };

function classify(text: string, q: OpenQuote, end: number, closed: boolean, content: string): Attribution {
  // 李则称「代太太讲几句」，/ 笑着说“我也要捧捧场”。: words after 说/称 that end their clause.
  // (说 only with words of persons in it: 我们常说“绿水青山就是金山银山”，这一理念… names a slogan.)
  const plain = closed && content.length >= 4 && !FORMULA.test(content) && /^(?:[，。；！？,;!?]|$)/.test(text.slice(end, end + 1)) && !/^[，,]?这一/.test(text.slice(end, end + 3));
  // (…and after a saying: 我们俗话常说“悠悠万事、吃饭为大”.)
  const personal = /我|咱|你|您|大家|[嘅唔咗喺哋啲嚟冇佢]|[，。！？,!?]/.test(content) || /(?:俗话|俗语|老话|古话|常言|古人)(?:常常|常|也|都)?说$/.test(text.slice(Math.max(0, q.start - 8), q.start));
  // (李则指「…我…」: 指 too, in Hong Kong and Taiwan reporting, before words of a person.)
  let before = cueBefore(text, q, plain ? (personal ? '说称指' : '称') : '');
  // 厂长吴海说“再难也要按期交货”，: a named person's 说 before a clause ending there is their words
  // (我们常说“…”, 人们说“…” name no one and stay as they are).
  if (before === null && plain && !personal) {
    const said = cueBefore(text, q, '说');
    if (said !== null && said.cue === '说' && !said.punctuated && said.speaker !== null && personId(said.speaker) !== null) before = said;
  }
  const statement = STATEMENT.test(content) || content.length >= 8;
  const modifier = closed && text[end] === '的';
  if (before !== null) {
    // 副总统表示，「寒冬送暖」活动起源于…: a short term heading a noun is a name, not the words said.
    const named = before.punctuated && !statement && TERM_HEAD.test(text.slice(end, end + 3));
    if (!named && (before.punctuated || (!modifier && (statement || governs(before, content, text, end))) || formulation(before, content, modifier))) {
      // An elided subject counts only before ：or ，(同时强调：“…”), where the cue surely introduces the words.
      // So does a cue telling people something (，并要求各地“…”).
      const ref = before.ref !== null && (before.ref.kind !== 'elided' || before.punctuated || before.told === true) ? before.ref : null;
      return { kind: 'speech', speaker: before.speaker, cue: before.cue, ref };
    }
    return PHRASE;
  }
  // 《左传》中有“居安思危”之语 / 古人有“…”之说: the words of the source holding them.
  const holder = closed ? holderOf(text, q.start, end) : undefined;
  if (holder !== undefined) return { kind: 'speech', speaker: holder, cue: '有', ref: null };
  if (closed && text[end] !== '之') {
    const prevAt = skipSpaceBackward(text, 0, q.start);
    const prev = text[prevAt - 1];
    // Opening a paragraph, or a sentence (after 。！？, a closed quotation, or a dash that introduces it).
    const opensSentence =
      prev === undefined || '。！？!?\n\r”」—'.includes(prev) || /[\r\n]/.test(text.slice(prevAt, q.start)) || /电(?:[（(][^（）()]{0,20}[）)])?$/.test(text.slice(Math.max(0, prevAt - 24), prevAt));
    // 采访中国“两会”，包括…得到答复。: a short term inside a sentence is not followed by its speaker.
    // (So is one heading a noun phrase: “放管服”改革的部署要求 names no one who 要求.)
    const term =
      !opensSentence && !STATEMENT.test(content) && content.length < 8 && ('，,'.includes(text[end] ?? '') || /^[\u4e00-\u9fff][^，。！？；,!?;“”]{0,10}的/.test(text.slice(end, end + 14)));
    const after = term ? null : cueAfter(text, end, content, opensSentence);
    if (after !== null) return { kind: 'speech', speaker: after.speaker, cue: after.cue, ref: after.ref };
    // “…。”国家统计局局长康义的话充满信心。: the one person the next sentence names.
    const wordsOf = /^[，,]?[^。！？!?]{0,40}的(?:话|语言|发言|讲话|一番话|回答)/.test(text.slice(end, end + 60));
    if (opensSentence && q.depth === 0 && (/[。！？!?]$/.test(content) || wordsOf)) {
      const person = personAfter(text, end, /[？?]$/.test(content));
      if (person !== null) return { kind: 'speech', speaker: normaliseSpeaker(person), cue: null, ref: null };
    }
  }
  // 毛宁说，中方“欢迎…” / 政府将「全力稳定物价」: a partial quotation inside reported speech.
  const indirect = indirectCue(text, lookbackStart(text, q), q.start, end, closed, content);
  if (indirect !== null) return { kind: 'speech', speaker: indirect.speaker, cue: indirect.cue, ref: indirect.ref };
  const label = q.depth === 0 ? labelBefore(text, q.start) : undefined;
  // 发言人：“…” after 外交部发言人林剑主持例行记者会: the one of that post named before.
  if (label !== undefined) {
    const ref: Reference | null = label !== null && isBareTitle(label) ? { kind: 'title', at: q.start, continuing: false, feminine: false, title: label, wide: true } : null;
    return { kind: 'speech', speaker: label, cue: null, ref };
  }
  // 余村村委会主任俞小平长舒一口气：“…”: a person described before the colon, no verb.
  const described = q.depth === 0 ? describedBefore(text, q.start) : null;
  if (described !== null) {
    const speaker = described.title ? null : normaliseSpeaker(described.speaker);
    const ref: Reference | null = described.title ? { kind: 'title', at: q.start, continuing: false, feminine: false, title: described.speaker } : null;
    return { kind: 'speech', speaker, cue: null, ref };
  }
  if (modifier) return PHRASE;
  if (/[。！？；!?;]/.test(content) || (/[，,]/.test(content) && content.length > 30) || (/我|咱/.test(content) && content.length >= 6)) {
    return { kind: 'speech', speaker: null, cue: null, ref: null };
  }
  return PHRASE;
}

/** Nouns a quoted name heads (“寒冬送暖”活动, “智慧医院”项目, “一国两制”方针). */
const TERM_HEAD = /^(?:活动|计划|项目|工程|行动|理念|战略|模式|品牌|口号|标语|系列|节目|栏目|专题|方针|政策|概念|一词|这个词|一说|等|时期|期间|阶段|规划)/;

/**
 * A short fragment that the cue governs is the speaker's words: after a modal (强调，要“…”, 嘱咐大家要“…”)
 * or after a verb of telling (叮嘱“…”, 他说“…”); never a counted formula.
 */
function governs(before: CueMatch, content: string, text: string, end: number): boolean {
  if (content.length < 2 || FORMULA.test(content)) return false;
  // 批评她「探望」受损的设施: a word of blame that the sentence goes on from is a scare quote, not the words said.
  if (/^(?:批评|警告)$/.test(before.cue) && !/^[，。；！？,;!?]/.test(text[end] ?? '')) return false;
  // (会/将 only after a verb of telling: 表示会「尽快交代」; 提出将“放管服”改革推向深入 names a keyword.)
  if ((before.governed && (!before.soft || TELLING_CUES.has(before.cue))) || (TELLING_CUES.has(before.cue) && content.length >= 3)) return true;
  // 他强调“要久久为功” is his words; 强调“新发展理念”这一… / 指出“稳中求进”工作总基调 name a keyword.
  return /^(强调|指出|重申)$/.test(before.cue) && content.length >= 4 && !NOUN_HEAD.test(text.slice(end, end + 6));
}

/** What a keyword quoted as a noun is followed by (“稳中求进”工作总基调, “两山”理念, “…”这一, “…”等). */
const NOUN_HEAD = /^(?:工作|发展|重要)?(这一|这个|等|理念|战略|思想|目标|要求|原则|方针|总基调|基调|布局|体系|工程|行动|政策|制度|机制|精神|重要|的)/;
/** A body setting out a formulation used as a modifier: 国务院…提出“到2030年…”的目标 (the goal is its words). */
function formulation(before: CueMatch, content: string, modifier: boolean): boolean {
  return modifier && before.speaker !== null && /^(明确提出|提出|明确|确立|确定)$/.test(before.cue) && content.length >= 10 && /[，,\d年]/.test(content);
}

interface CueMatch {
  cue: string;
  speaker: string | null;
  ref: Reference | null;
  /** ：or ，between the cue and the mark. */
  punctuated: boolean;
  /** A modal (and the people told) between the cue and the mark: 强调，要“ / 嘱咐大家要“. */
  governed: boolean;
  /** The modal is 会/将 (a promise or a plan), not 要/务必. */
  soft?: boolean;
  /** A verb of telling and the people told before the mark (叮嘱施工人员：“, 要求各地“). */
  told?: boolean;
}

/** The cue verb just before the opening mark (指出：“ / 提出“ / 提出了“) and the speaker before it. */
/** 强调，要“ / 嘱咐大家要“ / 要求各地务必“: the modal, with the people told, before the words. */
const GOVERNED_GAP =
  /(?:[，,]\s*)?(?:(?:大家|我们|同志们|干部们|广大党员干部|党员干部|全党|各级干部|乡亲们|同学们|青年们|大家伙|各地|各级|各地区各部门)(?:一定)?)?(?:一定要|务必|必须|要|应当|应该|会|将|會|將)$/;

/** A verb of telling and its object right before ：(勉励毕业生, 叮嘱施工人员, 告诉在场的记者). */
const TELLING_OBJECT =
  /(?<!的)(勉励|叮嘱|嘱咐|告诫|提醒|寄语|号召|鼓励|告诉|问|回答|呼吁|要求)(?![很非十也都得是地了着])([^，。！？；：:“”「」\s]{1,8})$/;

/** Without ：only verbs that surely tell someone something, and a short object (呼吁市民“…”, 提醒消费者“…”). */
const TOLD_DIRECTLY =
  /(?<!的)(叮嘱|嘱咐|告诫|提醒|呼吁|号召|勉励|鼓励|寄语|称赞|赞扬|夸赞|盛赞|批评|警告|告诉)(?![很非十也都得是地了着])(?![这那此该各其][种类些个样]?$)([^，。！？；：:“”「」\s]{1,6})$/;

/** 希望/要求 + the people asked (希望广大青年“…”, 要求各级党委“…”): their words without a colon. */
const ASKED_PEOPLE =
  /(?<!的)(希望|要求)([^，。！？；：:“”「」\s]{0,6}?(?:们|群众|干部|青年|党员|党委|政府|各地|各级|各方|大家|人员|企业|同志|同学|学生|代表|委员|各部门|各地区))$/;

const POST_AND_PART_NAME = new RegExp(`(?:${POSTS})[\\u4e00-\\u9fff]{1,2}$`);

function cueBefore(text: string, q: OpenQuote, plainCues = ''): CueMatch | null {
  const windowStart = lookbackStart(text, q);
  let i = skipSpaceBackward(text, windowStart, q.start);
  const modal = GOVERNED_GAP.exec(text.slice(Math.max(windowStart, i - 16), i));
  if (modal !== null) i = skipSpaceBackward(text, windowStart, i - modal[0].length);
  const governed = modal !== null;
  const soft = modal !== null && /[会将會將]$/.test(modal[0]);
  let punctuated = false;
  if (i > windowStart && '：:，,'.includes(text[i - 1])) {
    punctuated = true;
    i = skipSpaceBackward(text, windowStart, i - 1);
  }
  let cueEnd = i;
  if (!punctuated && i > windowStart && text[i - 1] === '了') cueEnd = i - 1;
  // 我要强调的是：“…” / 我想说的就是：: the cue in a 的是 clause, its subject before it.
  const shi = punctuated ? /的(?:就)?是$/.exec(text.slice(Math.max(windowStart, cueEnd - 3), cueEnd)) : null;
  if (shi !== null) cueEnd -= shi[0].length;
  // 正如总书记所指出的，“…”: a cue turned into a relative clause (所…的) still introduces the words.
  const relative = shi === null && punctuated && cueEnd > windowStart && text[cueEnd - 1] === '的';
  if (relative) cueEnd--;
  if (cueEnd <= windowStart) return null;
  // 勉励毕业生：“ / 叮嘱施工人员：“ / 呼吁市民“: a verb of telling, then the people told, then the words.
  const near = text.slice(Math.max(windowStart, cueEnd - 14), cueEnd);
  const told = (punctuated ? TELLING_OBJECT : TOLD_DIRECTLY).exec(near) ?? (punctuated ? null : ASKED_PEOPLE.exec(near));
  if (told !== null) {
    const cueStart = cueEnd - told[0].length;
    return { cue: told[1], ...speakerBefore(text, windowStart, cueStart), punctuated, governed: governed || !punctuated, told: true };
  }
  // Only cues ending with the character before the mark can match.
  for (const cue of CUES_BY_LAST.get(text[cueEnd - 1]) ?? []) {
    // 对年轻人说“…”: a short cue telling someone something needs no ：either.
    const toSomeone = cue.length <= SHORT_CUE_MAX && /对[^，。！？；：、“”]{1,8}$/.test(text.slice(Math.max(windowStart, cueEnd - 10), cueEnd - 1));
    if (cue.length <= SHORT_CUE_MAX && !punctuated && !governed && !toSomeone && !plainCues.includes(cue)) continue;
    let cueStart = cueEnd - cue.length;
    if (cueStart < windowStart || !text.startsWith(cue, cueStart)) continue;
    // 所说 / 所指出的: the subject stands before 所. Without 所, …的 needs a two-character cue
    // (强调的，“ yes; 说的，“ is too often 说的话).
    const suo = cueStart > windowStart && text[cueStart - 1] === '所';
    // …的决定，「 / 他的回答： a cue word after 的 is a noun (the relative 所…的 stands after the cue).
    // (说 / 道 after 的 is 的 for 地 in much Taiwan writing: 很直白的说：)
    // (…很朴素的提出，“ / 深情的说道： — 的 for 地 after an adverb of degree or manner — is the verb.)
    const manner =
      /(?:说|说道|讲|讲道|提出|指出|强调|写道)$/.test(cue) &&
      /(?:^|[^是了的出有个种])(?:很|非常|十分)?(?:朴素|深情|动情|郑重|坚定|认真|坦率|直白|形象|生动|诚恳|平静|激动|感慨|耐心|幽默|风趣|深刻)的$/.test(text.slice(Math.max(windowStart, cueStart - 8), cueStart));
    if (!suo && !manner && cue.length >= 2 && cueStart > windowStart && text[cueStart - 1] === '的') continue;
    // 报道， / 知道， / 频道：: 道 ending a noun or another verb is no cue.
    if (cue === '道' && /[报知频味街渠轨通管车水隧坑难这那一]/.test(text[cueStart - 1] ?? '')) continue;
    // 言 alone only as 所言 (马克思所言：); 有一句名言：is a label, not a verb.
    if (cue === '言' && !suo) continue;
    // 云 after a post and one or two characters is the end of a name (委员廖泽云：), not 诗云 / 古人云.
    if (cue === '云' && POST_AND_PART_NAME.test(text.slice(Math.max(windowStart, cueStart - 24), cueStart))) continue;
    if (relative && !suo && cue.length <= SHORT_CUE_MAX) return null;
    if (suo) cueStart--;
    return { cue, ...speakerBefore(text, windowStart, cueStart), punctuated: punctuated && !governed, governed, soft };
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

