import path from "node:path";
import { parentPort } from "node:worker_threads";
import type { SearchShard } from "../site/search.ts";
import { close } from "pagefind";
import { indexShard } from "./search-index.ts";

export interface SearchJob {
  shards: SearchShard[];
  /** Each shard's bundle goes to `root/NAME/`. */
  root: string;
}
export type SearchDone = { ok: true } | { error: string };

/**
 * Indexes the shards of the one job it is sent, one after another, and says when it is done.
 * Each shard's records are let go once indexed: they hold article text, and indexing runs
 * while Eleventy renders, when the process needs the most memory.
 */
parentPort!.once("message", async ({ shards, root }: SearchJob) => {
  let done: SearchDone = { ok: true };
  try {
    for (let s = shards.shift(); s; s = shards.shift()) await indexShard(s, path.join(root, s.name));
  } catch (error) {
    done = { error: error instanceof Error ? error.message : String(error) };
  }
  await close(); // Pagefind's process, so the thread can end
  parentPort!.postMessage(done);
});
