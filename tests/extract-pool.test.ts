import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { extractInWorkers } from "../src/build/extract-pool.ts";
import { readSeeds } from "../src/ingest/index.ts";
import { extractProvisional } from "../src/pipeline.ts";
import { repoRoot } from "./helpers.ts";

test("articles extracted on worker threads come back as the records extracted here, in order", async () => {
  const { sources } = await readSeeds(path.join(repoRoot, "seeds"));
  assert.ok(sources.length > 1);
  const here = sources.map(extractProvisional);
  const progress: number[] = [];
  const there = await extractInWorkers(sources, 2, (done) => progress.push(done));
  assert.deepEqual(there, here);
  assert.equal(progress.at(-1), sources.length);
});
