import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { indexShards } from "../src/build/search-threads.ts";
import { Corpus } from "../src/model/index.ts";
import { Db } from "../src/site/db.ts";
import { searchShards } from "../src/site/search.ts";
import { recordUrl } from "../src/site/urls.ts";
import { repoRoot } from "./helpers.ts";

const corpus = Corpus.parse(JSON.parse(readFileSync(path.join(repoRoot, "tests/fixtures/corpus.json"), "utf8")));
const hashes = (c: Corpus) => new Map(searchShards(new Db(c), 4).map((s) => [s.name, s.hash]));

test("a search shard's hash follows its records, not the corpus order", () => {
  const before = hashes(corpus);
  assert.ok(before.size > 2, "the fixture makes several shards");
  // Linking may order statements differently once an article is added (by story dates).
  const reordered = { ...corpus, statements: [...corpus.statements].reverse(), articles: [...corpus.articles].reverse() };
  assert.deepEqual(hashes(reordered), before);

  const [first, ...rest] = corpus.statements;
  const changed = { ...corpus, statements: [{ ...first!, text: `${first!.text} And more.` }, ...rest] };
  const after = hashes(changed);
  const stale = [...after].filter(([name, hash]) => before.get(name) !== hash).map(([name]) => name);
  const home = searchShards(new Db(changed), 4).find((s) => s.records.some((r) => r.url === recordUrl("statement", first!.id)))!;
  assert.deepEqual(stale, [home.name], "only the changed statement's shard");
});

test("search shards are indexed on threads, and a shard that fails fails the whole indexing", async () => {
  const shards = searchShards(new Db(corpus), 4);
  const root = mkdtempSync(path.join(os.tmpdir(), "crosswire-shards-"));
  const indexing = indexShards(shards, root);
  indexing.addThread(); // as the build does once rendering ends
  await indexing.done;
  for (const s of shards) assert.ok(existsSync(path.join(root, s.name, "pagefind.js")), `${s.name} has its bundle`);

  // A file where a shard's folder must go: the error names it.
  const blocked = mkdtempSync(path.join(os.tmpdir(), "crosswire-shards-"));
  const folder = path.join(blocked, shards[1]!.name);
  writeFileSync(folder, "not a folder");
  await assert.rejects(indexShards(shards, blocked).done, (e: Error) => e.message.includes(folder));
});

test("search indexing whose Pagefind process dies fails, rather than waiting for it forever", { timeout: 30_000 }, async () => {
  const shards = searchShards(new Db(corpus), 4);
  const root = mkdtempSync(path.join(os.tmpdir(), "crosswire-shards-"));
  // A file where Pagefind makes its fragment folder: its process panics while writing the bundle,
  // and its Node API never answers the write.
  mkdirSync(path.join(root, shards[0]!.name));
  writeFileSync(path.join(root, shards[0]!.name, "fragment"), "not a folder");
  await assert.rejects(indexShards(shards, root).done, /Pagefind's process end/);
});
