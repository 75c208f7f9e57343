import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { buildCorpus } from "../src/pipeline.ts";
import { Db } from "../src/site/db.ts";
import { repoRoot } from "./helpers.ts";

test("person pages list statements by others that name them, never their own", async () => {
  const corpus = await buildCorpus(path.join(repoRoot, "seeds"));
  const db = new Db(corpus);
  let found = 0;
  for (const person of corpus.people) {
    for (const s of db.statementsAbout(person)) {
      assert.notEqual(s.speaker.id, person.id, `${person.name}'s own statement listed as about them`);
      // Some report of it names the person inside the quoted content.
      const named = db.reports(s).some(({ article, claim }) =>
        article.mentions.some((m) => m.start >= claim.start && m.end <= claim.end && db.entityOf(article, m)?.id === person.id));
      assert.ok(named, `"${s.text.slice(0, 60)}" does not name ${person.name}`);
      found++;
    }
  }
  const putin = corpus.people.find((p) => p.name === "Vladimir Putin");
  assert.ok(putin, "Vladimir Putin has a record");
  assert.ok(db.statementsAbout(putin).some((s) => s.speaker.name === "Mark Rutte"), "Rutte's remarks about Putin are listed");
  assert.ok(found > 0);
});
