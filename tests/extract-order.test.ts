import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { readSeed } from "../src/ingest/index.ts";
import { extractProvisional } from "../src/pipeline.ts";
import { sharedDir } from "./helpers.ts";

const TRAIN = path.join(sharedDir, "corpora", "polnear", "train", "text");

test("an article's record does not depend on which articles were extracted before it", () => {
  // Real news texts, extracted forwards and then backwards on one thread: the second pass meets
  // every article after all the others. wink's tokeniser used to learn from what it had read
  // (src/extract/nlp/wink.ts); at 800 articles a third of the records differed.
  const files = readdirSync(TRAIN).sort().slice(0, 150);
  const sources = files.flatMap((f) => readSeed(TRAIN, f).source ?? []);
  assert.equal(sources.length, files.length);
  const forwards = new Map(sources.map((s) => [s.file, extractProvisional(s)]));
  const backwards = new Map([...sources].reverse().map((s) => [s.file, extractProvisional(s)]));
  const differ = sources.filter((s) => JSON.stringify(forwards.get(s.file)) !== JSON.stringify(backwards.get(s.file))).map((s) => s.file);
  assert.deepEqual(differ, []);
  assert.ok([...forwards.values()].every((r) => "record" in r));
});
