import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { z } from "zod";
import { bodyText } from "../src/output/extract-json.ts";
import { prepareArticle } from "../src/pipeline.ts";
import { repoRoot, textSource } from "./helpers.ts";

const Expected = z.object({
  title: z.string(),
  published: z.string().nullable(),
  agencies: z.array(z.string()),
  authors: z.array(z.string()).optional(),
  outlet: z.string().nullable().optional(),
  removed: z.array(z.string()),
  kept: z.array(z.string()),
  captions: z.array(z.string()).optional(),
});

const dir = path.join(repoRoot, "tests/fixtures/clean");
const squash = (s: string): string => s.replace(/\s+/g, " ").trim();

// One case per folder: article.txt and the expected.json it must yield.
for (const name of readdirSync(dir).sort()) {
  test(`clean + describe: ${name}`, () => {
    const text = readFileSync(path.join(dir, name, "article.txt"), "utf8");
    const want = Expected.parse(JSON.parse(readFileSync(path.join(dir, name, "expected.json"), "utf8")));
    const source = textSource(`${name}.txt`, text);
    const { cleaned, meta } = prepareArticle(source);

    assert.equal(meta.title, want.title);
    assert.equal(meta.published?.date ?? null, want.published);
    assert.deepEqual([...meta.agencies].sort(), [...want.agencies].sort());
    if (want.authors) assert.deepEqual(meta.authors, want.authors);
    if (want.outlet !== undefined) assert.equal(meta.outlet, want.outlet);

    const removed = cleaned.removed.map((r) => r.text);
    for (const line of want.removed) assert.ok(removed.includes(line), `not removed: ${line}\nremoved: ${JSON.stringify(removed)}`);
    const body = squash(bodyText(cleaned.paragraphs));
    for (const line of want.removed) assert.ok(!body.includes(squash(line)), `left in body: ${line}`);
    for (const k of want.kept) assert.ok(body.includes(squash(k)), `lost from body: ${k}\nbody: ${body}`);
    for (const c of want.captions ?? []) {
      assert.ok(cleaned.paragraphs.some((p) => p.kind === "caption" && squash(p.text) === c), `caption not marked: ${c}`);
    }

    // Offsets are exact: every kept block and removed line is its own slice of the source.
    for (const p of cleaned.paragraphs) {
      assert.equal(p.text.length, p.end - p.start);
      assert.equal(p.text, text.slice(p.start, p.end).replace(/\r|\n/g, " "));
    }
    for (const r of cleaned.removed) assert.equal(r.text, text.slice(r.start, r.end).trim());
  });
}
