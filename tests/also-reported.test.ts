import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { Corpus } from "../src/model/index.ts";
import { ALSO_REPORTED_SHOWN, Db } from "../src/site/db.ts";
import { repoRoot } from "./helpers.ts";

const corpus = Corpus.parse(JSON.parse(readFileSync(path.join(repoRoot, "tests/fixtures/corpus.json"), "utf8")));

test("an article page lists the reports sharing most of its statements first, then the story's newest, up to the limit", () => {
  const story = corpus.stories.find((s) => s.articles.length > 1)!;
  const statement = corpus.statements.find((s) => new Set(s.claims.map((c) => c.article)).size > 1)!;
  const [first, second] = [...new Set(statement.claims.map((c) => c.article))];
  const base = corpus.articles.find((a) => a.id === first)!;
  // Copies on the same story that share no statement, dated one day apart.
  const copies = Array.from({ length: ALSO_REPORTED_SHOWN + 2 }, (_, i) => ({
    ...base, id: `copy-${i}`, story: story.id, claims: base.claims.map((c) => ({ ...c, id: `copy-${i}-${c.id}`, statement: null })),
    published: { date: `2030-01-${String(i + 1).padStart(2, "0")}`, from: "front-matter" as const },
  }));
  const db = new Db({
    ...corpus, articles: [...corpus.articles.map((a) => (a.id === first ? { ...a, story: story.id } : a)), ...copies],
    stories: corpus.stories.map((s) => (s.id === story.id ? { ...s, articles: [...s.articles, first!, ...copies.map((c) => c.id)] } : s)),
  });
  const { articles, more } = db.alsoReportedBy(db.articles.get(first!)!);
  assert.equal(articles.length, ALSO_REPORTED_SHOWN);
  assert.ok(more, "more reports than shown");
  assert.equal(articles[0]!.id, second, "the article carrying the same statement comes first");
  const copyDays = articles.filter((a) => a.id.startsWith("copy-")).map((a) => a.published!.date);
  assert.deepEqual(copyDays, [...copyDays].sort().reverse(), "then the newest first");
  assert.ok(!articles.some((a) => a.id === first), "never the article itself");
});
