/**
 * `target.push(...items)` passes every item as an argument and overflows the stack beyond about
 * 100,000 items (a 14 MB document's findings); this appends in a loop.
 */
export function pushAll<T>(target: T[], items: readonly T[]): T[] {
  for (let i = 0; i < items.length; i++) target.push(items[i]);
  return target;
}

/** The largest number, without spreading the list into arguments (0 for an empty list). */
export function maxOf(values: Iterable<number>, start = 0): number {
  let m = start;
  for (const v of values) if (v > m) m = v;
  return m;
}
