import path from "node:path";
import { parentPort } from "node:worker_threads";
import type { SearchShard } from "../site/search.ts";
import { close } from "pagefind";
import { indexShard } from "./search-index.ts";

/** One shard to index into `root/NAME/`; the thread answers each with a SearchDone. */
export interface SearchJob {
  shard: SearchShard;
  root: string;
}
export type SearchDone = { ok: true } | { error: string };

/**
 * Indexes each shard it is sent. Pagefind's process is stopped after each shard (the next
 * createIndex starts another): it keeps the memory of the largest index it has held, and so
 * grew to ~370 MB over six shards of 10,000 articles, against ~240 MB restarted. Indexing runs
 * while Eleventy renders, when the build needs the most memory.
 */
parentPort!.on("message", async ({ shard, root }: SearchJob) => {
  let done: SearchDone = { ok: true };
  // Pagefind keeps its process referenced only while a request is out, and never answers one
  // if that process dies; the port would then keep this thread waiting forever. Unreferenced
  // during a shard, the thread ends instead, and the pool reports it (search-threads.ts).
  parentPort!.unref();
  try {
    await indexShard(shard, path.join(root, shard.name));
  } catch (error) {
    done = { error: error instanceof Error ? error.message : String(error) };
  }
  await close(); // after a failure too
  parentPort!.ref();
  parentPort!.postMessage(done);
});
