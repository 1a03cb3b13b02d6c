import * as assert from 'node:assert/strict';
import { readFixture } from './helpers';

describe('fixtures', () => {
  it('are the real corpus documents, copied into the project', () => {
    const text = readFixture('000_b29511bdb28f9b3d.txt');
    assert.ok(text.includes('加快建设北京国际科技创新中心'));
    assert.ok(text.length > 7000);
  });
});
