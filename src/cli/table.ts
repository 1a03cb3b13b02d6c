/** Plain-text table output of `policy-annotator analyze --format table`. */
import type { Analysis } from '../core/types';
import { clip } from '../core/display';


export function formatTable(file: string, a: Analysis): string {
  const lines: string[] = [];
  lines.push(`# ${file}`);
  lines.push(`headings ${a.headings.length} · quotations ${a.quotations.length} · numeric claims ${a.numericClaims.length} · terms ${a.terms.length}`);
  lines.push('', '## Headings');
  for (const h of a.headings) lines.push(`${'  '.repeat(h.level - 1)}${clip(h.text, 60)}  [${h.start}]`);
  lines.push('', '## Quotations', 'start\tkind\tspeaker\tcue\tclosed\ttext');
  for (const q of a.quotations) lines.push([q.start, q.kind, q.speaker ?? '-', q.cue ?? '-', q.closed ? 'yes' : 'NO', clip(q.text, 50)].join('\t'));
  lines.push('', '## Numeric claims', 'start\tvalue\tunit\tqual\tupper\tyear\tsubject\ttext');
  for (const c of a.numericClaims) {
    lines.push([c.start, c.value, c.unit ?? '-', c.qualifier ?? '=', c.upper ?? '-', c.year ?? '-', c.subject ?? '-', clip(c.text, 30)].join('\t'));
  }
  lines.push('', '## Terms (by frequency)', 'count\texplained\tterm');
  const counts = new Map<string, { n: number; explained: boolean }>();
  for (const t of a.terms) {
    const e = counts.get(t.term) ?? { n: 0, explained: t.explained };
    e.n++;
    counts.set(t.term, e);
  }
  for (const [term, e] of [...counts].sort((x, y) => y[1].n - x[1].n || x[0].localeCompare(y[0]))) {
    lines.push(`${e.n}\t${e.explained ? 'yes' : 'no'}\t${term}`);
  }
  return lines.join('\n');
}
