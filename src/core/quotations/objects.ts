/**
 * A cue with its object before the colon (issue 11, named persons): 习近平总书记在…讲话中，特别强调
 * 学习原著的重要意义：“…” / 会议深刻阐明了…的内在逻辑：“…” / 他明确提出了三点要求：“…”. The scanner
 * reads a cue only right before the mark; here the cue stands before a short object naming what is
 * said (意义, 要求, 道理 …). Applied after the scan to speech quotations with no cue and no speaker;
 * the subject is read as for any cue ({@link speakerBefore}); a pronoun or no subject leaves it null.
 */
import type { Quotation } from '../types';
import { CUES } from './common';
import { speakerBefore } from './subject';

/** What a cue's object before ：names: the point, the reason, the demand … said next. */
const OBJECT_NOUN =
  /(?:意义|重要性|必要性|紧迫性|要求|问题|道理|关系|方向|任务|目标|原则|方针|内涵|本质|规律|经验|举措|看法|观点|论断|判断|思想|主张|理念|立场|态度|期望|期待|希望|心声|愿望|决心|信心|名言|话语|一段话|一句话|这段话|这句话|这样一段话|这样一句话|诗句|一首诗|一首|[一二三四五六七八九十两几]点|[一二三四五六七八九十两几]条)$/;
/** Verbs that only introduce words with their object (表达了…的期待：, 道出了…的心声：). */
const OBJECT_VERBS = ['表达', '道出', '说出', '讲出', '吐露', '发出', '阐发', '作出', '做出', '赋诗', '题诗', '写下'];
/** Two-character cues or longer, longest first (a one-character cue is too often part of a word). */
const LONG_CUES = [...CUES.filter((c) => c.length >= 2), ...OBJECT_VERBS].sort((a, b) => b.length - a.length);

export function attributeCueObject(text: string, found: Quotation[]): void {
  for (const q of found) {
    if (q.depth !== 0 || q.kind !== 'speech' || q.speaker !== null || q.cue !== null) continue;
    let i = q.start;
    while (i > 0 && /[ \t\u3000]/.test(text[i - 1])) i--;
    if (i === 0 || !'：:'.includes(text[i - 1])) continue;
    const colon = i - 1;
    let from = colon;
    while (from > 0 && colon - from < 120 && !'。！？!?\r\n”」；;，,'.includes(text[from - 1])) from--;
    const clause = text.slice(from, colon);
    let best: { cue: string; at: number } | null = null;
    for (const cue of LONG_CUES) {
      const at = clause.lastIndexOf(cue);
      if (at < 0) continue;
      const object = clause.slice(at + cue.length).replace(/^了/, '');
      // 明确的要求 / 重要的指示: a cue word before 的 (or after it) is a modifier or a noun, not the verb.
      if (object.startsWith('的') || clause[at - 1] === '的') continue;
      if (object.length < 2 || object.length > 24 || !OBJECT_NOUN.test(object) || /[“”「」《》]/.test(object)) continue;
      // The first verb whose object runs to the colon (提出了明确的要求：): its subject is the clause's.
      if (best === null || at < best.at) best = { cue, at };
    }
    if (best === null) continue;
    let sentenceStart = from;
    while (sentenceStart > 0 && from - sentenceStart < 120 && !'。！？!?\r\n'.includes(text[sentenceStart - 1])) sentenceStart--;
    const { speaker } = speakerBefore(text, sentenceStart, from + best.at);
    // The cue stands even with no subject here: a classic author heading the sentence may say it.
    q.cue = best.cue;
    if (speaker !== null) q.speaker = speaker;
  }
}
