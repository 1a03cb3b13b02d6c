import * as assert from 'node:assert/strict';
import { debounceFor } from '../../src/core/debounce';

/* setting, last analysis ms → wait after a keystroke */
const CASES: [number, number | undefined, number][] = [
  [300, undefined, 300], // never analysed: the setting
  [300, 25, 300], // a 20,000-character document: the setting
  [300, 199, 300],
  [300, 400, 600], // slower than the setting: one and a half times the analysis
  [300, 3000, 4500], // a 2 MB report
  [300, 60000, 5000], // capped
  [1000, 400, 1000], // a longer setting wins
  [0, 10, 15],
];

describe('debounceFor', () => {
  for (const [setting, last, expected] of CASES) {
    it(`waits ${expected} ms with the setting ${setting} ms after an analysis of ${last ?? 'none'} ms`, () => assert.equal(debounceFor(setting, last), expected));
  }
});
