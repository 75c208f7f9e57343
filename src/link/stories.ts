import { daysBetween } from "./event-date.ts";
import { lshCandidatePairs } from "./minhash.ts";
import { UnionFind } from "./union-find.ts";

/** One article as story grouping sees it. */
export interface StoryArticle {
  /** The event's day (see eventDate), null when the article has no date. */
  date: string | null;
  /** Statement keys the article reports. */
  statements: readonly string[];
  /** Person keys the article mentions. */
  people: readonly string[];
  /** Content words of title and body. */
  tokens: readonly string[];
}

/** Articles about one event are reported within a few days of each other. */
const MAX_SPAN_DAYS = 3;
/** An article is compared on its most distinctive words (tf·idf), not on its topic's common ones. */
const TOP_WORDS = 30;
const LSH = { bands: 40, rows: 2 };
/** Share of distinctive words two articles on one event have in common; stricter when a date is missing. */
const MIN_SIMILARITY_DATED = 0.25;
const MIN_SIMILARITY_UNDATED = 0.4;

function distinctiveWords(articles: readonly StoryArticle[]): string[][] {
  const df = new Map<string, number>();
  for (const a of articles) for (const t of new Set(a.tokens)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = articles.length;
  return articles.map((a) => {
    const tf = new Map<string, number>();
    for (const t of a.tokens) if (t.length > 2) tf.set(t, (tf.get(t) ?? 0) + 1);
    return [...tf]
      .map(([t, f]) => [t, f * Math.log(1 + n / df.get(t)!)] as const)
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .slice(0, TOP_WORDS)
      .map(([t]) => t);
  });
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

interface Edge {
  i: number;
  j: number;
  /** Statement edges first (by shared statements), then content edges (by similarity). */
  tier: number;
  weight: number;
}

/**
 * Groups articles into stories. Articles reporting the same statement join first (the strongest
 * sign of one event), then articles whose distinctive words overlap and that share a person
 * (candidates from LSH, never all pairs). A join never lets a story's dates span more than
 * MAX_SPAN_DAYS, so an undated article that shares statements with a dated story takes its date
 * and cannot then pull in an article about an earlier event. Returns groups of article indexes.
 */
export function groupStories(articles: readonly StoryArticle[]): number[][] {
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

  const words = distinctiveWords(articles);
  const sets = words.map((w) => new Set(w));
  const people = articles.map((a) => new Set(a.people));
  for (const [i, j] of lshCandidatePairs(words.map((tokens) => ({ block: "", tokens })), LSH)) {
    if (![...people[i]!].some((p) => people[j]!.has(p))) continue;
    const sim = jaccard(sets[i]!, sets[j]!);
    const dated = articles[i]!.date !== null && articles[j]!.date !== null;
    if (sim >= (dated ? MIN_SIMILARITY_DATED : MIN_SIMILARITY_UNDATED)) edges.push({ i, j, tier: 1, weight: sim });
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
