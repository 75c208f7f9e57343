import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { BodyThread } from "../src/build/body-thread.ts";
import { Corpus } from "../src/model/index.ts";
import { renderBody } from "../src/site/body.ts";
import { Db } from "../src/site/db.ts";
import { repoRoot } from "./helpers.ts";

test("article bodies made on the body thread are the ones made here", async () => {
  const corpus = Corpus.parse(JSON.parse(readFileSync(path.join(repoRoot, "tests/fixtures/corpus.json"), "utf8")));
  const db = new Db(corpus);
  const thread = new BodyThread(db);
  try {
    thread.prepare(corpus.articles);
    const made = new Map<string, string>();
    for (let waited = 0; made.size < corpus.articles.length && waited < 30_000; waited += 20) {
      await sleep(20);
      for (const a of corpus.articles) {
        const html = made.has(a.id) ? undefined : thread.take(a.id);
        if (html !== undefined) made.set(a.id, html);
      }
    }
    assert.equal(made.size, corpus.articles.length, "every body came back");
    for (const a of corpus.articles) assert.equal(made.get(a.id), renderBody(a, db), a.id);
    assert.equal(thread.take(corpus.articles[0]!.id), undefined, "a body is handed over once");
  } finally {
    await thread.close();
  }
});
