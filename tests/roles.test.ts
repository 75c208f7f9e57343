import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { z } from "zod";
import { findRoles } from "../src/extract/roles.ts";
import { EntityKind, type Mention } from "../src/model/index.ts";
import { repoRoot } from "./helpers.ts";

const MentionSpec = z.array(z.object({ text: z.string(), kind: EntityKind, name: z.string() }));
const Expected = z.array(z.object({ person: z.string(), title: z.string(), organisation: z.string().nullable() }));

/** Every whole-word occurrence of each listed mention text, as the mention stage would report it. */
function locate(text: string, specs: z.infer<typeof MentionSpec>): Mention[] {
  const out: Mention[] = [];
  for (const s of specs) {
    const escaped = s.text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, "gu"))) {
      out.push({ start: m.index, end: m.index + s.text.length, text: s.text, kind: s.kind, name: s.name });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const dir = path.join(repoRoot, "tests/fixtures/roles");

// One case per folder: article.txt, the mentions.json the mention stage gives, the expected.json roles.
for (const name of readdirSync(dir).sort()) {
  test(`roles: ${name}`, () => {
    const read = (f: string) => readFileSync(path.join(dir, name, f), "utf8");
    const text = read("article.txt");
    const mentions = locate(text, MentionSpec.parse(JSON.parse(read("mentions.json"))));
    const want = Expected.parse(JSON.parse(read("expected.json")));
    const got = findRoles(text, mentions);
    assert.deepEqual(
      got.map(({ person, title, organisation }) => ({ person, title, organisation })),
      want,
    );
    for (const r of got) {
      const span = text.slice(r.start, r.end);
      assert.ok(span.includes(r.title.split(" ")[0]!), `span "${span}" misses the title "${r.title}"`);
      assert.ok(mentions.some((m) => m.name === r.person && m.start >= r.start && m.end <= r.end), `span "${span}" misses the name`);
    }
  });
}
