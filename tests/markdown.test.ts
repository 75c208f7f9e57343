import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { plainMarkdown } from "../src/clean/markdown.ts";
import { readSeed } from "../src/ingest/index.ts";
import { extractArticle } from "../src/pipeline.ts";
import { bodyHtml } from "../src/site/body.ts";
import { bodyText } from "../src/output/extract-json.ts";

test("Markdown syntax is blanked to spaces, keeping every offset", () => {
  // Each case: Markdown, and its blanked text with runs of spaces folded to one.
  const cases: [string, string][] = [
    ["The **Supreme Court** ruled.", "The Supreme Court ruled."],
    ["said [Maya Patel](https://example.org/m), a lawyer", "said Maya Patel , a lawyer"],
    ["> \"We will appeal,\" *Jo Reyl* said.", "\"We will appeal,\" Jo Reyl said."],
    ["- The court found a risk.", "The court found a risk."],
    ["![Protesters](https://example.org/p.jpg)", ""],
    ["A <b>bold</b> move, 5 \\* 3 and `npm test`.", "A bold move, 5 * 3 and npm test ."],
  ];
  for (const [md, plain] of cases) {
    const got = plainMarkdown(md);
    assert.equal(got.length, md.length, md);
    assert.equal(got.replace(/\s+/g, " ").trim(), plain, md);
  }
});

const dir = mkdtempSync(path.join(tmpdir(), "crosswire-md-"));
after(() => rmSync(dir, { recursive: true, force: true }));

test("a Markdown seed's speakers are found through its links and emphasis, and its body shows no syntax", () => {
  const file = path.join(dir, "court.md");
  writeFileSync(file, [
    "---", "title: Court halts deportation flights", "published: 2024-06-10", "---",
    "# Court halts deportation flights", "",
    "The **Supreme Court** ruled on Monday that the plan was unlawful.", "",
    "\"This is a victory for the rule of law,\" said [Maya Patel](https://example.org/maya), a lawyer for the claimants.", "",
    "![Protesters outside the court](https://example.org/img.jpg)", "",
    "> \"We will study the judgment carefully,\" Home Secretary *James Cleverly* told Parliament.", "",
    "The opposition leader, [Keir Starmer](https://example.org/keir-starmer), called the flights \"a costly gimmick\".", "",
  ].join("\n"));
  const { source } = readSeed(dir, "court.md");
  assert.ok(source);
  const record = extractArticle(source);
  const speakers = record.claims.filter((c) => c.kind !== "indirect").map((c) => c.speaker.name);
  // (Keir Starmer is set off after "The opposition leader," with his link's blanked target before the comma.)
  assert.deepEqual(speakers, ["Maya Patel", "James Cleverly", "Keir Starmer"]);
  assert.ok(record.removed.some((r) => r.text.startsWith("![Protesters") && r.reason === "Markdown markup only"));
  const html = bodyHtml({ id: record.id, paragraphs: record.paragraphs, claims: record.claims, targets: [] });
  for (const syntax of ["**", "](", "![", "> \"", "*James"]) assert.ok(!html.includes(syntax), `body shows "${syntax}": ${html}`);
  assert.match(html.replace(/\s+/g, " "), /said Maya Patel, a lawyer/);
  assert.match(bodyText(record.paragraphs), /The opposition leader, Keir Starmer, called/);
});
