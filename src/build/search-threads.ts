import type { Worker } from "node:worker_threads";
import type { SearchShard } from "../site/search.ts";
import type { SearchDone, SearchJob } from "./search-worker.ts";
import { tsWorker } from "./ts-worker.ts";

export interface SearchIndexing {
  /** Settles when every shard is indexed, or with the first failure. */
  done: Promise<void>;
  /** One more thread takes shards too: call when rendering has left a core free. */
  addThread: () => void;
}

/**
 * Indexes `shards` into `root/NAME/`, each thread one shard at a time, starting with one thread.
 * Fed from the thread Eleventy renders on, Pagefind waited on Eleventy for every batch of records
 * and got a fifth of a core while it rendered; on one thread of its own beside rendering it keeps
 * a core busy. A second thread from the start only took that core from rendering (bench, run
 * 16), but once rendering ends the remaining shards can go two at a time.
 */
export function indexShards(shards: readonly SearchShard[], root: string): SearchIndexing {
  const queue = [...shards];
  const threads = new Set<Worker>();
  let settled = false;
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const done = new Promise<void>((res, rej) => ([resolve, reject] = [res, rej]));
  const fail = (error: unknown) => {
    if (settled) return;
    settled = true;
    for (const t of threads) void t.terminate();
    reject(error);
  };
  const addThread = () => {
    if (settled || queue.length === 0) return;
    const thread = tsWorker(new URL("./search-worker.ts", import.meta.url));
    threads.add(thread);
    const feed = () => {
      const shard = queue.shift();
      if (shard) return thread.postMessage({ shard, root } satisfies SearchJob);
      threads.delete(thread);
      void thread.terminate();
      if (threads.size === 0 && !settled) {
        settled = true;
        resolve();
      }
    };
    thread.on("message", (reply: SearchDone) => ("error" in reply ? fail(new Error(reply.error)) : feed()));
    thread.once("error", fail);
    thread.once("exit", (code) => {
      if (threads.has(thread)) fail(new Error(`search indexing stopped before a shard was done (thread exit code ${code}; did Pagefind's process end?)`));
    });
    feed();
  };
  if (queue.length === 0) {
    settled = true;
    resolve();
  } else addThread();
  return { done, addThread };
}
