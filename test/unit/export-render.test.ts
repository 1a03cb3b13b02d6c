import * as assert from 'node:assert/strict';
import {
  EXPORT_FILE_EXTENSIONS,
  EXPORT_FORMATS,
  fromWebAnnotation,
  isExportFormat,
  renderExport,
  type ExportDocument,
} from '../../src/core/export';
import { annotate } from './export-helpers';
import { readFixture } from './helpers';

function docs(): ExportDocument[] {
  const a = readFixture('000_b29511bdb28f9b3d.txt');
  const b = readFixture('export/astral.txt');
  return [
    { path: 'corpus/000.txt', text: a, annotations: [annotate(a, '统筹推进国际科技创新中心', { id: 'a', tag: '自定义 标签' })] },
    { path: 'more/astral.txt', text: b, annotations: [annotate(b, '😀同在', { id: 'b' })] },
  ];
}

describe('export formats and files', () => {
  it('knows the five formats and their extensions', () => {
    assert.deepEqual([...EXPORT_FORMATS], ['md', 'csv', 'jsonld', 'brat', 'html']);
    assert.deepEqual(EXPORT_FILE_EXTENSIONS, { md: '.md', csv: '.csv', jsonld: '.jsonld', brat: '.ann', html: '.html' });
    assert.ok(isExportFormat('brat'));
    assert.ok(!isExportFormat('pdf'));
  });

  it('names the files of each format', () => {
    const names = (f: (typeof EXPORT_FORMATS)[number]) => renderExport(f, docs(), { baseName: 'reading' }).map((x) => x.name);
    assert.deepEqual(names('md'), ['reading.md']);
    assert.deepEqual(names('csv'), ['reading.csv']);
    assert.deepEqual(names('jsonld'), ['corpus/000.jsonld', 'more/astral.jsonld']);
    assert.deepEqual(names('html'), ['corpus/000.html', 'more/astral.html']);
    assert.deepEqual(names('brat'), ['corpus/000.txt', 'corpus/000.ann', 'more/astral.txt', 'more/astral.ann', 'annotation.conf']);
    const conf = renderExport('brat', docs()).find((f) => f.name === 'annotation.conf')!;
    assert.match(conf.content, /Value:重点\|存疑\|待核实\|引用\|笔记\|自定义_标签/);
  });

  it('writes JSON-LD that parses and imports back with the document uri it was given', () => {
    const [, second] = docs();
    const file = renderExport('jsonld', [second], { documentUri: (d) => `https://example.org/${d.path}` })[0];
    const json = JSON.parse(file.content);
    assert.equal(json.first.items[0].target.source, 'https://example.org/more/astral.txt');
    assert.deepEqual(fromWebAnnotation(json, { text: second.text }).annotations, [second.annotations[0].annotation]);
  });
});
