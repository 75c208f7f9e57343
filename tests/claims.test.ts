import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { findClaims } from "../src/extract/claims.ts";
import { findMentions } from "../src/extract/mentions.ts";
import { readSeeds } from "../src/ingest/index.ts";
import { Claim } from "../src/model/index.ts";
import { lineParagraphs } from "./helpers.ts";
import { extractArticle } from "../src/pipeline.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const norm = (s: string) => s.normalize("NFKC").replace(/[“”„«»"]/g, '"').replace(/[‘’‚']/g, "'").replace(/\s+/g, " ").trim().toLowerCase();
const unquoted = (s: string) => norm(s).replace(/^["']/, "");

const Expected = z.object({
  claims: z.array(z.object({
    startsWith: z.string(),
    kind: Claim.shape.kind,
    speaker: z.string().optional(),
    speakerText: z.string().optional(),
    speakerKind: z.string().optional(),
    includes: z.string().optional(),
  })),
  count: z.number().int(),
  absent: z.array(z.string()).default([]),
});

test("claim fixtures: each folder's article yields its expected claims", () => {
  const dir = path.join(here, "fixtures/claims");
  const cases = fs.readdirSync(dir).filter((d) => fs.statSync(path.join(dir, d)).isDirectory());
  assert.ok(cases.length >= 5);
  for (const name of cases) {
    const text = fs.readFileSync(path.join(dir, name, "article.txt"), "utf8");
    const expected = Expected.parse(JSON.parse(fs.readFileSync(path.join(dir, name, "expected.json"), "utf8")));
    const paragraphs = lineParagraphs(text);
    const claims = findClaims(text, paragraphs, findMentions(text, paragraphs), name);
    const label = (c: Claim) => `${c.kind} ${JSON.stringify(c.text)} by ${c.speaker.text}→${c.speaker.name}`;
    for (const c of claims) {
      Claim.parse(c);
      assert.equal(text.slice(c.start, c.end), c.text, `${name}: claim offsets`);
      if (c.speaker.start !== null && c.speaker.end !== null) assert.equal(text.slice(c.speaker.start, c.speaker.end), c.speaker.text, `${name}: speaker offsets`);
    }
    assert.equal(claims.length, expected.count, `${name}: ${claims.map(label).join("; ")}`);
    for (const e of expected.claims) {
      const c = claims.find((x) => unquoted(x.text).startsWith(norm(e.startsWith)));
      assert.ok(c, `${name}: no claim starting "${e.startsWith}" in ${claims.map(label).join("; ")}`);
      assert.equal(c.kind, e.kind, `${name}: kind of ${label(c)}`);
      if (e.speaker !== undefined) assert.equal(c.speaker.name, e.speaker, `${name}: speaker of ${label(c)}`);
      if (e.speakerText !== undefined) assert.equal(c.speaker.text, e.speakerText, `${name}: speaker mention of ${label(c)}`);
      if (e.speakerKind !== undefined) assert.equal(c.speaker.kind, e.speakerKind, `${name}: speaker kind of ${label(c)}`);
      if (e.includes !== undefined) assert.ok(norm(c.text).includes(norm(e.includes)), `${name}: ${label(c)} should include "${e.includes}"`);
    }
    for (const a of expected.absent) assert.ok(!claims.some((c) => norm(c.text).includes(norm(a))), `${name}: "${a}" is not a claim`);
    assert.equal(new Set(claims.map((c) => c.id)).size, claims.length, `${name}: claim ids unique`);
  }
});

const SeedKey = z.object({
  people: z.array(z.object({ name: z.string(), aliases: z.array(z.string()) })),
  articles: z.array(z.object({
    file: z.string(),
    people: z.array(z.string()),
    quotes: z.array(z.object({ speaker: z.string(), startsWith: z.string() })),
  })),
});

test("seed answer key: every quote found with its speaker, and each article's people exactly", () => {
  const key = SeedKey.parse(JSON.parse(fs.readFileSync(path.resolve(here, "../../shared/gold/seeds.json"), "utf8")));
  const canon = new Map<string, string>();
  for (const p of key.people) for (const n of [p.name, ...p.aliases]) canon.set(norm(n), p.name);
  const toCanon = (n: string | null) => canon.get(norm(n ?? "")) ?? String(n);
  const { sources } = readSeeds(path.resolve(here, "../seeds"));
  for (const ga of key.articles) {
    const source = sources.find((s) => s.file === ga.file);
    assert.ok(source, `seed ${ga.file} is read`);
    const article = extractArticle(source);
    const people = new Set(article.mentions.filter((m) => m.kind === "person").map((m) => toCanon(m.name)));
    assert.deepEqual([...people].sort(), [...ga.people].sort(), `${ga.file}: people`);
    for (const q of ga.quotes) {
      const c = article.claims.find((x) => unquoted(x.text).startsWith(norm(q.startsWith)));
      assert.ok(c, `${ga.file}: quote "${q.startsWith}" found`);
      assert.equal(toCanon(c.speaker.name), q.speaker, `${ga.file}: speaker of "${q.startsWith}" (mention ${c.speaker.text})`);
    }
  }
});
