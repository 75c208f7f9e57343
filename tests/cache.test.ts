import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { ArticleCache } from "../src/cache/article-cache.ts";
import { extractAll } from "../src/pipeline.ts";
import { textSource } from "./helpers.ts";

const article = (title: string, sentence: string) =>
  textSource(`${title}.txt`, `${title} makes the news today\n\n${sentence} The mayor said the plan would work.\n`);

test("a rebuild re-extracts only changed articles; a corrupt entry is a miss, not an error", (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), "cw-cache-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const a = article("Harbour", "The harbour reopened on Monday.");
  const b = article("Bridge", "The bridge closed on Tuesday.");

  const cold = new ArticleCache(dir);
  extractAll([a, b], [], cold);
  assert.deepEqual([cold.hits, cold.misses], [0, 2]);

  const warm = new ArticleCache(dir);
  const changed = article("Bridge", "The bridge closed on Wednesday.");
  const second = extractAll([a, changed], [], warm);
  assert.deepEqual([warm.hits, warm.misses], [1, 1]);
  // What the cache serves is exactly what a fresh extraction yields.
  assert.deepEqual(second, extractAll([a, changed], []));

  for (const f of readdirSync(dir)) writeFileSync(path.join(dir, f), "{ not json");
  const corrupt = new ArticleCache(dir);
  const third = extractAll([a, changed], [], corrupt);
  assert.deepEqual([corrupt.hits, corrupt.misses], [0, 2]);
  assert.deepEqual(third, second);
});
