import { lshCandidatePairs } from "./minhash.ts";
import { contentWords } from "./text.ts";
import { UnionFind } from "./union-find.ts";
import { sharedCount, Vocabulary } from "./vocabulary.ts";

/** One claim as statement grouping sees it. */
export interface ClaimItem {
  /** Blocking key: claims only meet others in the same block (speaker surname, organisation…). */
  block: string;
  /** Who said it, finer than the block; `compatible` decides whether two speakers may be one. */
  speaker: string;
  /** The claim's wording; it is compared on its content words (folded, stemmed, no function words). */
  text: string;
}

// 32 bands of 2 rows: a pair at Jaccard 0.3 (a short partial quote inside a long one) still
// collides with probability ≈ 0.95, while pairs sharing a word or two rarely do.
const LSH = { bands: 32, rows: 2 };

/**
 * Thresholds on the exact sets, checked for every candidate pair. Two reports are one statement
 * when most of their words are shared (translations, "can"/"could"), or when nearly all of a
 * shorter report is inside a longer one (a partial quote of the same remark).
 */
const MIN_JACCARD = 0.5;
const MIN_CONTAINMENT = 0.8;
const MIN_CONTAINED_WORDS = 4;

/** Whether two claims' word sets (ascending ids) are one statement. */
export function sameStatement(a: Int32Array, b: Int32Array): boolean {
  const small = Math.min(a.length, b.length);
  if (small === 0) return false;
  const shared = sharedCount(a, b);
  const jaccard = shared / (a.length + b.length - shared);
  if (jaccard >= MIN_JACCARD) return true;
  return small >= MIN_CONTAINED_WORDS && shared / small >= MIN_CONTAINMENT;
}

/**
 * Groups claims into statements: candidates from MinHash LSH within each block, verified on the
 * exact word sets, joined transitively. Returns groups of claim indexes, each sorted, groups in
 * order of their first claim. Never compares all pairs.
 */
export function groupStatements(
  items: readonly ClaimItem[],
  compatible: (speakerA: string, speakerB: string) => boolean,
): number[][] {
  const vocabulary = new Vocabulary();
  const sets = items.map((it) => vocabulary.idSet(contentWords(it.text)));
  const uf = new UnionFind(items.length);
  const candidates = lshCandidatePairs(items.map((it, i) => ({ block: it.block, tokens: sets[i]! })), vocabulary.hashes, LSH);
  for (const [i, j] of candidates) {
    if (uf.find(i) === uf.find(j)) continue;
    if (!compatible(items[i]!.speaker, items[j]!.speaker)) continue;
    if (sameStatement(sets[i]!, sets[j]!)) uf.union(i, j);
  }
  return uf.groups().map((g) => g.sort((x, y) => x - y)).sort((g, h) => g[0]! - h[0]!);
}
