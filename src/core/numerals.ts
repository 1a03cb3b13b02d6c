/**
 * Parsing of Arabic, Chinese and mixed numerals as they occur in policy texts:
 * 43.5万, 1,206, 1.37万亿, 十一点六, 两千, 十亿四千万, 二〇二二, 负一, １２３, 百分之十八点五;
 * in traditional characters too: 二十萬億, 兩萬, 五點二, 負三點八, 一百零五.
 *
 * Pure functions, no I/O. The grammar is checked against the cn2an and nzh test tables
 * (test/fixtures/numerals); see test/unit/numerals.test.ts for what is in scope.
 */

/** Chinese (and financial / traditional) digit characters and their values. */
export const CN_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 幺: 1, 二: 2, 贰: 2, 貳: 2, 两: 2, 兩: 2, 三: 3, 叁: 3, 參: 3,
  四: 4, 肆: 4, 五: 5, 伍: 5, 六: 6, 陆: 6, 陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};

/** Units inside a four-digit section (十百千); 廿 is "two tens", 卅 "three tens", 卌 "four tens". */
export const CN_SMALL_UNITS: Readonly<Record<string, number>> = {
  十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000,
};

/** Section units. 兆 is deliberately absent: it means 10^6 or 10^12 depending on the writer. */
export const CN_BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

const NEGATIVE_SIGNS = new Set(['负', '負', '-', '−', '－']);

/** Map full-width digits, point, percent and minus to ASCII; keep everything else. */
export function toHalfWidth(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code >= 0xff10 && code <= 0xff19) out += String.fromCharCode(code - 0xff10 + 48);
    else if (code === 0xff0e) out += '.';
    else if (code === 0xff05) out += '%';
    else if (code === 0xff0d) out += '-';
    else if (code === 0xff0c) out += ',';
    else out += s[i];
  }
  return out;
}

export function isAsciiDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** Round away binary noise from scaling decimals (1.37 × 1e12 = 1370000000000.0002). */
export function cleanFloat(v: number): number {
  if (!Number.isFinite(v) || Number.isInteger(v)) return v;
  const r = Number(v.toPrecision(15));
  return Math.abs(r - v) <= Math.abs(v) * 1e-12 ? r : v;
}

type Token =
  | { kind: 'digit'; value: number; chinese: boolean; text: string; decimal: boolean }
  | { kind: 'small'; value: number }
  | { kind: 'big'; value: number }
  | { kind: 'zero' };

/** Tokenise the integer part; null when a character does not belong to a numeral. */
function tokenize(s: string): Token[] | null {
  const tokens: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (isAsciiDigit(c)) {
      let j = i;
      while (isAsciiDigit(s[j])) j++;
      let decimal = false;
      if (s[j] === '.') {
        if (!isAsciiDigit(s[j + 1])) return null;
        decimal = true;
        j++;
        while (isAsciiDigit(s[j])) j++;
      }
      const text = s.slice(i, j);
      tokens.push({ kind: 'digit', value: Number(text), chinese: false, text, decimal });
      i = j;
      continue;
    }
    if (c === '零' || c === '〇') {
      tokens.push({ kind: 'zero' });
    } else if (c in CN_DIGITS) {
      tokens.push({ kind: 'digit', value: CN_DIGITS[c], chinese: true, text: c, decimal: false });
    } else if (c === '廿' || c === '卅' || c === '卌') {
      // 廿 "two tens", 卅 "three tens", 卌 "four tens" (七百卅九 = 739 in Taiwanese news)
      tokens.push({ kind: 'digit', value: c === '廿' ? 2 : c === '卅' ? 3 : 4, chinese: true, text: c, decimal: false });
      tokens.push({ kind: 'small', value: 10 });
    } else if (c in CN_SMALL_UNITS) {
      tokens.push({ kind: 'small', value: CN_SMALL_UNITS[c] });
    } else if (c in CN_BIG_UNITS) {
      tokens.push({ kind: 'big', value: CN_BIG_UNITS[c] });
    } else {
      return null;
    }
    i++;
  }
  return tokens;
}

/** A run of digits only (一七二零, 二〇二二, 012): read digit by digit. */
function readDigitString(s: string): string | null {
  let out = '';
  for (const c of s) {
    if (isAsciiDigit(c)) out += c;
    else if (c in CN_DIGITS) out += String(CN_DIGITS[c]);
    else return null;
  }
  return out;
}

/** Value of the integer part (may carry Arabic decimals before a big unit: 1.37万亿). */
function parseInteger(s: string): number | null {
  if (s === '') return null;
  const plain = readDigitString(s);
  if (plain !== null) return plain === '' ? null : Number(plain);
  const tokens = tokenize(s);
  if (tokens === null || tokens.length === 0) return null;
  // 百十一, 千五, 万: a leading unit other than 十 has no coefficient (cn2an strict rejects it too).
  const first = tokens[0];
  if ((first.kind === 'small' && first.value !== 10) || first.kind === 'big') return null;

  let total = 0; // completed sections
  let magnitude = 0; // the big unit `total` is currently expressed in (0: none yet)
  let section = 0; // value inside the current four-digit section
  let sectionHasContent = false; // anything since the last big unit
  let pending: Extract<Token, { kind: 'digit' }> | null = null;
  let lastSmall = Infinity; // small units must decrease inside a section (十一十二 is invalid)
  let tailUnit = 0; // unit just before a trailing digit (三万五 -> 5 × 1000), 0 after 零
  let decimalCoefficient = false; // 10.1万零100 is not a numeral

  for (const t of tokens) {
    if (decimalCoefficient && t.kind !== 'big') return null;
    switch (t.kind) {
      case 'digit':
        if (pending !== null) return null; // two digits in a row inside a unit expression
        pending = t;
        sectionHasContent = true;
        break;
      case 'zero':
        if (pending !== null) return null;
        tailUnit = 0;
        sectionHasContent = true;
        break;
      case 'small': {
        if (t.value >= lastSmall) return null;
        if (pending?.decimal) return null;
        const coefficient = pending ? pending.value : 1;
        section += coefficient * t.value;
        pending = null;
        lastSmall = t.value;
        tailUnit = t.value;
        sectionHasContent = true;
        break;
      }
      case 'big': {
        if (pending?.decimal) decimalCoefficient = true;
        const sectionValue = section + (pending ? pending.value : 0);
        if (!sectionHasContent) {
          // Stacked units: 万亿, 亿亿 multiply what precedes them.
          if (magnitude === 0) return null;
          total *= t.value;
          magnitude *= t.value;
        } else if (t.value >= magnitude) {
          total = (total + sectionValue) * t.value;
          magnitude = t.value;
        } else {
          total += sectionValue * t.value;
        }
        section = 0;
        pending = null;
        sectionHasContent = false;
        lastSmall = Infinity;
        tailUnit = t.value;
        break;
      }
    }
  }
  if (pending !== null) {
    // 两千六 = 2600, 三万五 = 35000: a lone Chinese digit right after a unit counts in the next lower place.
    if (pending.chinese && tailUnit >= 10) section += (pending.value * tailUnit) / 10;
    else section += pending.value;
  }
  return cleanFloat(total + section);
}

/** Digits after the decimal point (Chinese or Arabic), as a fraction string "0.xxx". */
function parseFraction(s: string): number | null {
  const digits = readDigitString(s);
  if (digits === null || digits === '') return null;
  return Number('0.' + digits);
}

/** ASCII digits with at most one inner decimal point: 2023, 5.5 (not 1., .5, 1.2.3). */
function isPlainDecimal(s: string): boolean {
  let point = -1;
  for (let k = 0; k < s.length; k++) {
    const code = s.charCodeAt(k);
    if (code === 46 && point < 0 && k > 0) point = k;
    else if (code < 48 || code > 57) return false;
  }
  return s.length > 0 && point !== s.length - 1;
}

/** Index of the decimal point word 点 (traditional 點) in a Chinese numeral, -1 when there is none. */
function pointIndex(t: string): number {
  const simplified = t.indexOf('点');
  return simplified >= 0 ? simplified : t.indexOf('點');
}

/**
 * Parse an Arabic, Chinese or mixed numeral; null when `s` is not one.
 * Whitespace (including line breaks from PDF extraction) and thousands separators are ignored.
 * Does not accept units, percent signs or qualifiers (多, 余, 约 …): the detector handles those.
 */
export function parseNumeral(s: string): number | null {
  if (isPlainDecimal(s)) {
    // Fast path for the common 2023 / 5.5: the same value the general path computes below.
    // With at most 15 digits the decimal survives the round trip through toPrecision(15), so
    // cleanFloat would return the parsed number unchanged.
    if (s.length <= 16) return Number(s);
    const v = Number(s);
    return Number.isFinite(v) ? cleanFloat(cleanFloat(v)) + 0 : null;
  }
  let t = toHalfWidth(s).replace(/[\s\u3000]+/g, '');
  if (t === '') return null;
  // Thousands separators: only in the 1,206 / 12,345,678 shape.
  if (t.includes(',')) {
    if (!/^[-负]?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:[^\d,].*)?$/.test(t)) return null;
    t = t.replace(/,/g, '');
  }
  let sign = 1;
  if (NEGATIVE_SIGNS.has(t[0])) {
    sign = -1;
    t = t.slice(1);
  }
  if (t === '') return null;
  let value: number | null;
  const point = pointIndex(t);
  if (point >= 0) {
    const intPart = parseInteger(t.slice(0, point));
    let rest = t.slice(point + 1);
    // 三点五万 = 35000: big units may follow the fraction digits.
    let scale = 1;
    while (rest.length > 0 && rest[rest.length - 1] in CN_BIG_UNITS) {
      scale *= CN_BIG_UNITS[rest[rest.length - 1]];
      rest = rest.slice(0, -1);
    }
    const frac = parseFraction(rest);
    if (intPart === null || frac === null) return null;
    if (scale !== 1 && /[万萬亿億]/.test(t.slice(0, point))) return null;
    value = (intPart + frac) * scale;
  } else {
    value = parseInteger(t);
  }
  if (value === null || !Number.isFinite(value)) return null;
  return cleanFloat(sign * value) + 0; // + 0 turns -0 into 0
}

/**
 * A percentage as its number of percent: 百分之十八点五 -> 18.5, 6% -> 6, ６％ -> 6,
 * 百分之负三点八 -> -3.8. Null when `s` is not a percentage.
 */
export function parsePercent(s: string): number | null {
  const t = toHalfWidth(s).replace(/[\s\u3000]+/g, '');
  if (t.startsWith('百分之')) return parseNumeral(t.slice(3));
  if (t.endsWith('%')) return parseNumeral(t.slice(0, -1));
  return null;
}

/** 三分之一 -> 0.333…, 二分之一 -> 0.5, 一半 -> 0.5. Null otherwise. */
export function parseFractionWords(s: string): number | null {
  const t = s.replace(/[\s\u3000]+/g, '');
  if (t === '一半') return 0.5;
  const at = t.indexOf('分之');
  if (at <= 0) return null;
  const denominator = parseNumeral(t.slice(0, at));
  const numerator = parseNumeral(t.slice(at + 2));
  if (denominator === null || numerator === null || denominator === 0) return null;
  return numerator / denominator;
}
