import { forEachCandidatePair, minhashSignatures } from "./minhash.ts";
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
 * What grouping compares of each claim's wording: its content words as a set of ids (claim i's
 * are `ids[offsets[i]..offsets[i+1]]`, ascending) and its MinHash signature. It depends on the
 * texts alone, so a build makes it on another thread while people are resolved (src/build/).
 */
export interface ClaimWords {
  // Whole buffers, so a worker can hand them over rather than copy them.
  ids: Int32Array<ArrayBuffer>;
  offsets: Int32Array<ArrayBuffer>;
  signatures: Int32Array<ArrayBuffer>;
}

export function claimWords(texts: readonly string[]): ClaimWords {
  const vocabulary = new Vocabulary();
  const sets = texts.map((text) => vocabulary.idSet(contentWords(text)));
  const offsets = new Int32Array(sets.length + 1);
  sets.forEach((set, i) => (offsets[i + 1] = offsets[i]! + set.length));
  const ids = new Int32Array(offsets[sets.length]!);
  sets.forEach((set, i) => ids.set(set, offsets[i]!));
  return { ids, offsets, signatures: minhashSignatures(sets, vocabulary.hashes, LSH.bands * LSH.rows) };
}

/**
 * Groups claims into statements: candidates from MinHash LSH within each block, verified on the
 * exact word sets, joined transitively. Returns groups of claim indexes, each sorted, groups in
 * order of their first claim. Never compares all pairs. `words` are claimWords of the items' texts.
 */
export function groupStatements(
  items: readonly ClaimItem[],
  compatible: (speakerA: string, speakerB: string) => boolean,
  words: ClaimWords = claimWords(items.map((it) => it.text)),
): number[][] {
  const { ids, offsets } = words;
  const set = (i: number): Int32Array => ids.subarray(offsets[i]!, offsets[i + 1]!);
  const uf = new UnionFind(items.length);
  const blocks = items.map((it, i) => (offsets[i + 1]! > offsets[i]! ? it.block : null));
  forEachCandidatePair(blocks, words.signatures, LSH, (i, j) => {
    if (uf.find(i) === uf.find(j)) return;
    if (!compatible(items[i]!.speaker, items[j]!.speaker)) return;
    if (sameStatement(set(i), set(j))) uf.union(i, j);
  });
  return uf.groups().map((g) => g.sort((x, y) => x - y)).sort((g, h) => g[0]! - h[0]!);
}
