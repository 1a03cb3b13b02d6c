/**
 * Sources named by what they are, and documents referred back to (issue 11, sayings and documents in
 * speeches and theory articles), applied after the scan:
 *  - a saying cited as such: 引用古语“…” / 借用一句俗语：“…” / 多次引用“…”这句古语 → 古人 or 俗语, for
 *    quotations without a speaker (a short term or a counted formula stays a phrase);
 *  - a document referred back to by its kind: 该意见指出 / 报告提出 / 这份规划强调, with exactly one
 *    《title》 of that kind (ending with 意见, 报告 …) named in the same or the previous paragraph
 *    before it → that title (《政府工作报告》 for 报告). Two such titles, or none, leave the speaker as written.
 * Each reads a bounded window around the quotation, so the passes stay linear.
 */
import type { Quotation } from '../types';
import { FORMULA } from './common';

/** A verb citing a saying and what the saying is, right before the mark. */
const CITED_BEFORE =
  /(?:引用|援引|借用|化用|引述|引了|套用)(?:了)?(?:一句|这句|那句|两句|一段)?(?:中国|我国|民间|古代|老百姓的)?(古语|古话|古训|古人的话|古人言|俗语|俗话|老话|谚语|民谚|农谚)[：:，,]?\s*$/;
/** What the saying is, named right after the words: “…”这句古语 (not “…”的古话: a modifier). */
const CITED_AFTER = /^(?:这句|这一|这条|一句)(?:中国|民间|古代)?(古语|古话|古训|俗语|俗话|老话|谚语|民谚|农谚)/;

function sourceOf(kind: string): string {
  return /^古/.test(kind) ? '古人' : '俗语';
}

/** Kinds of document a text refers back to, and how the reference is written before the cue. */
const KINDS = '意见|决定|决议|报告|规划|纲要|条例|办法|方案|通知|公报|建议|讲话|文件';
const BACK = new RegExp(`^(?:该|这份|这一|此|本)?(${KINDS})$`);
/** How far back the title is looked for. */
const TITLE_LOOKBACK = 600;

export function attributeCited(text: string, found: Quotation[]): void {
  for (const q of found) {
    if (q.depth !== 0) continue;
    if (q.speaker === null && q.content.length >= 4 && !FORMULA.test(q.content)) {
      const before = CITED_BEFORE.exec(text.slice(Math.max(0, q.start - 24), q.start));
      const after = before === null && q.closed ? CITED_AFTER.exec(text.slice(q.end, q.end + 12)) : null;
      const kind = before?.[1] ?? after?.[1];
      if (kind !== undefined) {
        q.kind = 'speech';
        q.speaker = sourceOf(kind);
        continue;
      }
    }
    if (q.kind === 'speech' && q.speaker !== null) {
      const back = BACK.exec(q.speaker);
      if (back !== null) {
        const title = titleBefore(text, q.start, back[1]);
        if (title !== null) q.speaker = title;
      }
    }
  }
}

/**
 * The one 《title》 ending with `kind` in the paragraph of `at` and the one before it (at most
 * TITLE_LOOKBACK characters back); null when none or two different ones.
 */
function titleBefore(text: string, at: number, kind: string): string | null {
  let from = Math.max(0, at - TITLE_LOOKBACK);
  // The paragraph of the reference and the one before it.
  let breaks = 0;
  for (let i = at - 1; i >= from; i--) {
    if (text[i] === '\n' && i > 0 && text[i - 1] !== '\n') breaks++;
    if (breaks === 2) {
      from = i + 1;
      break;
    }
  }
  const titles = new Set<string>();
  let lastEnd = -1;
  for (const m of text.slice(from, at).matchAll(/《([^《》\r\n]{2,60})》/g)) {
    if (m[1].endsWith(kind)) {
      titles.add(`《${m[1]}》`);
      lastEnd = from + (m.index ?? 0) + m[0].length;
    }
  }
  if (titles.size !== 1) return null;
  // 会议听取了最高法工作报告。报告提出: another 报告 named after the title, outside 《》, may be the one meant.
  const between = text.slice(lastEnd, at).replace(/《[^《》\r\n]*》/g, '');
  return between.split(kind).length - 1 > 1 ? null : [...titles][0];
}
