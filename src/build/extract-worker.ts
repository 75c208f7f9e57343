import { parentPort } from "node:worker_threads";
import { ArticleCache } from "../cache/article-cache.ts";
import type { SourceDoc } from "../model/index.ts";
import { extractProvisional } from "../pipeline.ts";

/** A batch to extract, and the record cache to write each record to (none: no cache). */
export interface ExtractBatch {
  sources: SourceDoc[];
  cacheDir: string | null;
}
/** What a worker sends back per source: the record as JSON (see extract-pool.ts), or why it failed. */
export type ExtractedJson = { json: string } | { error: string };

let opened: ArticleCache | null = null;
const cacheIn = (dir: string): ArticleCache => (opened?.dir === dir ? opened : (opened = new ArticleCache(dir)));

/**
 * Extracts each batch it is sent, caches the records, and sends them back (or errors) in order.
 * The record is serialised once, here, for both.
 */
parentPort!.on("message", ({ sources, cacheDir }: ExtractBatch) => {
  const cache = cacheDir ? cacheIn(cacheDir) : null;
  parentPort!.postMessage(sources.map((source): ExtractedJson => {
    const r = extractProvisional(source);
    if ("error" in r) return r;
    const json = JSON.stringify(r.record);
    cache?.setJson(source.contentHash, json);
    return { json };
  }));
});
