/**
 * A place term inside a longer place name, or inside a count, is not that place:
 * - 南海 in 中南海 (the leaders' compound in Beijing), 东海 in 东海岸, 北海 in 北海道: a longer name that
 *   contains the glossary string (LONGER_NAMES);
 * - a place term followed by a street or building word names that street or building (南海路, 长安街,
 *   滨海大道, 雄安宾馆): dropped when the term is a geographic name (ends with 海/湾/湾区/岛/江/河/湖/山/峡);
 * - a term starting with 大 right after a numeral (四大湾区, 世界前四大湾区, 三大湾区) is a count of big
 *   things (N 大 + noun), not 大湾区 (the Guangdong–Hong Kong–Macao Greater Bay Area).
 * Read on the simplified form of the text (same offsets).
 */
import type { TermMatch } from '../types';

/** Longer names that contain a glossary place string and mean something else. */
const LONGER_NAMES = ['中南海', '东海岸', '西海岸', '南海岸', '北海岸', '北海道', '南海子', '上海滩', '黄海道', '江南海'];

/** glossary string -> [longer name, offset of the string in it] (built on first use). */
let containing: Map<string, [string, number][]> | null = null;

function containingNames(): Map<string, [string, number][]> {
  if (containing) return containing;
  containing = new Map();
  for (const name of LONGER_NAMES) {
    for (let i = 0; i < name.length; i++) {
      for (let j = i + 2; j <= name.length; j++) {
        if (i === 0 && j === name.length) continue;
        const part = name.slice(i, j);
        const list = containing.get(part) ?? [];
        list.push([name, i]);
        containing.set(part, list);
      }
    }
  }
  return containing;
}

const GEOGRAPHIC = /(海|湾|湾区|岛|江|河|湖|山|峡)$/;
const FACILITY = /^(路|街|大街|大道|公园|宾馆|饭店|酒店|广场|小区|大厦|花园|码头|中学|小学)/;
const NUMERAL_BEFORE = /[一二两三四五六七八九十几0-9０-９]$/;

/** Whether the match is a place term inside a longer name, a street or building's name, or a count. */
export function isPlaceInLongerName(text: string, m: TermMatch): boolean {
  const s = text.slice(m.start, m.end);
  if (s.startsWith('大') && NUMERAL_BEFORE.test(text.slice(Math.max(0, m.start - 1), m.start))) return true;
  for (const [name, at] of containingNames().get(s) ?? []) {
    if (text.startsWith(name, m.start - at)) return true;
  }
  return GEOGRAPHIC.test(s) && FACILITY.test(text.slice(m.end, m.end + 2));
}
