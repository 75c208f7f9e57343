import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { z } from "zod";
import { osaDistance } from "../src/link/distance.ts";
import { textJobOnThread } from "../src/build/text-thread.ts";
import { readSeeds } from "../src/ingest/index.ts";
import { linkCorpus } from "../src/link/index.ts";
import { similarArticles, storyTexts } from "../src/link/stories.ts";
import { claimWords, groupStatements } from "../src/link/statements.ts";
import { buildCorpus, extractArticle } from "../src/pipeline.ts";
import { Corpus, type LinkedArticle } from "../src/model/index.ts";
import { ArticleSpec, buildArticle } from "./link-fixture.ts";
import { repoRoot, sharedDir, textSource } from "./helpers.ts";

const ClaimAt = z.tuple([z.string(), z.string()]);
const Expected = z.object({
  personCount: z.number().int().optional(),
  people: z
    .array(
      z.object({
        name: z.string(),
        aliases: z.array(z.string()),
        /** Forms that must not be listed as the person's aliases (descriptions, not names). */
        notAliases: z.array(z.string()).default([]),
        files: z.array(z.string()),
        roles: z.array(z.object({ title: z.string(), organisation: z.string().nullable(), date: z.string().nullable() })).optional(),
      }),
    )
    .default([]),
  notPeople: z.array(z.string()).default([]),
  organisations: z.array(z.string()).default([]),
  same: z.array(z.array(ClaimAt)).default([]),
  apart: z.array(z.tuple([ClaimAt, ClaimAt])).default([]),
  speakers: z.array(z.tuple([z.string(), z.string(), z.string(), z.enum(["person", "organisation"])])).default([]),
  stories: z.array(z.array(z.string())).default([]),
  storyDates: z.record(z.string(), z.iso.date()).default({}),
});

const dir = path.join(repoRoot, "tests/fixtures/link");

function claimAt(corpus: Corpus, [file, prefix]: z.infer<typeof ClaimAt>) {
  const article = corpus.articles.find((a) => a.file === file);
  const claim = article?.claims.find((c) => c.text.startsWith(prefix));
  assert.ok(article && claim, `no claim "${prefix}" in ${file}`);
  return claim;
}

// One case per folder: articles.json (compact specs built into ArticleRecords) and expected.json.
for (const name of readdirSync(dir).sort()) {
  test(`link: ${name}`, async () => {
    const read = (f: string) => JSON.parse(readFileSync(path.join(dir, name, f), "utf8")) as unknown;
    const articles = z.array(ArticleSpec).parse(read("articles.json")).map(buildArticle);
    const want = Expected.parse(read("expected.json"));
    const corpus = Corpus.parse(await linkCorpus(articles, []));
    const idOf = (file: string) => corpus.articles.find((a) => a.file === file)!.id;

    if (want.personCount !== undefined) {
      assert.equal(corpus.people.length, want.personCount, `people: ${corpus.people.map((p) => p.name).join(", ")}`);
    }
    for (const p of want.people) {
      const records = corpus.people.filter((r) => r.name === p.name);
      assert.equal(records.length, 1, `${p.name}: ${records.length} records among ${corpus.people.map((r) => r.name).join(", ")}`);
      const r = records[0]!;
      for (const alias of p.aliases) assert.ok(r.aliases.includes(alias), `${p.name} lacks alias "${alias}": ${JSON.stringify(r.aliases)}`);
      for (const alias of p.notAliases) assert.ok(!r.aliases.includes(alias), `${p.name} has alias "${alias}"`);
      assert.deepEqual(r.articles, p.files.map(idOf).sort(), `${p.name} articles`);
      for (const role of p.roles ?? []) {
        assert.ok(
          r.roles.some((x) => x.title === role.title && x.organisation === role.organisation && x.date === role.date),
          `${p.name} lacks role ${JSON.stringify(role)}: ${JSON.stringify(r.roles)}`,
        );
      }
    }
    for (const n of want.notPeople) assert.ok(!corpus.people.some((p) => p.name === n), `${n} became a person`);
    for (const o of want.organisations) assert.ok(corpus.organisations.some((r) => r.name === o), `no organisation ${o}`);

    for (const group of want.same) {
      const ids = group.map((at) => claimAt(corpus, at).statement);
      assert.ok(ids.every((id) => id !== null && id === ids[0]), `not one statement: ${JSON.stringify(group)} → ${JSON.stringify(ids)}`);
    }
    for (const [x, y] of want.apart) {
      assert.notEqual(claimAt(corpus, x).statement, claimAt(corpus, y).statement, `merged: ${x[1]} / ${y[1]}`);
    }
    for (const [file, prefix, speaker, kind] of want.speakers) {
      const claim = claimAt(corpus, [file, prefix]);
      assert.equal(claim.speaker.name, speaker);
      const records = kind === "person" ? corpus.people : corpus.organisations;
      assert.equal(records.find((r) => r.id === claim.speaker.id)?.name, speaker, `speaker id of "${prefix}"`);
      const statement = corpus.statements.find((s) => s.id === claim.statement)!;
      assert.equal(statement.speaker.id, claim.speaker.id);
    }

    const storyOf = (file: string) => corpus.articles.find((a) => a.file === file)!.story;
    const partition = (groups: string[][]) => groups.map((g) => [...g].sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
    if (want.stories.length > 0) {
      assert.deepEqual(partition(corpus.stories.map((s) => s.articles.map((id) => corpus.articles.find((a) => a.id === id)!.file))), partition(want.stories));
    }
    for (const [file, date] of Object.entries(want.storyDates)) {
      assert.equal(corpus.stories.find((s) => s.id === storyOf(file))?.date, date, `story date of ${file}`);
    }
    assertConsistent(corpus);

    // Ids come from content: the same articles in another order link to the same ids.
    const again = Corpus.parse(await linkCorpus([...articles].reverse(), []));
    const ids = (c: Corpus) => ({
      people: c.people.map((p) => p.id).sort(),
      statements: c.statements.map((s) => s.id).sort(),
      stories: c.stories.map((s) => s.id).sort(),
      claims: c.articles.flatMap((a: LinkedArticle) => a.claims.map((cl) => `${cl.id}→${cl.statement}`)).sort(),
    });
    assert.deepEqual(ids(again), ids(corpus));
  });
}

/** Every reference resolves and every id is unique. */
function assertConsistent(corpus: Corpus): void {
  for (const list of [corpus.people, corpus.organisations, corpus.statements, corpus.stories, corpus.outlets, corpus.articles]) {
    const ids = list.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length, `duplicate ids: ${ids.join(", ")}`);
  }
  const statements = new Map(corpus.statements.map((s) => [s.id, s]));
  for (const a of corpus.articles) {
    for (const c of a.claims) {
      const s = statements.get(c.statement ?? "");
      assert.ok(s?.claims.some((m) => m.article === a.id && m.claim === c.id), `claim ${c.id} not in its statement`);
    }
    assert.ok(corpus.stories.some((s) => s.id === a.story && s.articles.includes(a.id)), `article ${a.id} not in its story`);
    for (const p of a.people) assert.ok(corpus.people.some((r) => r.id === p && r.articles.includes(a.id)));
  }
}

// The answer key's people, statements and stories checks, on the corpus built from the real seeds.
const Gold = z.object({
  people: z.array(z.object({ name: z.string(), aliases: z.array(z.string()) })),
  notPeople: z.array(z.string()),
  statements: z.array(z.object({ members: z.array(z.object({ file: z.string(), startsWith: z.string() })) })),
  stories: z.array(z.object({ about: z.string(), files: z.array(z.string()) })),
});
/** The scorer's normalisation: quotes, case and spaces folded. */
const norm = (s: string): string =>
  s.normalize("NFKC").replace(/[“”„«»"]/g, '"').replace(/[‘’‚']/g, "'").replace(/\s+/g, " ").trim().toLowerCase();

test("link: the linker's output is exactly a Corpus, no field more or less (the build does not parse it again)", async () => {
  const corpus = await buildCorpus(path.join(repoRoot, "seeds"));
  assert.ok(corpus.articles.length > 0 && corpus.statements.length > 0);
  assert.deepEqual(Corpus.parse(corpus), corpus);
});

test("link: similar articles and claim words made on a worker thread are those made here", async () => {
  const { sources } = await readSeeds(path.join(repoRoot, "seeds"));
  const records = sources.map(extractArticle);
  // Each seed and a lightly edited copy of it (most paragraphs shared): pairs that must be found.
  const edited = (r: (typeof records)[number]) =>
    ({ title: `Updated: ${r.title}`, paragraphs: r.paragraphs.map((p) => ({ text: p.text.replace(/\bsaid\b/, "told reporters") })) });
  const story = storyTexts(records.flatMap((r) => [r, edited(r)]));
  const dates = records.flatMap((r) => [r.eventDate, r.eventDate]);
  const claimTexts = records.flatMap((r) => r.claims.map((c) => c.text));
  const here = similarArticles(story, dates);
  assert.ok(here.length >= records.length, `${here.length} similar pairs`);
  const there = textJobOnThread({ story, dates, claimTexts });
  assert.deepEqual(await there.similar, here);
  const words = await there.claimWords;
  assert.equal(words.offsets.length, claimTexts.length + 1);
  assert.deepEqual(words, claimWords(claimTexts));
});

test("link: copies of one speaker's claim are one statement, however many fill one LSH bucket", () => {
  // Twenty copies of one quote, by two people who may not be joined, in alternate order: every
  // band puts all twenty in one bucket, too large to pair in full, whose neighbours never match.
  const items = Array.from({ length: 20 }, (_, i) => ({ block: "p|lee", speaker: i % 2 ? "p|ann" : "p|bo", wording: 0 }));
  const groups = groupStatements(items, (x, y) => x === y, claimWords(["The budget will be balanced within four years."]));
  const every = (from: number) => Array.from({ length: 10 }, (_, k) => from + 2 * k);
  assert.deepEqual(groups, [every(0), every(1)]);
});

test("link: the answer key's people, statements and stories hold on the seeds", async () => {
  const gold = Gold.parse(JSON.parse(readFileSync(path.join(sharedDir, "gold/seeds.json"), "utf8")));
  const corpus = Corpus.parse(await buildCorpus(path.join(repoRoot, "seeds")));
  const canon = new Map<string, string>();
  for (const p of gold.people) for (const n of [p.name, ...p.aliases]) canon.set(norm(n), p.name);

  for (const p of gold.people) {
    const records = corpus.people.filter((r) => canon.get(norm(r.name)) === p.name);
    assert.equal(records.length, 1, `${p.name}: ${records.map((r) => r.name).join(", ") || "no record"}`);
  }
  for (const n of gold.notPeople) assert.ok(!corpus.people.some((r) => norm(r.name) === norm(n)), `${n} became a person`);

  const fileOf = new Map(corpus.articles.map((a) => [a.file.split("/").pop()!, a]));
  for (const s of gold.statements) {
    const ids = s.members.map(({ file, startsWith }) =>
      fileOf.get(file)?.claims.find((c) => norm(c.text).replace(/^"/, "").startsWith(norm(startsWith)))?.statement ?? null,
    );
    assert.ok(ids[0] && ids.every((id) => id === ids[0]), `not one statement: ${JSON.stringify(s.members)} → ${JSON.stringify(ids)}`);
  }

  const storyOf = (file: string) => fileOf.get(file)?.story ?? null;
  for (const [i, s] of gold.stories.entries()) {
    const ids = s.files.map(storyOf);
    assert.ok(ids[0] && ids.every((id) => id === ids[0]), `"${s.about}" is not one story: ${JSON.stringify(ids)}`);
    for (const other of gold.stories.slice(i + 1)) assert.notEqual(storyOf(other.files[0]!), ids[0], `"${s.about}" merged with "${other.about}"`);
  }
});

test("link: two stories wanting one id both get a page, and the clash is reported", async () => {
  const spec = (file: string, who: string, what: string) =>
    buildArticle(
      ArticleSpec.parse({
        file, title: "Storm warning issued for the coast", published: "2024-02-02",
        paragraphs: [`${who} said ${what}.`],
        mentions: [{ text: who, kind: "person", name: who }],
        claims: [{ text: what, kind: "indirect", speaker: who }],
      }),
    );
  const corpus = Corpus.parse(await linkCorpus([spec("x.txt", "Ida Berg", "ferries to the northern islands will stop tonight"), spec("y.txt", "Omar Haddad", "schools in the valley close until Monday")], []));
  assert.equal(corpus.stories.length, 2);
  assert.notEqual(corpus.stories[0]!.id, corpus.stories[1]!.id);
  assert.ok(corpus.problems.some((p) => p.code === "id-collision" && p.file === "y.txt"), JSON.stringify(corpus.problems));
});

test("link: organisations are named in full, and descriptions are no organisations", async () => {
  const text = "Rates\n\nThe Bank of England kept rates on hold, and the California Democratic Party said it would appeal. A coalition said the plan was flawed. The American central bank said nothing.\n";
  const corpus = await linkCorpus([extractArticle(textSource("org.txt", text))], []);
  const names = corpus.organisations.map((o) => o.name);
  for (const n of ["Bank of England", "California Democratic Party"]) assert.ok(names.includes(n), `no ${n} among ${names.join(", ")}`);
  for (const n of ["A coalition", "coalition", "American central bank", "Bank"]) assert.ok(!names.includes(n), `${n} became an organisation`);
});

test("link: a surname that only 'told reporters' in one outlet joins the full name another gives, and their translations are one statement", async () => {
  const a = "Russia warns Moldova over Transnistria\n\n\"We will not allow a second Ukraine to be created on our borders,\" Russian Foreign Ministry spokeswoman Maria Zakharova said on Wednesday.\n";
  const b = "Moscow says it will not tolerate a second Ukraine\n\n\"We won't let a second Ukraine be created at our borders,\" Zakharova told reporters on Wednesday.\n";
  const corpus = await linkCorpus([extractArticle(textSource("a.txt", a)), extractArticle(textSource("b.txt", b))], []);
  assert.deepEqual(corpus.people.map((p) => [p.name, p.articles.length]), [["Maria Zakharova", 2]]);
  const quotes = corpus.statements.filter((s) => s.speaker.name === "Maria Zakharova");
  assert.equal(quotes.length, 1, quotes.map((s) => s.text).join(" | "));
  assert.equal(quotes[0]!.claims.length, 2);
});

test("link: name distance counts a swap of neighbouring letters as one edit", () => {
  assert.equal(osaDistance("kimyongun", "kimjongun"), 1);
  assert.equal(osaDistance("rutte", "rtute"), 1);
  assert.equal(osaDistance("stoltenberg", "stoltenberg"), 0);
  assert.equal(osaDistance("baerbock", "borrell", 1), 2, "stops past the limit");
});
