/**
 * The first person in a transcript answer (issue 11, first person): an answer opens with its
 * speaker's label (李明：… / 省委书记王刚：…) and runs on over its sentences and the paragraphs after
 * it until the next label; where 我 says or said something in it (我常对年轻人说：“…” / 我在会上讲过：
 * “…” / a later paragraph: 我跟他们说：“…”), the one labelled speaks. Applied after the scan to speech
 * quotations that are still without a speaker; 我们 (who may be a body) and a label that is no one
 * (问, 答, 注, 一 …) give nothing, and so does an answer that is not the nearest label before.
 */
import type { Quotation } from '../types';
import { normaliseSpeaker } from './subject';

/** The label opening a paragraph: a name, a post and a name, or a role, then ：or :. */
const LABEL = /^[ \t\u3000]*([\u4e00-\u9fff·]{2,12})[：:]/;
/** A label of one character too (问：, 答：), which ends the answer before it. */
const ANY_LABEL = /^([\u4e00-\u9fff·]{1,12})[：:]/;
/** Labels that name no speaker (headings, Q and A markers, notes). */
const NOT_A_LABEL = /^(?:问|答|注|按|附件|附|关键词|摘要|主题|题目|目标|原则|要求|说明|备注|地址|时间|地点|来源|作者|编者按|编辑|责任编辑|记者手记|同志们|各位代表|各位来宾|女士们|先生们)$|^[一二三四五六七八九十]+$/;
/** 我 (not 我们, 我国, 我省 …) opening the clause of the cue. */
const I_CLAUSE = /(?:^|[，,。；;！？!?”」])\s*我(?![们国省市区县党校院部委厅局军])[^，,。；;！？!?“”]{0,30}$/;
/** How many paragraphs before the cue's own an answer's label may stand. */
const ANSWER_PARAGRAPHS = 4;
/** How far back (characters) an answer's label is looked for. */
const ANSWER_CHARS = 800;

export function attributeFirstPersonLabel(text: string, found: Quotation[]): void {
  for (const q of found) {
    if (q.depth !== 0 || q.kind !== 'speech' || q.speaker !== null || q.cue === null) continue;
    const cueAt = text.lastIndexOf(q.cue, q.start);
    if (cueAt < 0 || q.start - cueAt > 8) continue;
    const lineStart = text.lastIndexOf('\n', cueAt) + 1;
    const line = text.slice(lineStart, cueAt);
    const own = LABEL.exec(line);
    // 我 opening the cue's clause, in the answer's first paragraph or a later one.
    if (!I_CLAUSE.test(own === null ? line : line.slice(own[0].length))) continue;
    const label = own !== null ? own[1] : answerLabel(text, lineStart);
    if (label === null || NOT_A_LABEL.test(label)) continue;
    const speaker = normaliseSpeaker(label);
    if (speaker !== null) q.speaker = speaker;
  }
}

/**
 * The label of the answer that the paragraph starting at `lineStart` continues: the nearest paragraph
 * before it opening with a label, at most ANSWER_PARAGRAPHS paragraphs and ANSWER_CHARS characters
 * back; null when none stands there.
 */
function answerLabel(text: string, lineStart: number): string | null {
  let end = lineStart - 1;
  for (let n = 0; n < ANSWER_PARAGRAPHS && end > 0 && lineStart - end <= ANSWER_CHARS; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const paragraph = text.slice(start, end).trim();
    // (问：/答： too: the answer before has ended, and the asker says 我 next.)
    const label = ANY_LABEL.exec(paragraph);
    if (label !== null) return label[1];
    // A heading or a title between (一、发展思路): the answer has ended.
    if (paragraph !== '' && !/[。！？!?”」…：:]$/.test(paragraph)) return null;
    end = start - 1;
  }
  return null;
}
