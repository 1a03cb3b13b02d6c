/**
 * Merging two sets of annotations of one document by id: an import into a sidecar today, the
 * coders' merge later. Pure; the inputs are not changed.
 */
import type { StoredAnnotation } from './model';

export interface MergeResult {
  /** Existing annotations in their order (updated ones replaced in place), then the added ones. */
  merged: StoredAnnotation[];
  /** Ids of incoming annotations that were new. */
  added: string[];
  /** Ids whose incoming version was newer (`modified` later) and replaced the existing one. */
  updated: string[];
  /** Ids already present whose existing version was kept (the same, or not older than the incoming one). */
  unchanged: string[];
}

function time(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? -Infinity : t;
}

/**
 * Merges `incoming` into `existing` by id: new ids are added; for a known id the version with the
 * later `modified` time wins (on a tie or an unreadable time, the existing one). Several incoming
 * versions of one id: the latest wins.
 */
export function mergeAnnotations(existing: readonly StoredAnnotation[], incoming: readonly StoredAnnotation[]): MergeResult {
  const merged = [...existing];
  const indexById = new Map<string, number>();
  merged.forEach((a, i) => indexById.set(a.id, i));
  const existingIds = new Set(existing.map((a) => a.id));
  const added = new Set<string>();
  const updated = new Set<string>();
  const unchanged = new Set<string>();

  for (const next of incoming) {
    const i = indexById.get(next.id);
    if (i === undefined) {
      indexById.set(next.id, merged.length);
      merged.push(next);
      added.add(next.id);
      continue;
    }
    if (time(next.modified) > time(merged[i].modified)) {
      merged[i] = next;
      if (existingIds.has(next.id)) {
        updated.add(next.id);
        unchanged.delete(next.id);
      }
    } else if (existingIds.has(next.id) && !updated.has(next.id)) {
      unchanged.add(next.id);
    }
  }
  return { merged, added: [...added], updated: [...updated], unchanged: [...unchanged] };
}

/** One line saying what a merge did, e.g. `3 added, 1 updated, 2 unchanged`. */
export function describeMerge(r: MergeResult): string {
  return `${r.added.length} added, ${r.updated.length} updated, ${r.unchanged.length} unchanged`;
}
