import { availableParallelism } from "node:os";
import path from "node:path";
import { ArticleCache } from "../cache/article-cache.ts";
import { limitHeapGrowth } from "../build/heap.ts";
import { buildInputs } from "../build/inputs.ts";
import { readManifest, type Manifest } from "../build/manifest.ts";
import { Progress } from "../build/progress.ts";
import { renderIncremental } from "../build/render.ts";
import { peakMb, statsOf, stopwatch, summaryLine, type BuildStats } from "../build/summary.ts";
import { readSeeds } from "../ingest/index.ts";
import type { Corpus, Problem } from "../model/index.ts";
import { reportProblems } from "../output/problems.ts";
import { extractAllParallel } from "../pipeline.ts";

export interface BuildOptions {
  seedsDir: string;
  outDir: string;
  /** Any problem with a seed fails the build, leaving the previous site in place. */
  strict?: boolean;
  /** Render every page, whatever the previous build's manifest says. */
  clean?: boolean;
  maxBytes?: number;
  /** Per-article record cache (default `.cache/crosswire/` in the working folder); `false` for none. */
  cacheDir?: string | false;
  /** A cache kept across builds, used instead of `cacheDir` (the dev server's, with its records in memory). */
  cache?: ArticleCache;
  /** Extraction threads for large corpora (default: one per core). */
  workers?: number;
  /** No problems or summary on the console (the result carries them). */
  quiet?: boolean;
  /** Search records per index shard (default: src/site/search.ts); small values let tests see several shards. */
  searchShardRecords?: number;
  /** Record pages per Eleventy run (default: src/build/render.ts); small values let tests see several runs. */
  pagesPerRun?: number;
}

export interface BuildResult {
  ok: boolean;
  pages: number;
  stats: BuildStats | null;
  /** The linked corpus; null when the site was already built from the same inputs (nothing was linked). */
  corpus: Corpus | null;
  /** Every problem with the seeds (also on the console unless `quiet`). */
  problems: Problem[];
}

export const DEFAULT_CACHE_DIR = path.join(".cache", "crosswire");

/** The record cache in `cacheDir`; none for `false`. */
export const openCache = (cacheDir: string | false = DEFAULT_CACHE_DIR, options: { inMemory?: boolean } = {}): ArticleCache | undefined =>
  (cacheDir === false ? undefined : new ArticleCache(path.resolve(cacheDir), options));

/** Renders a corpus into `outDir`, every page afresh; the previous site is replaced in one rename. */
export async function renderSite(corpus: Corpus, outDir: string): Promise<{ pages: number }> {
  const r = await renderIncremental(corpus, outDir, { clean: true });
  return { pages: r.pages };
}

/**
 * Seeds to site: articles the cache has are not extracted again, the corpus is linked afresh,
 * and only pages whose data changed are rendered (see src/build/render.ts). When the site in
 * `outDir` was built from the same inputs (code, site URL, seeds, options:
 * src/build/inputs.ts), nothing is read beyond the seeds: the site is as this build would make
 * it, and its problems are reported again from its manifest.
 */
export async function buildSite(opts: BuildOptions): Promise<BuildResult> {
  limitHeapGrowth(false); // until linking (src/build/heap.ts); a server's earlier build left it on
  const started = performance.now();
  const { stages, lap } = stopwatch();
  const progress = new Progress();
  const { sources, problems } = await readSeeds(opts.seedsDir, opts.maxBytes ? { maxBytes: opts.maxBytes } : {});
  lap("read");
  const inputs = buildInputs(sources, problems, { searchShardRecords: opts.searchShardRecords });
  const previous = opts.clean ? null : readManifest(path.resolve(opts.outDir));
  lap("inputs");
  if (previous?.inputs === inputs) return unchanged(previous, opts, started, stages);
  const cache = opts.cache ?? openCache(opts.cacheDir);
  cache?.startBuild();
  const corpus = await extractAllParallel(sources, problems, {
    cache, workers: opts.workers ?? availableParallelism(), timings: stages,
    onProgress: (done, total) => progress.update("extract", done, total),
    beforeLink: limitHeapGrowth,
  });
  progress.done();
  if (stopsStrict(corpus.problems, opts)) return { ok: false, pages: 0, stats: null, corpus, problems: corpus.problems };
  const r = await renderIncremental(corpus, opts.outDir, { clean: opts.clean, searchShardRecords: opts.searchShardRecords, pagesPerRun: opts.pagesPerRun, inputs, previous });
  const stats: BuildStats = {
    ...statsOf(corpus), written: r.written, unchanged: r.unchanged, removed: r.removed, shards: r.shards,
    seconds: (performance.now() - started) / 1000, peakMb: peakMb(),
    cached: cache?.hits ?? 0, extracted: cache ? cache.misses : corpus.articles.length,
    stages: { ...stages, ...r.stages },
  };
  if (!opts.quiet) console.log(summaryLine(stats));
  return { ok: true, pages: r.pages, stats, corpus, problems: corpus.problems };
}

/** Reports `problems`; true when `--strict` makes them stop the build. */
function stopsStrict(problems: readonly Problem[], opts: BuildOptions): boolean {
  if (!opts.quiet) reportProblems(problems);
  if (!opts.strict || problems.length === 0) return false;
  if (!opts.quiet) console.error(`crosswire: ${problems.length} problem(s) with seeds; --strict leaves ${opts.outDir} as it was`);
  return true;
}

/** A build of what the site in `outDir` was already built from: nothing to write. */
function unchanged(m: Manifest, opts: BuildOptions, started: number, stages: Record<string, number>): BuildResult {
  const { problems, ...counts } = m.corpus;
  if (stopsStrict(problems, opts)) return { ok: false, pages: 0, stats: null, corpus: null, problems };
  const files = [...Object.keys(m.pages), ...m.files];
  const stats: BuildStats = {
    ...counts, problems: problems.length, written: 0, unchanged: files.length, removed: 0,
    shards: { indexed: 0, total: Object.keys(m.search).length },
    seconds: (performance.now() - started) / 1000, peakMb: peakMb(), cached: 0, extracted: 0, stages,
  };
  if (!opts.quiet) console.log(summaryLine(stats));
  return { ok: true, pages: files.filter((f) => f.endsWith(".html")).length, stats, corpus: null, problems };
}
