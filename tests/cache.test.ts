import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { ArticleCache } from "../src/cache/article-cache.ts";
import { completeArticle, extractAll, prepareArticle } from "../src/pipeline.ts";
import { textSource } from "./helpers.ts";

const article = (title: string, sentence: string) =>
  textSource(`${title}.txt`, `${title} makes the news today\n\n${sentence} The mayor said the plan would work.\n`);

test("a rebuild re-extracts only changed articles; a corrupt entry is a miss, not an error", async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), "cw-cache-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const a = article("Harbour", "The harbour reopened on Monday.");
  const b = article("Bridge", "The bridge closed on Tuesday.");

  const cold = new ArticleCache(dir);
  await extractAll([a, b], [], cold);
  assert.deepEqual([cold.hits, cold.misses], [0, 2]);

  const warm = new ArticleCache(dir);
  const changed = article("Bridge", "The bridge closed on Wednesday.");
  const second = await extractAll([a, changed], [], warm);
  assert.deepEqual([warm.hits, warm.misses], [1, 1]);
  // What the cache serves is exactly what a fresh extraction yields.
  assert.deepEqual(second, await extractAll([a, changed], []));

  for (const f of readdirSync(dir)) writeFileSync(path.join(dir, f), "{ not json");
  const corrupt = new ArticleCache(dir);
  const third = await extractAll([a, changed], [], corrupt);
  assert.deepEqual([corrupt.hits, corrupt.misses], [0, 2]);
  assert.deepEqual(third, second);
});

test("an article whose title another has gets a suffixed id, and the record equals one extracted under it", async () => {
  const first = article("Harbour", "The harbour reopened on Monday.");
  const copy = article("Harbour", "\"We are open again,\" the harbour master said on Monday.");
  const corpus = await extractAll([first, copy], []);
  const [a, b] = corpus.articles;
  assert.equal(a!.id, "harbour-makes-the-news-today");
  assert.match(b!.id, /^harbour-makes-the-news-today-[0-9a-f]{8}$/);
  assert.ok(b!.claims.length > 0);
  const direct = completeArticle(prepareArticle(copy), b!.id);
  // Linking fills statement ids and speaker ids; everything extraction gives must match.
  const bare = (claims: typeof direct.claims) => claims.map(({ id, start, end, text }) => ({ id, start, end, text }));
  assert.deepEqual(bare(b!.claims), bare(direct.claims));
  assert.deepEqual(b!.mentions, direct.mentions);
});

test("a cache kept in memory serves the last build's records without reading them, and lets go of unused ones", async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), "cw-cache-mem-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const a = article("Harbour", "The harbour reopened on Monday.");
  const b = article("Bridge", "The bridge closed on Tuesday.");
  const cache = new ArticleCache(dir, { inMemory: true });
  cache.startBuild();
  await extractAll([a, b], [], cache);
  assert.deepEqual([cache.hits, cache.misses], [0, 2]);

  // The files are gone: only memory can serve them now.
  for (const f of readdirSync(dir)) rmSync(path.join(dir, f));
  cache.startBuild();
  const second = await extractAll([a], [], cache);
  assert.deepEqual([cache.hits, cache.misses], [1, 0], "counted afresh, served from memory");
  assert.deepEqual(second, await extractAll([a], []), "the same corpus as a fresh extraction");

  // b was not used by the last build, so it is no longer kept; a still is.
  cache.startBuild();
  assert.ok(cache.get(a.contentHash));
  assert.equal(cache.get(b.contentHash), null);
});
