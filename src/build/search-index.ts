import { mkdirSync } from "node:fs";
import * as pagefind from "pagefind";
import type { SearchShard } from "../site/search.ts";

/** Records sent to Pagefind's indexing service at once (each is one message to it). */
const BATCH = 500;

/** Writes one shard's Pagefind bundle (index, UI scripts and styles) into `outputPath`. */
export async function indexShard(shard: SearchShard, outputPath: string): Promise<void> {
  // Pagefind's process panics if it cannot make the folder, which the thread sees only as that
  // process ending (search-worker.ts); made here, the error names the path.
  mkdirSync(outputPath, { recursive: true });
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
  try {
    for (let i = 0; i < shard.records.length; i += BATCH) {
      const added = await Promise.all(shard.records.slice(i, i + BATCH).map((r) => index.addCustomRecord(r)));
      const failed = added.flatMap((a) => a.errors);
      if (failed.length) throw new Error(`pagefind: ${failed.join("; ")}`);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join("; ")}`);
  } finally {
    await index.deleteIndex();
  }
}
