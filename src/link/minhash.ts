/**
 * MinHash signatures and banded locality-sensitive hashing: finds pairs of token sets that are
 * likely similar without comparing every pair. Items only collide within the same block key
 * (e.g. the same speaker), so blocking and LSH are one step.
 */

import { forEachBucket } from "./buckets.ts";

export interface LshOptions {
  bands: number;
  rows: number;
  /** Buckets larger than this emit a chain instead of all pairs, so one huge bucket stays linear. */
  maxBucketPairs?: number;
}

/** 32-bit FNV-1a of a string. */
export function hashToken(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Fixed seeds so signatures (and so results) are the same on every run. */
function seeds(count: number): Int32Array {
  const out = new Int32Array(count * 2);
  let x = 0x9e3779b9 | 0;
  for (let i = 0; i < out.length; i++) {
    // xorshift32
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x | 1;
  }
  return out;
}

/**
 * MinHash signature of a token set, given as token ids and each id's hash, written to `sig`.
 * Everything stays in signed 32-bit integers (Int32Array, `| 0`): values never become heap
 * doubles, and the minimum is taken in one consistent order.
 */
function minhashSignature(sig: Int32Array, tokens: ArrayLike<number>, tokenHashes: Int32Array, seed: Int32Array): Int32Array {
  sig.fill(0x7fffffff);
  for (let t = 0; t < tokens.length; t++) {
    const h = tokenHashes[tokens[t]!]!;
    for (let k = 0; k < sig.length; k++) {
      // (a·h + b) mod 2^32, then a murmur-style mix so every bit depends on every bit of h.
      let v = (Math.imul(seed[2 * k]!, h) + seed[2 * k + 1]!) | 0;
      v ^= v >>> 16;
      v = Math.imul(v, 0x45d9f3b);
      v ^= v >>> 16;
      if (v < sig[k]!) sig[k] = v;
    }
  }
  return sig;
}

/** MinHash signatures of token sets, `numHashes` values per set, end to end; an empty set's are all 0x7fffffff. */
export function minhashSignatures(sets: readonly ArrayLike<number>[], tokenHashes: Int32Array, numHashes: number): Int32Array<ArrayBuffer> {
  const seed = seeds(numHashes);
  const out = new Int32Array(sets.length * numHashes);
  sets.forEach((tokens, i) => minhashSignature(out.subarray(i * numHashes, (i + 1) * numHashes), tokens, tokenHashes, seed));
  return out;
}

/**
 * Candidate pairs [i, j] (i < j) of items whose signatures agree on every row of at least one
 * band within the same block, each once, in the order found. Items' tokens are ids;
 * `tokenHashes[id]` is the 32-bit hash of that token.
 */
export function lshCandidatePairs(
  items: readonly { block: string; tokens: ArrayLike<number> }[],
  tokenHashes: Int32Array,
  options: LshOptions,
): [number, number][] {
  const signatures = minhashSignatures(items.map((it) => it.tokens), tokenHashes, options.bands * options.rows);
  const n = items.length;
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  forEachCandidatePair(items.map((it) => (it.tokens.length ? it.block : null)), signatures, options, (a, b) => {
    const [i, j] = a < b ? [a, b] : [b, a];
    const key = i * n + j;
    if (seen.has(key)) return;
    seen.add(key);
    pairs.push([i, j]);
  });
  return pairs;
}

/**
 * The LSH step from signatures made beforehand (minhashSignatures, perhaps on another thread):
 * calls `visit` with each candidate pair, as often as the pair shares a bucket (up to once per
 * band). `blocks[i]` is item i's block, null for an item never to be paired (no tokens). A
 * caller that can skip repeats cheaply (a union-find does) need not collect the pairs: at
 * 10,000 articles claims offer ~6 million pairs, ~470,000 of them distinct.
 */
export function forEachCandidatePair(
  blocks: readonly (string | null)[],
  signatures: Int32Array,
  { bands, rows, maxBucketPairs = 64 }: LshOptions,
  visit: (i: number, j: number) => void,
): void {
  const numHashes = bands * rows;
  // Bucket keys are 53 bits (two 32-bit mixes of block, band and rows). A key collision only adds
  // a candidate, which the caller verifies anyway. Keys go to typed arrays, not a Map: millions of
  // Map entries cost more than the hashing.
  const n = blocks.length;
  const keyHi = new Int32Array(n * bands);
  const keyLo = new Int32Array(n * bands);
  const itemOf = new Int32Array(n * bands);
  let count = 0;
  blocks.forEach((block, i) => {
    if (block === null) return;
    const sig = signatures.subarray(i * numHashes, (i + 1) * numHashes);
    const blockHash = hashToken(block) | 0;
    for (let b = 0; b < bands; b++) {
      let hi = Math.imul(blockHash ^ Math.imul(b + 1, 0x27d4eb2d), 0x165667b1);
      let lo = Math.imul(b + 0x3c6ef372, 0x85ebca6b) ^ blockHash;
      for (let r = b * rows; r < (b + 1) * rows; r++) {
        hi = Math.imul(hi ^ sig[r]!, 0x9e3779b1) ^ (hi >>> 15);
        lo = Math.imul(lo ^ sig[r]!, 0xc2b2ae35) ^ (lo >>> 13);
      }
      keyHi[count] = hi >>> 11;
      keyLo[count] = lo;
      itemOf[count++] = i;
    }
  });
  forEachBucket(keyHi, keyLo, itemOf, count, (members) => {
    if ((members.length * (members.length - 1)) / 2 <= maxBucketPairs) {
      for (let x = 0; x < members.length; x++) for (let y = x + 1; y < members.length; y++) visit(members[x]!, members[y]!);
    } else {
      for (let x = 1; x < members.length; x++) visit(members[x - 1]!, members[x]!);
    }
  });
}
