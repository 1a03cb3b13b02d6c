import * as assert from 'node:assert/strict';
import { TermMatcher } from '../../src/core/glossary/matcher';
import type { GlossaryEntry } from '../../src/core/glossary/types';
import { readFixture } from './helpers';

function entry(term: string, variants?: string[]): GlossaryEntry {
  return { term, variants, category: '发展理念与战略', explanation: '用于测试的解释文字，至少十个字。', source: { text: '测试', year: 2020 } };
}
/** [text, term] pairs of the matches. */
function found(m: TermMatcher, text: string): [string, string][] {
  return m.find(text).map((x) => {
    assert.equal(x.text, text.slice(x.start, x.end));
    assert.equal(x.explained, true);
    return [x.text, x.term];
  });
}

describe('TermMatcher', () => {
  const m = new TermMatcher([
    entry('新发展格局', ['构建新发展格局']),
    entry('一带一路', ['共建“一带一路”']),
    entry('一带一路倡议'),
    entry('双一流'),
    entry('高质量发展'),
    entry('互联网+'),
  ]);

  it('longest match wins: a longer variant, a longer separate entry', () => {
    assert.deepEqual(found(m, '加快构建新发展格局。'), [['构建新发展格局', '新发展格局']]);
    assert.deepEqual(found(m, '形成新发展格局'), [['新发展格局', '新发展格局']]);
    assert.deepEqual(found(m, '一带一路倡议提出十年'), [['一带一路倡议', '一带一路倡议']]);
    assert.deepEqual(found(m, '一带一路建设'), [['一带一路', '一带一路']]);
  });

  it('a variant maps to its canonical entry, with the category and offsets of the text', () => {
    const r = m.find('推进共建“一带一路”。');
    assert.equal(r.length, 1);
    assert.deepEqual([r[0].start, r[0].end, r[0].term, r[0].category], [2, 10, '一带一路', '发展理念与战略']);
    assert.equal(m.lookup('共建"一带一路"')?.term, '一带一路');
    assert.equal(m.lookup('没有的词'), undefined);
  });

  it('terms inside quotation marks and adjacent terms', () => {
    assert.deepEqual(found(m, '国家“双一流”建设'), [['双一流', '双一流']]);
    assert.deepEqual(found(m, '新发展格局高质量发展双一流'), [
      ['新发展格局', '新发展格局'],
      ['高质量发展', '高质量发展'],
      ['双一流', '双一流'],
    ]);
  });

  it('folds full-width forms and quotation marks', () => {
    assert.deepEqual(found(m, '发展“互联网＋”'), [['互联网＋', '互联网+']]);
    assert.deepEqual(found(m, '共建"一带一路"'), [['共建"一带一路"', '一带一路']]);
    assert.deepEqual(found(m, '共建「一带一路」'), [['共建「一带一路」', '一带一路']]);
  });

  it('empty text and an empty glossary', () => {
    assert.deepEqual(m.find(''), []);
    assert.deepEqual(new TermMatcher([]).find('新发展格局'), []);
  });

  it('crosses one line break (PDF extraction), not a blank line', () => {
    assert.deepEqual(found(m, '加快形成新发展\n格局'), [['新发展\n格局', '新发展格局']]);
    assert.deepEqual(found(m, '新发展 \r\n　　格局'), [['新发展 \r\n　　格局', '新发展格局']]);
    assert.deepEqual(found(m, '新发展\n\n格局'), []);
    assert.deepEqual(found(m, '新发展 格局'), []);
    assert.deepEqual(found(new TermMatcher([entry('新发展格局')], { crossLineBreaks: false }), '新发展\n格局'), []);
    // A break between two terms does not disturb either.
    assert.deepEqual(found(m, '双一流\n高质量发展'), [['双一流', '双一流'], ['高质量发展', '高质量发展']]);
  });

  it('overlapping patterns: leftmost first, then longest; failure links (ab / b / bc style)', () => {
    const o = new TermMatcher([entry('数字经济'), entry('经济'), entry('经济社会'), entry('国家安全'), entry('家安'), entry('安全法')]);
    assert.deepEqual(found(o, '数字经济社会'), [['数字经济', '数字经济']]);
    assert.deepEqual(found(o, '字经济社会'), [['经济社会', '经济社会']]);
    assert.deepEqual(found(o, '推动经济发展'), [['经济', '经济']]);
    // After 国家安 fails on 法, the failure link leads to 家安, which is reported.
    assert.deepEqual(found(o, '国家安法'), [['家安', '家安']]);
    assert.deepEqual(found(o, '国家安全法'), [['国家安全', '国家安全']]);
    assert.deepEqual(found(o, '家安全法'), [['家安', '家安']]);
    // A short pattern that ends inside a longer failed one, then a new match right after.
    assert.deepEqual(found(o, '国家安经济社会'), [['家安', '家安'], ['经济社会', '经济社会']]);
  });

  it('a later match starting inside an earlier candidate is kept when the earlier one fails (ABC / CD / D)', () => {
    const o = new TermMatcher([entry('甲乙丙'), entry('丙丁'), entry('丁戊')]);
    assert.deepEqual(found(o, '甲乙丙丁戊'), [['甲乙丙', '甲乙丙'], ['丁戊', '丁戊']]);
  });

  it('when two entries claim the same pattern the later one wins', () => {
    const o = new TermMatcher([entry('放管服', ['放管服改革']), entry('放管服改革')]);
    assert.deepEqual(found(o, '深化放管服改革'), [['放管服改革', '放管服改革']]);
  });

  it('a 200,000-character line', () => {
    const filler = '的'.repeat(100_000 - 5);
    const text = '新发展格局' + filler + '双一流' + filler + '高质量发展';
    assert.ok(text.length > 199_990);
    const r = m.find(text);
    assert.deepEqual(r.map((x) => [x.start, x.term]), [
      [0, '新发展格局'],
      [100_000, '双一流'],
      [200_000 - 2, '高质量发展'],
    ]);
  });

  it('a 5 MB text completes and finds every copy', () => {
    const doc = readFixture('000_b29511bdb28f9b3d.txt');
    const once = m.find(doc).length;
    assert.ok(once > 10);
    const copies = Math.ceil((5 * 1024 * 1024) / doc.length);
    const big = Array(copies).fill(doc).join('\n\n');
    assert.equal(m.find(big).length, once * copies);
  });

  it('builds a matcher of 2,000 patterns sharing prefixes and suffixes correctly', () => {
    const heads = ['数字', '科技', '创新', '绿色', '开放'];
    const entries: GlossaryEntry[] = [];
    for (let i = 0; i < 400; i++) for (const h of heads) entries.push(entry(`${h}${String.fromCharCode(0x4e00 + i)}发展`));
    const big = new TermMatcher(entries);
    assert.equal(big.patternCount, 2000);
    const t = `推动绿色${String.fromCharCode(0x4e00 + 17)}发展和开放${String.fromCharCode(0x4e00 + 399)}发展`;
    assert.deepEqual(big.find(t).map((x) => x.term), [`绿色${String.fromCharCode(0x4e00 + 17)}发展`, `开放${String.fromCharCode(0x4e00 + 399)}发展`]);
  });
});
