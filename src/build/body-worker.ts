import { parentPort } from "node:worker_threads";
import { bodyHtml, type BodyInput } from "../site/body.ts";

/** Makes the bodies of each batch of articles it is sent and sends them back as [id, html] pairs. */
parentPort!.on("message", (batch: BodyInput[]) => {
  parentPort!.postMessage(batch.map((input) => [input.id, bodyHtml(input)] as const));
});
