/**
 * The first person in a transcript answer (issue 11, first person): a paragraph that opens with its
 * speaker's label (李明：… / 省委书记王刚：…) and in which 我 says or said something (我常对年轻人
 * 说：“…” / 我在会上讲过：“…”): the one labelled. Applied after the scan to speech quotations that are
 * still without a speaker; 我们 (who may be a body) and a label that is no one (问, 答, 注, 一 …) give
 * nothing.
 */
import type { Quotation } from '../types';
import { normaliseSpeaker } from './subject';

/** The label opening a paragraph: a name, a post and a name, or a role, then ：or :. */
const LABEL = /^[ \t\u3000]*([\u4e00-\u9fff·]{2,12})[：:]/;
/** Labels that name no speaker (headings, Q and A markers, notes). */
const NOT_A_LABEL = /^(?:问|答|注|按|附件|附|关键词|摘要|主题|题目|目标|原则|要求|说明|备注|地址|时间|地点|来源|作者|编者按|编辑|责任编辑|记者手记|同志们|各位代表|各位来宾|女士们|先生们)$|^[一二三四五六七八九十]+$/;
/** 我 (not 我们, 我国, 我省 …) opening the clause of the cue. */
const I_CLAUSE = /(?:^|[，,。；;！？!?])\s*我(?![们国省市区县党校院部委厅局军])[^，,。；;！？!?“”]{0,30}$/;

export function attributeFirstPersonLabel(text: string, found: Quotation[]): void {
  for (const q of found) {
    if (q.depth !== 0 || q.kind !== 'speech' || q.speaker !== null || q.cue === null) continue;
    const cueAt = text.lastIndexOf(q.cue, q.start);
    if (cueAt < 0 || q.start - cueAt > 8) continue;
    const lineStart = text.lastIndexOf('\n', cueAt) + 1;
    const line = text.slice(lineStart, cueAt);
    const label = LABEL.exec(line);
    if (label === null || NOT_A_LABEL.test(label[1])) continue;
    if (!I_CLAUSE.test(line.slice(label[0].length))) continue;
    const speaker = normaliseSpeaker(label[1]);
    if (speaker !== null) q.speaker = speaker;
  }
}
