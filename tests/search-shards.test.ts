import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
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
