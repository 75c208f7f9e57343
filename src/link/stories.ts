import { lshCandidatePairs } from "./minhash.ts";
import { forEachContentWord } from "./text.ts";
import { TopK } from "./top-k.ts";
import { UnionFind } from "./union-find.ts";
import { sharedCount, Vocabulary } from "./vocabulary.ts";

const DAY = 86_400_000;
const daysBetween = (a: string, b: string): number =>
  Math.round(Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / DAY);

/** One article as story grouping sees it. */
export interface StoryArticle {
  /** The event's day (see src/extract/event-date.ts), null when the article has no date. */
  date: string | null;
  /** Statement keys the article reports. */
  statements: readonly string[];
  /** Person keys the article mentions. */
  people: readonly string[];
}

/** Two articles (indexes, i < j) whose distinctive words overlap enough to be about one event. */
export type SimilarPair = readonly [i: number, j: number, similarity: number];

/** What an article is compared on: its title and body. */
export const storyText = (a: { title: string; paragraphs: readonly { text: string }[] }): string =>
  [a.title, ...a.paragraphs.map((p) => p.text)].join("\n");

/** Articles about one event are reported within a few days of each other. */
const MAX_SPAN_DAYS = 3;
/** An article is compared on its most distinctive words (tf·idf), not on its topic's common ones. */
const TOP_WORDS = 30;
const LSH = { bands: 40, rows: 2 };
/** Share of distinctive words two articles on one event have in common; stricter when a date is missing. */
const MIN_SIMILARITY_DATED = 0.25;
const MIN_SIMILARITY_UNDATED = 0.4;

/**
 * Each article's TOP_WORDS words of highest tf·idf (ties alphabetical), as ascending ids of
 * `vocabulary`. Only words longer than two letters are scored, so only theirs are counted.
 */
function distinctiveWords(texts: readonly string[], vocabulary: Vocabulary): Int32Array[] {
  // Each article's distinct words and their counts, end to end: article a has entries start[a]..start[a+1].
  const start = new Int32Array(texts.length + 1);
  let ids: Int32Array = new Int32Array(1 << 16);
  let counts: Int32Array = new Int32Array(1 << 16);
  let used = 0;
  let at: Int32Array = new Int32Array(1 << 16).fill(-1); // a word's entry in the current article, by id
  texts.forEach((text, i) => {
    forEachContentWord(text, (w) => {
      if (w.length <= 2) return;
      const id = vocabulary.id(w);
      if (id >= at.length) at = grow(at, id, -1);
      const k = at[id]!;
      if (k >= start[i]! && k < used) {
        counts[k]!++;
        return;
      }
      if (used === ids.length) [ids, counts] = [grow(ids, used, 0), grow(counts, used, 0)];
      at[id] = used;
      ids[used] = id;
      counts[used++] = 1;
    });
    start[i + 1] = used;
  });
  const df = new Int32Array(at.length);
  for (let k = 0; k < used; k++) df[ids[k]!]!++;
  const n = texts.length;
  return texts.map((_, i) => {
    const top = new TopK<number>(TOP_WORDS, (x, y) => vocabulary.word(x) < vocabulary.word(y));
    for (let k = start[i]!; k < start[i + 1]!; k++) top.offer(ids[k]!, counts[k]! * Math.log(1 + n / df[ids[k]!]!));
    return Int32Array.from(top.items()).sort();
  });
}

/** A copy of `a` with room past `index`, new places filled with `fill`. */
function grow(a: Int32Array, index: number, fill: number): Int32Array {
  const out = new Int32Array(Math.max(2 * a.length, index + 1)).fill(fill);
  out.set(a);
  return out;
}

function jaccard(a: Int32Array, b: Int32Array): number {
  const shared = sharedCount(a, b);
  return shared / (a.length + b.length - shared || 1);
}

interface Edge {
  i: number;
  j: number;
  /** Statement edges first (by shared statements), then content edges (by similarity). */
  tier: number;
  weight: number;
}

/**
 * Pairs of articles whose distinctive words overlap enough to be about one event, given each
 * article's story text (storyText) and event date. Candidates come from LSH, never all pairs.
 * Depends on the texts alone, so it can run beside the rest of linking (src/build/).
 */
export function similarArticles(texts: readonly string[], dates: readonly (string | null)[]): SimilarPair[] {
  const vocabulary = new Vocabulary();
  const sets = distinctiveWords(texts, vocabulary);
  const out: SimilarPair[] = [];
  for (const [i, j] of lshCandidatePairs(sets.map((tokens) => ({ block: "", tokens })), vocabulary.hashes, LSH)) {
    const sim = jaccard(sets[i]!, sets[j]!);
    const dated = dates[i] !== null && dates[j] !== null;
    if (sim >= (dated ? MIN_SIMILARITY_DATED : MIN_SIMILARITY_UNDATED)) out.push([i, j, sim]);
  }
  return out;
}

/**
 * Groups articles into stories. Articles reporting the same statement join first (the strongest
 * sign of one event), then similar articles (similarArticles) that share a person. A join never
 * lets a story's dates span more than MAX_SPAN_DAYS, so an undated article that shares
 * statements with a dated story takes its date and cannot then pull in an article about an
 * earlier event. Returns groups of article indexes.
 */
export function groupStories(articles: readonly StoryArticle[], similar: readonly SimilarPair[]): number[][] {
  const edges: Edge[] = [];
  const byStatement = new Map<string, number[]>();
  articles.forEach((a, i) => {
    for (const s of new Set(a.statements)) {
      const list = byStatement.get(s);
      if (list) list.push(i);
      else byStatement.set(s, [i]);
    }
  });
  const shared = new Map<number, number>();
  for (const list of byStatement.values()) {
    for (let k = 1; k < list.length; k++) {
      const key = list[k - 1]! * articles.length + list[k]!;
      shared.set(key, (shared.get(key) ?? 0) + 1);
    }
  }
  for (const [key, count] of shared) {
    edges.push({ i: Math.floor(key / articles.length), j: key % articles.length, tier: 0, weight: count });
  }

  const people = articles.map((a) => new Set(a.people));
  for (const [i, j, sim] of similar) {
    if ([...people[i]!].some((p) => people[j]!.has(p))) edges.push({ i, j, tier: 1, weight: sim });
  }
  edges.sort((x, y) => x.tier - y.tier || y.weight - x.weight || x.i - y.i || x.j - y.j);

  const uf = new UnionFind(articles.length);
  const span = new Map<number, { min: string; max: string } | null>();
  articles.forEach((a, i) => span.set(i, a.date ? { min: a.date, max: a.date } : null));
  for (const { i, j } of edges) {
    const ri = uf.find(i);
    const rj = uf.find(j);
    if (ri === rj) continue;
    const si = span.get(ri) ?? null;
    const sj = span.get(rj) ?? null;
    let merged = si ?? sj;
    if (si && sj) {
      merged = { min: si.min < sj.min ? si.min : sj.min, max: si.max > sj.max ? si.max : sj.max };
      if (daysBetween(merged.min, merged.max) > MAX_SPAN_DAYS) continue;
    }
    span.set(uf.union(ri, rj), merged);
  }
  return uf.groups();
}
