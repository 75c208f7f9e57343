import type { ArticleRecord, SourceDoc } from "../model/index.ts";
import type { Extracted } from "../pipeline.ts";
import type { ExtractBatch, ExtractedJson } from "./extract-worker.ts";
import { tsWorker } from "./ts-worker.ts";

/** Sources per message: large enough to keep messaging cheap, small enough to balance the cores. */
const BATCH = 16;

/**
 * Extracts `sources` on `count` worker threads (node:worker_threads; no pool library is among
 * the dependencies, and the pool needs only batches handed out on demand), which write each
 * record to the cache in `cacheDir` if given. Results come back in the order of `sources`.
 */
export async function extractInWorkers(
  sources: readonly SourceDoc[], count: number, cacheDir: string | null, onProgress?: (done: number, total: number) => void,
): Promise<Extracted[]> {
  const results = new Array<Extracted>(sources.length);
  let next = 0;
  let done = 0;
  const workers = Array.from({ length: Math.min(count, Math.ceil(sources.length / BATCH)) }, () =>
    tsWorker(new URL("./extract-worker.ts", import.meta.url)));
  try {
    await Promise.all(workers.map((worker) => new Promise<void>((resolve, reject) => {
      let from = 0;
      const send = () => {
        if (next >= sources.length) return resolve();
        from = next;
        next = Math.min(sources.length, next + BATCH);
        worker.postMessage({ sources: sources.slice(from, next), cacheDir } satisfies ExtractBatch);
      };
      // Records come as JSON: parsed here they take ~25% less memory than structured-cloned
      // (V8 shares their shapes and short strings), and a cold build's peak is its render.
      // They were validated by ArticleRecord.parse on the worker.
      worker.on("message", (batch: ExtractedJson[]) => {
        batch.forEach((r, k) => { results[from + k] = "json" in r ? { record: JSON.parse(r.json) as ArticleRecord } : r; });
        done += batch.length;
        onProgress?.(done, sources.length);
        send();
      });
      worker.on("error", reject);
      worker.on("exit", (code) => { if (next < sources.length || code !== 0) reject(new Error(`extraction worker exited with code ${code}`)); });
      send();
    })));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
