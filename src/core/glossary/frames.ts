/**
 * Names that a fixed frame of policy prose marks as terms (helper cands3), found as candidates:
 * - a road walked: 走中国特色自主创新道路, 走出了一条中国特色减贫道路, 走中国特色精兵之路 (four to
 *   sixteen Han characters before 道路/之路, no 的 inside; 走访, 走向 … are other verbs);
 * - a policy stance: 更加积极的就业政策, 稳健中性的货币政策 (a stance word, 的, a field of two to four
 *   characters, 政策).
 * One regular-expression pass each: linear.
 */
import type { TermMatch } from '../types';

const ROAD = /走(?:出了一条|出一条|好)?([\u4e00-\u9fff]{4,16}?(?:道路|之路))/g;
/** Characters after 走 that make another verb (走访, 走向, 走进 …). */
const NOT_A_ROAD_START = /^[访向进到过势私马廊动读遍这那条了出好上下]/;
const STANCE = /(?:更加)?(?:积极|稳健中性|稳健|适度宽松|宽松|审慎|适度从紧|从紧|灵活适度|中性)的[\u4e00-\u9fff]{2,4}政策(?!措施|举措|工具|性)/g;
export const ROAD_HEAD = 2;

const candidate = (start: number, t: string): TermMatch => ({ start, end: start + t.length, text: t, term: t, category: '候选术语', explained: false });

/** Roads walked (走…道路), sorted by start. */
export function roadNames(text: string, out: TermMatch[]): void {
  ROAD.lastIndex = 0;
  for (let m = ROAD.exec(text); m !== null; m = ROAD.exec(text)) {
    const name = m[1];
    if (name.includes('的') || NOT_A_ROAD_START.test(name)) continue;
    out.push(candidate(m.index + m[0].length - name.length, name));
  }
}

/** Policy stances (更加积极的就业政策), sorted by start. */
export function stanceNames(text: string, out: TermMatch[]): void {
  STANCE.lastIndex = 0;
  for (let m = STANCE.exec(text); m !== null; m = STANCE.exec(text)) out.push(candidate(m.index, m[0]));
}
