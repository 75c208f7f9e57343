import { lshCandidatePairs } from "./minhash.ts";
import { distinctTexts, forEachContentWord } from "./text.ts";
import { TopK } from "../top-k.ts";
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

/**
 * What articles are compared on: each one's title and paragraphs, as indexes into the distinct
 * texts of them all (article a's parts are `texts[parts[k]]` for k in offsets[a]..offsets[a+1]).
 * Copies of a wire story share most paragraphs, and each distinct one is read once.
 */
export interface StoryTexts {
  texts: string[];
  parts: Int32Array<ArrayBuffer>;
  offsets: Int32Array<ArrayBuffer>;
}

export function storyTexts(articles: readonly { title: string; paragraphs: readonly { text: string }[] }[]): StoryTexts {
  const offsets = new Int32Array(articles.length + 1);
  articles.forEach((a, i) => (offsets[i + 1] = offsets[i]! + 1 + a.paragraphs.length));
  const { texts, of } = distinctTexts(articles.flatMap((a) => [a.title, ...a.paragraphs.map((p) => p.text)]));
  return { texts, parts: of, offsets };
}

/** Articles about one event are reported within a few days of each other. */
const MAX_SPAN_DAYS = 3;
/** An article is compared on its most distinctive words (tf·idf), not on its topic's common ones. */
const TOP_WORDS = 30;
const LSH = { bands: 40, rows: 2 };
/** Share of distinctive words two articles on one event have in common; stricter when a date is missing. */
const MIN_SIMILARITY_DATED = 0.25;
const MIN_SIMILARITY_UNDATED = 0.4;

/**
 * Counts of ids in groups laid end to end: group g's distinct ids and their counts are entries
 * start[g]..start[g+1] of ids and counts, in order of first sight.
 */
class GroupedCounts {
  ids: Int32Array = new Int32Array(1 << 16);
  counts: Int32Array = new Int32Array(1 << 16);
  readonly start: number[] = [0];
  private used = 0;
  private groupFrom = 0;
  private at: Int32Array = new Int32Array(1 << 16).fill(-1); // an id's entry in the current group

  add(id: number, count: number): void {
    if (id >= this.at.length) this.at = grow(this.at, id, -1);
    const k = this.at[id]!;
    if (k >= this.groupFrom && k < this.used) {
      this.counts[k]! += count;
      return;
    }
    if (this.used === this.ids.length) [this.ids, this.counts] = [grow(this.ids, this.used, 0), grow(this.counts, this.used, 0)];
    this.at[id] = this.used;
    this.ids[this.used] = id;
    this.counts[this.used++] = count;
  }

  endGroup(): void {
    this.start.push(this.used);
    this.groupFrom = this.used;
  }
}

/**
 * Each article's TOP_WORDS words of highest tf·idf (ties alphabetical), as ascending ids of
 * `vocabulary`. Only words longer than two letters are scored, so only theirs are counted.
 */
function distinctiveWords({ texts, parts, offsets }: StoryTexts, vocabulary: Vocabulary): Int32Array[] {
  const perText = new GroupedCounts();
  for (const text of texts) {
    forEachContentWord(text, (w) => {
      if (w.length > 2) perText.add(vocabulary.id(w), 1);
    });
    perText.endGroup();
  }
  const perArticle = new GroupedCounts();
  const n = offsets.length - 1;
  for (let a = 0; a < n; a++) {
    for (let p = offsets[a]!; p < offsets[a + 1]!; p++) {
      const t = parts[p]!;
      for (let k = perText.start[t]!; k < perText.start[t + 1]!; k++) perArticle.add(perText.ids[k]!, perText.counts[k]!);
    }
    perArticle.endGroup();
  }
  const { ids, counts, start } = perArticle;
  const df = new Int32Array(vocabulary.hashes.length);
  for (let k = 0; k < start[n]!; k++) df[ids[k]!]!++;
  return Array.from({ length: n }, (_, i) => {
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
 * Pairs of articles whose distinctive words overlap enough to be about one event, given their
 * story texts and each one's event date. Candidates come from LSH, never all pairs.
 * Depends on the texts alone, so it can run beside the rest of linking (src/build/).
 */
export function similarArticles(texts: StoryTexts, dates: readonly (string | null)[]): SimilarPair[] {
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
