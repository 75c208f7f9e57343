import { availableParallelism } from "node:os";
import path from "node:path";
import { ArticleCache } from "../cache/article-cache.ts";
import { limitHeapGrowth } from "../build/heap.ts";
import { Progress } from "../build/progress.ts";
import { renderIncremental } from "../build/render.ts";
import { peakMb, statsOf, stopwatch, summaryLine, type BuildStats } from "../build/summary.ts";
import { readSeeds } from "../ingest/index.ts";
import type { Corpus } from "../model/index.ts";
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
  corpus: Corpus | null;
}

export const DEFAULT_CACHE_DIR = path.join(".cache", "crosswire");

/** Renders a corpus into `outDir`, every page afresh; the previous site is replaced in one rename. */
export async function renderSite(corpus: Corpus, outDir: string): Promise<{ pages: number }> {
  const r = await renderIncremental(corpus, outDir, { clean: true });
  return { pages: r.pages };
}

/**
 * Seeds to site: articles the cache has are not extracted again, the corpus is linked afresh,
 * and only pages whose data changed are rendered (see src/build/render.ts).
 */
export async function buildSite(opts: BuildOptions): Promise<BuildResult> {
  limitHeapGrowth();
  const started = performance.now();
  const { stages, lap } = stopwatch();
  const progress = new Progress();
  const { sources, problems } = await readSeeds(opts.seedsDir, opts.maxBytes ? { maxBytes: opts.maxBytes } : {});
  lap("read");
  const cacheDir = opts.cacheDir ?? DEFAULT_CACHE_DIR;
  const cache = cacheDir === false ? undefined : new ArticleCache(path.resolve(cacheDir));
  const corpus = await extractAllParallel(sources, problems, {
    cache, workers: opts.workers ?? availableParallelism(), timings: stages,
    onProgress: (done, total) => progress.update("extract", done, total),
  });
  progress.done();
  if (!opts.quiet) reportProblems(corpus.problems);
  if (opts.strict && corpus.problems.length) {
    if (!opts.quiet) console.error(`crosswire: ${corpus.problems.length} problem(s) with seeds; --strict leaves ${opts.outDir} as it was`);
    return { ok: false, pages: 0, stats: null, corpus };
  }
  const r = await renderIncremental(corpus, opts.outDir, { clean: opts.clean, searchShardRecords: opts.searchShardRecords, pagesPerRun: opts.pagesPerRun });
  const stats: BuildStats = {
    ...statsOf(corpus), written: r.written, unchanged: r.unchanged, removed: r.removed, shards: r.shards,
    seconds: (performance.now() - started) / 1000, peakMb: peakMb(),
    cached: cache?.hits ?? 0, extracted: cache ? cache.misses : corpus.articles.length,
    stages: { ...stages, ...r.stages },
  };
  if (!opts.quiet) console.log(summaryLine(stats));
  return { ok: true, pages: r.pages, stats, corpus };
}
