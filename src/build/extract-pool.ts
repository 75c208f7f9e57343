import { Worker } from "node:worker_threads";
import type { SourceDoc } from "../model/index.ts";
import type { Extracted } from "../pipeline.ts";

/** Sources per message: large enough to keep messaging cheap, small enough to balance the cores. */
const BATCH = 16;

/**
 * Extracts `sources` on `count` worker threads (node:worker_threads; no pool library is among
 * the dependencies, and the pool needs only batches handed out on demand). Results come back in
 * the order of `sources`.
 */
export async function extractInWorkers(
  sources: readonly SourceDoc[], count: number, onProgress?: (done: number, total: number) => void,
): Promise<Extracted[]> {
  const results = new Array<Extracted>(sources.length);
  // A worker's entry is loaded before any --import hook runs, so a small script registers tsx
  // and then imports the TypeScript worker.
  const boot = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then((tsx) => { tsx.register(); `
    + `return import(${JSON.stringify(new URL("./extract-worker.ts", import.meta.url).href)}); });`;
  let next = 0;
  let done = 0;
  const workers = Array.from({ length: Math.min(count, Math.ceil(sources.length / BATCH)) }, () =>
    new Worker(boot, { eval: true }));
  try {
    await Promise.all(workers.map((worker) => new Promise<void>((resolve, reject) => {
      let from = 0;
      const send = () => {
        if (next >= sources.length) return resolve();
        from = next;
        next = Math.min(sources.length, next + BATCH);
        worker.postMessage(sources.slice(from, next));
      };
      worker.on("message", (batch: Extracted[]) => {
        batch.forEach((r, k) => { results[from + k] = r; });
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
