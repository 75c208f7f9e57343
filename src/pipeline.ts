import type { ArticleCache } from "./cache/article-cache.ts";
import { cleanArticle } from "./clean/index.ts";
import { overlayParagraphs } from "./clean/markdown.ts";
import { claimId, findClaims } from "./extract/claims.ts";
import { describe } from "./extract/describe.ts";
import { eventDate } from "./extract/event-date.ts";
import { findMentions } from "./extract/mentions.ts";
import { findRoles } from "./extract/roles.ts";
import { slug, uniqueIds } from "./ids.ts";
import { readSeeds, type ReadSeedsOptions } from "./ingest/index.ts";
import { linkCorpus } from "./link/index.ts";
import { ArticleRecord, type Corpus, type Problem, type SourceDoc } from "./model/index.ts";

/** The per-article stages up to the title, which fixes the article's id. */
export function prepareArticle(source: SourceDoc) {
  const cleaned = cleanArticle(source);
  return { source, cleaned, meta: describe(source, cleaned) };
}
export type Prepared = ReturnType<typeof prepareArticle>;

/** The rest of the per-article stages: mentions, roles, claims. Pure; validated on the way out. */
export function completeArticle({ source, cleaned, meta }: Prepared, id: string): ArticleRecord {
  // What extraction reads: in Markdown seeds, the kept paragraphs with their syntax blanked.
  const text = source.format === "md" ? overlayParagraphs(source.text, cleaned.paragraphs) : source.text;
  const mentions = findMentions(text, cleaned.paragraphs);
  return ArticleRecord.parse({
    id,
    file: source.file,
    contentHash: source.contentHash,
    ...meta,
    eventDate: eventDate(meta.published?.date ?? null, cleaned.paragraphs),
    paragraphs: cleaned.paragraphs,
    removed: cleaned.removed,
    mentions,
    roles: findRoles(text, mentions),
    claims: findClaims(text, cleaned.paragraphs, mentions, id),
  });
}

/**
 * The record under another id. The id appears only in the record's own id and its claims' ids,
 * so this equals extracting again with that id, at no cost: a fifth of a large corpus can share
 * titles with an earlier article (wire copies) and get a suffixed id.
 */
export const withId = (record: ArticleRecord, id: string): ArticleRecord =>
  ({ ...record, id, claims: record.claims.map((c) => ({ ...c, id: claimId(id, c.start) })) });

/** One article on its own (id from its title alone). */
export const extractArticle = (source: SourceDoc): ArticleRecord => {
  const prepared = prepareArticle(source);
  return completeArticle(prepared, slug(prepared.meta.title, "article"));
};

/** A record with the id its title alone gives it (the corpus may rename it), or why it failed. */
export type Extracted = { record: ArticleRecord } | { error: string };

export function extractProvisional(source: SourceDoc): Extracted {
  try {
    return { record: extractArticle(source) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

export interface ExtractOptions {
  /** Per-article record cache; without one every article is extracted afresh. */
  cache?: ArticleCache;
  /** Worker threads for the articles the cache lacks; 0 or 1 extracts on this thread. */
  workers?: number;
  /** Called as articles are extracted (count done, count to do). */
  onProgress?: (done: number, total: number) => void;
  /** Filled with seconds spent extracting and linking. */
  timings?: Record<string, number>;
  /** Called once every record is at hand, before linking starts. */
  beforeLink?: () => void;
}

/** Fewer uncached articles than this are extracted on this thread: starting workers costs ~1 s. */
export const PARALLEL_FROM = 200;

/** From this many articles linking compares their texts on a thread of its own (starting it costs ~0.4 s). */
const TEXT_JOB_ON_THREAD_FROM = 1_000;

/**
 * Every source through the per-article stages, then linking. An article that fails costs only
 * itself: it becomes a problem naming the file, and the others go on.
 */
export async function extractAll(sources: readonly SourceDoc[], problems: readonly Problem[], cache?: ArticleCache): Promise<Corpus> {
  const found = sources.map((s) => cache?.get(s.contentHash) ?? null);
  const fresh = sources.map((s, i) => (found[i] ? null : extractFresh(s, cache)));
  const { articles, problems: out } = assemble(sources, problems, found, fresh, cache);
  return linkCorpus(articles, out);
}

/**
 * `extractAll` with the uncached articles spread over worker threads when there are many. It
 * gives the same corpus whichever path runs, however articles fall to threads
 * (tests/extract-pool.test.ts, tests/extract-order.test.ts).
 */
export async function extractAllParallel(sources: readonly SourceDoc[], problems: readonly Problem[], options: ExtractOptions = {}): Promise<Corpus> {
  const { cache, workers = 0, onProgress, timings, beforeLink } = options;
  const started = performance.now();
  const found = sources.map((s) => cache?.get(s.contentHash) ?? null);
  const todo = sources.filter((_, i) => !found[i]);
  let extracted: Extracted[];
  if (workers > 1 && todo.length >= PARALLEL_FROM) {
    const { extractInWorkers } = await import("./build/extract-pool.ts");
    extracted = await extractInWorkers(todo, workers, cache?.dir ?? null, onProgress);
  } else {
    extracted = todo.map((s, i) => (onProgress?.(i + 1, todo.length), extractFresh(s, cache)));
  }
  let next = 0;
  const fresh = found.map((f) => (f ? null : extracted[next++]!));
  const { articles, problems: out } = assemble(sources, problems, found, fresh, cache);
  beforeLink?.();
  const linking = performance.now();
  const textJob = workers > 1 && articles.length >= TEXT_JOB_ON_THREAD_FROM
    ? (await import("./build/text-thread.ts")).textJobOnThread
    : undefined;
  // Not parsed again: every record came through ArticleRecord.parse, and tests/link.test.ts checks
  // that the linker's output is exactly a Corpus (re-validating it took 2 s at 10,000 articles).
  const corpus = await linkCorpus(articles, out, textJob);
  if (timings) Object.assign(timings, { extract: (linking - started) / 1000, link: (performance.now() - linking) / 1000 });
  return corpus;
}

/** `extractProvisional`, with the record cached (workers do the same, src/build/extract-worker.ts). */
function extractFresh(source: SourceDoc, cache?: ArticleCache): Extracted {
  const r = extractProvisional(source);
  if (cache && "record" in r) cache.set(r.record);
  return r;
}

/**
 * Gives every record its corpus-wide id and counts the cache's hits and misses; failed articles
 * become problems. The cache keeps records under their provisional ids, since renaming is free
 * (`withId`), so a record renamed because another article took its title is still a hit.
 */
function assemble(
  sources: readonly SourceDoc[], problems: readonly Problem[],
  found: readonly (ArticleRecord | null)[], fresh: readonly (Extracted | null)[], cache?: ArticleCache,
): { articles: ArticleRecord[]; problems: Problem[] } {
  const out: Problem[] = [...problems];
  const items: { source: SourceDoc; record: ArticleRecord; cached: boolean }[] = [];
  sources.forEach((source, i) => {
    const f = fresh[i];
    if (f && "error" in f) out.push(failed(source.file, f.error));
    else items.push({ source, record: found[i] ?? f!.record, cached: found[i] !== null });
  });
  const ids = uniqueIds(items, (it) => slug(it.record.title, "article"), (it) => it.source.contentHash);
  const articles: ArticleRecord[] = [];
  items.forEach(({ record, cached }, i) => {
    const id = ids[i]!;
    if (cache && cached) cache.hits++;
    else if (cache) cache.misses++;
    articles.push(withSharedClaimTexts(record.id === id ? record : withId(record, id)));
  });
  return { articles, problems: out };
}

/**
 * The record with each claim's text taken from its paragraph's text where it is a slice of it
 * (a claim can run over two paragraphs). Equal strings, but V8 keeps a slice as a view of the
 * paragraph, where a record read from JSON (the cache, a worker) holds a copy of every claim's
 * text: at 10,000 articles the copies were ~95 MB of a build's heap.
 */
function withSharedClaimTexts(record: ArticleRecord): ArticleRecord {
  const claims = record.claims.map((c) => {
    const p = record.paragraphs.find((q) => q.start <= c.start && c.end <= q.end);
    const text = p?.text.slice(c.start - p.start, c.end - p.start);
    return text === c.text ? { ...c, text } : c;
  });
  return { ...record, claims };
}

export interface BuildCorpusOptions extends ReadSeedsOptions, ExtractOptions {}

/** Reads `seedsDir` and builds the corpus the site is rendered from. */
export async function buildCorpus(seedsDir: string, options: BuildCorpusOptions = {}): Promise<Corpus> {
  const { sources, problems } = await readSeeds(seedsDir, options);
  return extractAllParallel(sources, problems, options);
}

const failed = (file: string, message: string): Problem =>
  ({ file, severity: "error", code: "extract-failed", message: `could not extract: ${message}` });
