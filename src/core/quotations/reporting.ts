/**
 * A last pass over the speakers found in reporting (issue 16, third round), run on the simplified view
 * after every other rule:
 *  - a bare title left unresolved (“…”总理说。 / 特首强调：) is the one person of that post the article
 *    named earlier, however far back (a news story names its premier once, in the lead);
 *  - “…”总理简短有力的回答 / 部长的话: a title with a description and 的 before a cue used as a noun is
 *    that title's person; anything else ending in 的 is no speaker;
 *  - words that cannot be a speaker (a clause of time 拋出时, a phrase opening with a preposition
 *    到英文提 / 向中国总理, a whole predicate 贺一诚指每日透过…了解传媒提问) are dropped: a wrong speaker is
 *    worse than none.
 * Linear: one look-back of at most {@link TITLE_LOOKBACK_CHARS} per quotation with a bare title.
 */
import type { Quotation } from '../types';
import { POSTS } from './names';
import { titleAntecedent } from './persons';
import { personId } from './references';
import { isBareTitle, normaliseSpeaker, subjectText, trimPredicate } from './subject';
import { XI } from './common';

/** How far back a bare title looks for the one person of that post. */
export const TITLE_LOOKBACK_CHARS = 3000;

/** Posts an article gives to one person only, so that a bare title far from the name is still that person. */
const SINGLE_POST = /^(?:副?总理|总统|副总统|特首|行政长官|委员长|国家主席|主席|首相|外长|部长|省长|市长|县长|区长|镇长|村长|院长|校长|局长|厅长|署长|司长|行长|董事长|总经理|发言人|大使|秘书长|议长)$/;

/** What a questioner does before 问题： (提出了一个, 抛出一连串, 又问了几个). */
const ASKING = /(?:又|并|还|随即|接着)?(?:提出|抛出|问|提)了?(?:一|几|两|三|数)(?:个|串|连串)?$/;
/** A title, a description of how it is said, then 的 (总理简短有力的, 部长坚定的). */
const TITLE_THEN_DE = new RegExp(`^(副?(?:${POSTS}|特首))[\\u4e00-\\u9fff]{0,8}的$`);

/** A phrase that opens with a preposition or directional verb is not a subject (到英文提, 向中国总理, 对记者). */
const OPENS_WITH_PREPOSITION = /^(?:到|向|把|被|从|对|给|跟|让|使|将|于|往|朝|替|为了|关于|随后|然后)/;
/** Conjunctions and connectors left where a subject should be (以及, 而且, 但是). */
const FUNCTION_WORD = /^(?:以及|和|与|及|并|并且|而|而且|但|但是|或|或者|以及对|此外|同时|另外)$/;
/** A clause of time or circumstance (拋出时, 回答问题后, 听完以后). */
const CLAUSE_OF_TIME = /(?:时|之时|以后|之后|以前|之前)$/;
/** Predicates inside a would-be speaker: 再度举行记者会, 抛出一连串, 透过…了解… (a person or body never reads so). */
const PREDICATE_INSIDE = /(?:举行|抛出|一连串|了解|透过|再度)/;

export function reportingPass(text: string, found: Quotation[]): void {
  for (const q of found) {
    if (q.kind !== 'speech' || q.speaker === null || q.speaker === XI) continue;
    let speaker = q.speaker;
    // 刘教授提出了一个（问题：“…？”） / 本报记者随即抛出一连串（问题：）: the asker, not the asking.
    const asking = ASKING.exec(speaker);
    if (asking !== null) {
      const subject = asking.index > 0 ? subjectText(speaker.slice(0, asking.index)) : undefined;
      speaker = subject === undefined ? '' : (normaliseSpeaker(trimPredicate(subject)) ?? '');
      if (speaker === '') {
        q.speaker = null;
        continue;
      }
    }
    const de = TITLE_THEN_DE.exec(speaker);
    if (de !== null) speaker = de[1];
    else if (speaker.endsWith('的') && !/》的$/.test(speaker)) {
      q.speaker = null;
      continue;
    }
    if (isBareTitle(speaker) && SINGLE_POST.test(speaker) && q.depth === 0) {
      const person = titleAntecedent(text, Math.max(0, q.start - TITLE_LOOKBACK_CHARS), q.start, speaker, []);
      if (person !== null && person !== undefined) speaker = person;
    }
    if (!implausible(speaker)) {
      q.speaker = speaker;
      continue;
    }
    // The words after it were no attribution: a short term is a phrase again (随后“切换”到英文提问).
    q.speaker = null;
    if (!/[，,、。！？；!?;：:]/.test(q.content) && q.content.length < 8) {
      q.kind = 'phrase';
      q.cue = null;
    }
  }
}

/** Whether words found where a speaker stands cannot be one. */
export function implausible(speaker: string): boolean {
  if (speaker.startsWith('《')) return false;
  if (FUNCTION_WORD.test(speaker)) return true;
  const person = personId(speaker) !== null;
  if (OPENS_WITH_PREPOSITION.test(speaker) && !person) return true;
  // (李强主持召开国务院常务会议时 holds its person; 抛出时 holds none.)
  if (CLAUSE_OF_TIME.test(speaker) && !person && speaker.length <= 6) return true;
  return PREDICATE_INSIDE.test(speaker) && !speaker.includes('《');
}
