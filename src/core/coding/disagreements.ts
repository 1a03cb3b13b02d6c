/**
 * Where coders disagree, unit by unit, and the consensus decisions that settle it. A unit is in
 * disagreement when the coders who coded its document gave it different sets of codes. A decision
 * (accept one coder's codes, take the union, or a set chosen by hand) becomes a coding of the unit's
 * span by the coder named `consensus`, which the tables can use like any coder. Pure: no `vscode`.
 */
import { unitCodes, type CodedDocument } from './tables';
import type { Unit } from './units';

export const CONSENSUS_CODER = 'consensus';

export interface Disagreement {
  file: string;
  unit: Unit;
  /** Coder → the codes that coder gave the unit (coders who took part in the document). */
  byCoder: Map<string, string[]>;
  /** The consensus already decided for this unit, if any. */
  consensus: string[] | null;
}

/** Units whose coders (other than `consensus`) disagree, in document and unit order. */
export function findDisagreements(docs: readonly CodedDocument[], coders?: readonly string[]): Disagreement[] {
  const out: Disagreement[] = [];
  for (const doc of docs) {
    const present = [...new Set(doc.codings.map((c) => c.coder))].filter((c) => c !== CONSENSUS_CODER && (!coders || coders.includes(c))).sort();
    if (present.length < 2) continue;
    const per = new Map(present.map((c) => [c, unitCodes(doc, new Set([c]))]));
    const consensus = unitCodes(doc, new Set([CONSENSUS_CODER]));
    for (const unit of doc.units) {
      const byCoder = new Map(present.map((c) => [c, [...(per.get(c)!.get(unit.id) ?? [])].sort()]));
      const keys = new Set([...byCoder.values()].map((codes) => codes.join('\u0000')));
      if (keys.size < 2) continue;
      const decided = [...(consensus.get(unit.id) ?? [])].sort();
      out.push({ file: doc.file, unit, byCoder, consensus: decided.length > 0 ? decided : null });
    }
  }
  return out;
}

export type Decision = { kind: 'accept'; coder: string } | { kind: 'union' } | { kind: 'intersection' } | { kind: 'codes'; codes: string[] };

/** The codes a decision gives the unit. */
export function decide(d: Disagreement, decision: Decision): string[] {
  const sets = [...d.byCoder.values()];
  switch (decision.kind) {
    case 'accept':
      return [...(d.byCoder.get(decision.coder) ?? [])];
    case 'union':
      return [...new Set(sets.flat())].sort();
    case 'intersection':
      return sets.reduce((a, b) => a.filter((x) => b.includes(x)));
    case 'codes':
      return [...new Set(decision.codes)];
  }
}
