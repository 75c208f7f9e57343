const PART_BITS = 8;

/**
 * Calls `visit` with the values of each group of two or more entries sharing a (hi, lo) key, in
 * entry order, groups in the order of their first entry (as a Map of key to list would give).
 * Entries are first split (stably) into partitions by 8 key bits, then each partition's groups
 * are found with a hash table small enough to stay in cache.
 */
export function forEachBucket(
  keyHi: Int32Array,
  keyLo: Int32Array,
  value: Int32Array,
  count: number,
  visit: (values: number[]) => void,
): void {
  const parts = 1 << PART_BITS;
  const partOf = (e: number): number => keyLo[e]! >>> (32 - PART_BITS);
  const start = new Int32Array(parts + 1);
  for (let e = 0; e < count; e++) start[partOf(e) + 1]!++;
  for (let p = 0; p < parts; p++) start[p + 1]! += start[p]!;
  // Entry order within a partition is kept: position d holds entry arrival[d].
  const fill = start.slice(0, parts);
  const hi = new Int32Array(count);
  const lo = new Int32Array(count);
  const arrival = new Int32Array(count);
  for (let e = 0; e < count; e++) {
    const d = fill[partOf(e)]!++;
    hi[d] = keyHi[e]!;
    lo[d] = keyLo[e]!;
    arrival[d] = e;
  }
  // next[d]: the group's following position; last[d]: for a group's first position, its last one.
  const next = new Int32Array(count).fill(-1);
  const last = new Int32Array(count);
  // For each entry that starts a group of two or more, its position.
  const groupAt = new Int32Array(count).fill(-1);
  let largest = 0;
  for (let p = 0; p < parts; p++) largest = Math.max(largest, start[p + 1]! - start[p]!);
  const slots = new Int32Array(2 ** Math.ceil(Math.log2(2 * largest + 2)));
  for (let p = 0; p < parts; p++) {
    const size = start[p + 1]! - start[p]!;
    const mask = 2 ** Math.ceil(Math.log2(2 * size + 2)) - 1;
    slots.fill(-1, 0, mask + 1);
    for (let d = start[p]!; d < start[p + 1]!; d++) {
      for (let slot = (lo[d]! ^ Math.imul(hi[d]!, 0x9e3779b1)) & mask; ; slot = (slot + 1) & mask) {
        const head = slots[slot]!;
        if (head < 0) {
          slots[slot] = d;
          last[d] = d;
          break;
        }
        if (hi[head] === hi[d] && lo[head] === lo[d]) {
          if (last[head] === head) groupAt[arrival[head]!] = head;
          next[last[head]!] = d;
          last[head] = d;
          break;
        }
      }
    }
  }
  const values: number[] = [];
  for (let e = 0; e < count; e++) {
    const head = groupAt[e]!;
    if (head < 0) continue;
    values.length = 0;
    for (let d = head; d >= 0; d = next[d]!) values.push(value[arrival[d]!]!);
    visit(values);
  }
}
