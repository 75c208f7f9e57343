import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { extractInWorkers } from "../src/build/extract-pool.ts";
import { ArticleCache } from "../src/cache/article-cache.ts";
import { readSeeds } from "../src/ingest/index.ts";
import { extractProvisional } from "../src/pipeline.ts";
import { repoRoot } from "./helpers.ts";

test("articles extracted on worker threads come back, and are cached, as the records extracted here, in order", async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), "cw-pool-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const { sources } = await readSeeds(path.join(repoRoot, "seeds"));
  assert.ok(sources.length > 1);
  const here = sources.map(extractProvisional);
  const progress: number[] = [];
  const there = await extractInWorkers(sources, 2, dir, (done) => progress.push(done));
  assert.deepEqual(there, here);
  assert.equal(progress.at(-1), sources.length);
  const cache = new ArticleCache(dir);
  assert.deepEqual(sources.map((s) => ({ record: cache.get(s.contentHash) })), here);
});
