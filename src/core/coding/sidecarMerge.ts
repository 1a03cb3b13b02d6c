/**
 * Three-way merge of two sidecars of one document (two coders, two branches, two machines), by
 * annotation id. Rules, in order:
 * - the same on both sides: kept;
 * - changed on one side only (against the base): that side's version;
 * - changed on both sides: the newer `modified` wins; when both claim the same time but differ,
 *   both are kept (the other side's copy under a new id) and reported as a conflict;
 * - deleted on one side and unchanged on the other: deleted (reported);
 * - deleted on one side and edited on the other: the edit is kept (reported);
 * - added on one side: kept.
 * Without a base every annotation present on either side is kept (nothing can be told to be a
 * deletion) and differing versions go to the newer one. Nothing is dropped without a line in the
 * report. Pure: no `vscode`.
 */
import type { SidecarFile, StoredAnnotation } from '../annotations/model';

export interface MergeReport {
  kept: number;
  fromOurs: number;
  fromTheirs: number;
  added: number;
  deleted: string[];
  editWinsOverDelete: string[];
  newerWins: string[];
  conflicts: string[];
}

export interface MergeResult {
  file: SidecarFile;
  report: MergeReport;
}

/** Annotations compared by content (the id and everything stored). */
function same(a: StoredAnnotation | undefined, b: StoredAnnotation | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function byId(file: SidecarFile | null | undefined): Map<string, StoredAnnotation> {
  return new Map((file?.annotations ?? []).map((a) => [a.id, a]));
}

const label = (a: StoredAnnotation): string => `${a.id} “${a.target.quote.exact.slice(0, 20)}”`;

export function mergeSidecars(ours: SidecarFile, theirs: SidecarFile, base?: SidecarFile | null): MergeResult {
  const o = byId(ours);
  const t = byId(theirs);
  const b = byId(base);
  const hasBase = base !== undefined && base !== null;
  const report: MergeReport = { kept: 0, fromOurs: 0, fromTheirs: 0, added: 0, deleted: [], editWinsOverDelete: [], newerWins: [], conflicts: [] };
  const out: StoredAnnotation[] = [];
  const ids = [...new Set([...o.keys(), ...t.keys()])];
  const taken = new Set(ids);
  for (const id of ids) {
    const mine = o.get(id);
    const other = t.get(id);
    const was = b.get(id);
    if (mine && other) {
      if (same(mine, other)) {
        out.push(mine);
        report.kept++;
      } else if (hasBase && same(mine, was)) {
        out.push(other);
        report.fromTheirs++;
      } else if (hasBase && same(other, was)) {
        out.push(mine);
        report.fromOurs++;
      } else if (mine.modified !== other.modified) {
        const newer = mine.modified > other.modified ? mine : other;
        out.push(newer);
        report.newerWins.push(`${label(newer)}: both sides changed it; the newer edit (${newer.modified}) is kept`);
      } else {
        let copy = `${id}-theirs`;
        for (let k = 2; taken.has(copy); k++) copy = `${id}-theirs-${k}`;
        taken.add(copy);
        out.push(mine, { ...other, id: copy });
        report.conflicts.push(`${label(mine)}: both sides changed it at the same time; both kept (theirs as ${copy})`);
      }
      continue;
    }
    const only = (mine ?? other)!;
    const side = mine ? 'ours' : 'theirs';
    if (hasBase && was) {
      // Present at the base, deleted on the other side.
      if (same(only, was)) {
        report.deleted.push(`${label(only)}: deleted on ${side === 'ours' ? 'their' : 'our'} side`);
        continue;
      }
      out.push(only);
      report.editWinsOverDelete.push(`${label(only)}: deleted on one side, edited on the other; the edit is kept`);
      continue;
    }
    out.push(only);
    report.added++;
  }
  return { file: { ...ours, version: Math.max(ours.version, theirs.version), annotations: out }, report };
}

/** One line per event for the terminal (empty when nothing but plain additions happened). */
export function describeMerge(r: MergeReport): string[] {
  return [...r.deleted.map((s) => `deleted: ${s}`), ...r.editWinsOverDelete.map((s) => `kept: ${s}`), ...r.newerWins.map((s) => `newer: ${s}`), ...r.conflicts.map((s) => `CONFLICT: ${s}`)];
}
