/**
 * Who says it, read from the clause around the cue: the subject before the cue (speakerBefore), the
 * subject after a closed quotation (cueAfter), and how a subject as written becomes a speaker
 * (normaliseSpeaker).
 */
import {
  CUES_BY_LAST, LEADING_ADVERBIAL, LEADING_CONNECTOR, LEADING_DATELINE, NOT_A_SPEAKER, SUBJECT_END, TRAILING_TIME, XI, XI_ALIASES,
  joinLines, type Reference,
} from './common';

/**
 * The subject of the clause that holds the cue: the clause segment right before the cue
 * (segments split at ，；：), trimmed of connectors and cut at the first adverbial
 * (在…上, 多次, 深刻 …); if that is empty (…座谈会上，深刻指出), the segment before. A cue that opens
 * its clause with no subject (…，并指出：“ / 。同时强调：“) takes the subject of a sentence opening
 * with subject + cue (会议认为，…，要求：“ → 会议); failing that it is marked elided, and so is a
 * pronoun subject marked, for {@link resolveReferences}.
 */
export function speakerBefore(text: string, windowStart: number, cueStart: number): { speaker: string | null; ref: Reference | null } {
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
export function subjectText(segment: string): string | undefined {
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
export function cueAfter(text: string, end: number, content: string): { speaker: string | null; cue: string; ref: Reference | null } | null {
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
