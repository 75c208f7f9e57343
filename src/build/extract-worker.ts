import { parentPort } from "node:worker_threads";
import type { SourceDoc } from "../model/index.ts";
import { extractProvisional } from "../pipeline.ts";

/** Extracts each batch of sources it is sent and sends back the records (or errors), in order. */
parentPort!.on("message", (batch: SourceDoc[]) => {
  parentPort!.postMessage(batch.map(extractProvisional));
});
