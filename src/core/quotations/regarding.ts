/**
 * Words a leader said, quoted as what a requirement or a statement of theirs holds (issue 11, named
 * persons in central documents): 贯彻习近平总书记关于“在推进科技创新上开拓进取”的重要要求 / 落实
 * 总书记提出的“要把饭碗牢牢端在自己手中”的要求. The quotation is a modifier (“…”的), so the scanner
 * reads it as a phrase; here it is that person's words when the person stands right before 关于 or
 * before 提出的 / 强调的, a noun of saying follows (要求, 指示, 论述, 嘱托 …) and the words are a
 * statement (at least six characters), not a formula (“两个确立”的重大意义 stays a phrase).
 */
import type { Quotation } from '../types';
import { POSTS, SURNAMES } from './names';
import { normaliseSpeaker } from './subject';
import { FORMULA, XI_ALIASES } from './common';

/** The person before 关于 / 提出的: 习近平总书记, 总书记, or a post and a name. */
const PERSON_BEFORE = new RegExp(
  `(${XI_ALIASES.join('|')}|(?:${POSTS})[\\u4e00-\\u9fff]{2,3}?(?:同志)?)(?:关于|(?:所)?(?:提出|强调|指出|要求|嘱托|号召|作出)的)\\s*$`,
);
/** What the words are called after the closing mark: 的重要要求 / 的重要指示精神 / 的殷切嘱托. */
const SAYING_NOUN = /^的(?:重要|殷切|重大)?(?:要求|指示|论述|讲话|嘱托|期望|号召|论断|批示|指示精神|讲话精神|重要思想)/;

export function attributeRegarding(text: string, found: Quotation[]): void {
  for (const q of found) {
    if (q.depth !== 0 || !q.closed || q.speaker !== null) continue;
    if (q.content.length < 6 || FORMULA.test(q.content)) continue;
    if (!SAYING_NOUN.test(text.slice(q.end, q.end + 12))) continue;
    const m = PERSON_BEFORE.exec(text.slice(Math.max(0, q.start - 40), q.start));
    if (m === null) continue;
    const person = m[1];
    const xi = XI_ALIASES.some((a) => person === a);
    // A post and a name: the name starts with a common surname (局长王强, not 局长关于).
    if (!xi && !SURNAMES.has(person.replace(new RegExp(`^.*?(?:${POSTS})`), '')[0] ?? '')) continue;
    const speaker = normaliseSpeaker(person);
    if (speaker === null) continue;
    q.kind = 'speech';
    q.speaker = speaker;
  }
}
