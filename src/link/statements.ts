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
  /**
   * The claim's wording, as an index into the ClaimWords of the corpus's distinct claim texts
   * (distinctTexts): it is compared on its content words (folded, stemmed, no function words).
   */
  wording: number;
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
 * What grouping compares of each wording: its content words as a set of ids (text i's are
 * `ids[offsets[i]..offsets[i+1]]`, ascending) and its MinHash signature. It depends on the texts
 * alone, so a build makes it on another thread while people are resolved (src/build/).
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
 * exact word sets, joined transitively. Claims with the same block, speaker and wording are one
 * statement outright, so LSH sees each such wording once. Returns groups of claim indexes, each
 * sorted, groups in order of their first claim. Never compares all pairs. `words` are the
 * claimWords of the wordings the items index.
 */
export function groupStatements(
  items: readonly ClaimItem[],
  compatible: (speakerA: string, speakerB: string) => boolean,
  words: ClaimWords,
): number[][] {
  const { ids, offsets } = words;
  const set = (w: number): Int32Array => ids.subarray(offsets[w]!, offsets[w + 1]!);
  // One representative per (block, speaker, wording) with words to compare; -1 for none.
  const repIndex = new Map<string, number>();
  const reps: ClaimItem[] = [];
  const repOf = items.map((it) => {
    if (offsets[it.wording + 1]! === offsets[it.wording]!) return -1;
    const key = `${it.block}\u0000${it.speaker}\u0000${it.wording}`;
    let r = repIndex.get(key);
    if (r === undefined) {
      repIndex.set(key, (r = reps.length));
      reps.push(it);
    }
    return r;
  });
  const numHashes = LSH.bands * LSH.rows;
  const signatures = new Int32Array(reps.length * numHashes);
  reps.forEach((it, r) => signatures.set(words.signatures.subarray(it.wording * numHashes, (it.wording + 1) * numHashes), r * numHashes));

  const uf = new UnionFind(reps.length);
  forEachCandidatePair(reps.map((it) => it.block), signatures, LSH, (i, j) => {
    if (uf.find(i) === uf.find(j)) return;
    if (!compatible(reps[i]!.speaker, reps[j]!.speaker)) return;
    if (sameStatement(set(reps[i]!.wording), set(reps[j]!.wording))) uf.union(i, j);
  });
  // Groups keyed by root (a claim without words is a group of its own), filled in claim order.
  const groups = new Map<number, number[]>();
  repOf.forEach((r, i) => {
    const key = r < 0 ? -1 - i : uf.find(r);
    const g = groups.get(key);
    if (g) g.push(i);
    else groups.set(key, [i]);
  });
  return [...groups.values()];
}
