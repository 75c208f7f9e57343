import { parentPort } from "node:worker_threads";
import type { SourceDoc } from "../model/index.ts";
import { extractProvisional } from "../pipeline.ts";

/** What a worker sends back per source: the record as JSON (see extract-pool.ts), or why it failed. */
export type ExtractedJson = { json: string } | { error: string };

/** Extracts each batch of sources it is sent and sends back the records (or errors), in order. */
parentPort!.on("message", (batch: SourceDoc[]) => {
  parentPort!.postMessage(batch.map((source): ExtractedJson => {
    const r = extractProvisional(source);
    return "record" in r ? { json: JSON.stringify(r.record) } : r;
  }));
});
