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
 * Indexing runs while Eleventy renders, when the build needs the most memory, so each shard's
 * records (article text) are let go once indexed, and Pagefind's process is stopped after each
 * shard (the next createIndex starts another): it keeps the memory of the largest index it has
 * held, and so grew to ~370 MB over six shards of 10,000 articles, against ~240 MB restarted.
 */
parentPort!.once("message", async ({ shards, root }: SearchJob) => {
  let done: SearchDone = { ok: true };
  try {
    for (let s = shards.shift(); s; s = shards.shift()) {
      await indexShard(s, path.join(root, s.name));
      await close();
    }
  } catch (error) {
    done = { error: error instanceof Error ? error.message : String(error) };
  }
  await close(); // after a failure too, so the thread can end
  parentPort!.postMessage(done);
});
