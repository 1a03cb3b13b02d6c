/**
 * The highlight colours of package.json, checked on the editor backgrounds of VS Code's default
 * themes (Light Modern #ffffff with text #3b3b3b, Dark Modern #1f1f1f with #cccccc, High Contrast
 * #000000 / High Contrast Light #ffffff): text stays readable on every fill (WCAG contrast ≥ 4.5),
 * every fill is visible on the page, and high-contrast themes — which have no fills — get a solid
 * underline for quotations and annotations that stands out (contrast ≥ 3 against the page).
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './helpers';

type Theme = 'light' | 'dark' | 'highContrast' | 'highContrastLight';
const pkg = JSON.parse(readFileSync(join(repoRoot(), 'package.json'), 'utf8'));
const colors: { id: string; defaults: Record<Theme, string> }[] = pkg.contributes.colors;
const color = (id: string) => colors.find((c) => c.id === `policyAnnotator.${id}`)!.defaults;

function rgba(hex: string): [number, number, number, number] {
  const h = hex.replace('#', '');
  const n = (i: number) => parseInt(h.slice(i, i + 2), 16);
  return [n(0), n(2), n(4), h.length === 8 ? n(6) / 255 : 1];
}
const over = (top: string, page: string): [number, number, number] => {
  const [r, g, b, a] = rgba(top);
  const [R, G, B] = rgba(page);
  return [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a)];
};
const luminance = ([r, g, b]: [number, number, number]) => {
  const l = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * l(r) + 0.7152 * l(g) + 0.0722 * l(b);
};
const contrast = (a: [number, number, number], b: [number, number, number]) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};

const PAGE: Record<'light' | 'dark', { background: string; text: string }> = {
  light: { background: '#ffffff', text: '#3b3b3b' },
  dark: { background: '#1f1f1f', text: '#cccccc' },
};
const TAGS = ['important', 'doubt', 'verify', 'quote', 'note', 'other'];
const FILLS = ['quotationBackground', 'numericClaimBackground', 'termBackground', ...TAGS.map((t) => `annotation.${t}Background`)];

describe('highlight colours', () => {
  it('each colour is declared once (a second declaration silently wins in VS Code)', () => {
    const ids = colors.map((c) => c.id);
    assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), []);
  });
  for (const theme of ['light', 'dark'] as const) {
    const { background, text } = PAGE[theme];
    for (const fill of FILLS) {
      it(`${theme}: ${fill} keeps text readable and shows on the page`, () => {
        const under = over(color(fill)[theme], background);
        assert.ok(contrast(rgba(text).slice(0, 3) as [number, number, number], under) >= 4.5, 'text contrast');
        assert.ok(contrast(under, rgba(background).slice(0, 3) as [number, number, number]) >= 1.1, 'visible fill');
      });
    }
    it(`${theme}: 待核实 is told apart from a numeric claim`, () => {
      const a = over(color('annotation.verifyBackground')[theme], background);
      const b = over(color('numericClaimBackground')[theme], background);
      assert.ok(Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]) >= 20);
    });
  }
  for (const [theme, page] of [['highContrast', '#000000'], ['highContrastLight', '#ffffff']] as const) {
    const marks = ['quotationBorder', 'numericClaimRuler', ...TAGS.map((t) => `annotation.${t}Border`)];
    for (const mark of marks) {
      it(`${theme}: ${mark} is a solid line that stands out`, () => {
        const c = color(mark)[theme];
        assert.equal(rgba(c)[3], 1, `${c} is opaque`);
        assert.ok(contrast(over(c, page), rgba(page).slice(0, 3) as [number, number, number]) >= 3, `${c} on ${page}`);
      });
    }
    it(`${theme}: fills are transparent (high-contrast themes keep the text on the page colour)`, () => {
      for (const fill of FILLS) assert.equal(rgba(color(fill)[theme])[3], 0, fill);
    });
  }
});
