import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { cleanArticle } from "../src/clean/index.ts";
import { markdownMarks, plainMarkdown } from "../src/clean/markdown.ts";
import { readSeed } from "../src/ingest/index.ts";
import type { Claim, Mark, Paragraph, SourceDoc } from "../src/model/index.ts";
import { extractArticle } from "../src/pipeline.ts";
import { bodyHtml } from "../src/site/body.ts";
import { bodyText } from "../src/output/extract-json.ts";
import { markdownSource, textSource } from "./helpers.ts";

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
  assert.match(html.replace(/\s+/g, " "), /said <a href="https:\/\/example.org\/maya" rel="nofollow">Maya Patel<\/a>, a lawyer/);
  assert.match(bodyText(record.paragraphs), /The opposition leader, Keir Starmer, called/);
});

test("the strong, emphasis and links of a Markdown block cover the text they hold, outer first", () => {
  const cases: [string, Mark[]][] = [
    ["The **Supreme Court** ruled", [{ start: 6, end: 19, kind: "strong" }]],
    ["said [Maya Patel](https://example.org/m), a", [{ start: 6, end: 16, kind: "link", url: "https://example.org/m" }]],
    ["***both***", [{ start: 3, end: 7, kind: "emphasis" }, { start: 3, end: 7, kind: "strong" }]],
    ["[**Maya** _P_](mailto:m@example.org)", [
      { start: 3, end: 12, kind: "link", url: "mailto:m@example.org" }, { start: 3, end: 7, kind: "strong" }, { start: 11, end: 12, kind: "emphasis" },
    ]],
    // No text inside: nothing to mark.
    ["![p](https://example.org/p.jpg) **<script>** [](https://example.org)", []],
    ["plain text, 5 * 3", []],
  ];
  for (const [md, marks] of cases) assert.deepEqual(markdownMarks(md), marks, md);
  assert.deepEqual(markdownMarks("an *aside*", 100), [{ start: 104, end: 109, kind: "emphasis" }]);
});

/** A claim over the first `quoted` in the source, as the extractor would make it (no statement). */
function claimOver(source: string, quoted: string, speaker: string): Claim {
  const start = source.indexOf(quoted);
  assert.ok(start >= 0, quoted);
  return {
    id: `marks-c${start}`, start, end: start + quoted.length, kind: "direct", text: quoted, cue: null, statement: null,
    speaker: { name: speaker, kind: "person", text: speaker, start: null, end: null, id: null },
  };
}

/** Runs of spaces (blanked syntax) folded, as the browser shows them. */
const folded = (html: string): string[] => html.replace(/ {2,}/g, " ").trim().split("\n");

test("a Markdown seed's bold, italics and links reach its body, nested with quotes and names", () => {
  const md = [
    "# Court halts deportation flights", "",
    "The **Supreme Court** ruled the plan *unlawful* and ***final***.", "",
    "\"This is a victory for the rule of law,\" said [Maya Patel](https://example.org/maya), a lawyer.", "",
    "\"We will **study** the [judgment](https://example.org/judgment) carefully,\" *James Cleverly* told Parliament.", "",
    "Keir Starmer [called the flights \"a costly](https://example.org/speech) gimmick\" and **left \"before** the vote\".", "",
  ].join("\n");
  const { paragraphs } = cleanArticle(markdownSource("marks.md", md));
  const claims = [
    claimOver(md, "\"This is a victory for the rule of law,\"", "Maya Patel"),
    claimOver(md, "\"We will **study** the [judgment](https://example.org/judgment) carefully,\"", "James Cleverly"),
    claimOver(md, "\"a costly](https://example.org/speech) gimmick\"", "Keir Starmer"),
    claimOver(md, "\"before** the vote\"", "Keir Starmer"),
  ];
  const name = (text: string, url: string) => ({ start: md.indexOf(text), end: md.indexOf(text) + text.length, url });
  // Maya Patel has a page, but the seed links her name: the seed's link wins there.
  const targets = [name("Maya Patel", "/people/maya-patel/"), name("James Cleverly", "/people/james-cleverly/"), name("Parliament", "/organisations/parliament/")];
  const quote = (c: Claim) => `<a href="/articles/marks/#claim-${c.id}" class="quote quote-direct" id="claim-${c.id}">`;
  assert.deepEqual(folded(bodyHtml({ id: "marks", paragraphs, claims, targets })), [
    "<p>The <strong>Supreme Court</strong> ruled the plan <em>unlawful</em> and <em><strong>final</strong></em>.</p>",
    `<p>${quote(claims[0]!)}<mark>"This is a victory for the rule of law,"</mark><span class="said-by"> — Maya Patel</span></a>`
      + ` said <a href="https://example.org/maya" rel="nofollow">Maya Patel</a>, a lawyer.</p>`,
    // A link inside a quote (itself a link) is text; its bold stays.
    `<p>${quote(claims[1]!)}<mark>"We will <strong>study</strong> the judgment carefully,"</mark><span class="said-by"> — James Cleverly</span></a>`
      + ` <a href="/people/james-cleverly/"><em>James Cleverly</em></a> told <a href="/organisations/parliament/">Parliament</a>.</p>`,
    // A link and a bold run across a quote's edge are cut there.
    `<p>Keir Starmer <a href="https://example.org/speech" rel="nofollow">called the flights </a>`
      + `${quote(claims[2]!)}<mark>"a costly gimmick"</mark><span class="said-by"> — Keir Starmer</span></a>`
      + ` and <strong>left </strong>${quote(claims[3]!)}<mark><strong>"before</strong> the vote"</mark><span class="said-by"> — Keir Starmer</span></a>.</p>`,
  ]);
});

test("the same lines as a plain-text seed keep their asterisks and brackets as written, with no marks", () => {
  const body = "The **Supreme Court** ruled, said [Maya Patel](https://example.org/maya) on Monday.";
  const html = (source: SourceDoc): string[] => {
    const { paragraphs } = cleanArticle(source);
    return folded(bodyHtml({ id: "same", paragraphs, claims: [], targets: [] }));
  };
  assert.deepEqual(html(markdownSource("same.md", `# Headline for the comparison\n\n${body}\n`)), [
    `<p>The <strong>Supreme Court</strong> ruled, said <a href="https://example.org/maya" rel="nofollow">Maya Patel</a> on Monday.</p>`,
  ]);
  const plain = textSource("same.txt", `Headline for the comparison\n\n${body}\n`);
  assert.ok(cleanArticle(plain).paragraphs.every((p) => !("marks" in p)), "a plain-text record has no marks field");
  assert.deepEqual(html(plain), [`<p>${body.replace(/"/g, "&#x22;")}</p>`]);
});

test("a seed's links become links only for http, https and mailto; hostile ones stay text", () => {
  const md = [
    "A [safe](https://example.org/?q=\"><svg/onload=alert(1)>) link, [script](javascript:alert(1)), [page](data:text/html,<script>alert(1)</script>),",
    "[relative](/people/x/), [mail](MAILTO:desk@example.org) and **<script>** and [**bold**](JavaScript:alert(1)).",
  ].join("\n");
  const { paragraphs } = cleanArticle(markdownSource("hostile.md", `# A headline for hostile links\n\n${md}\n`));
  assert.deepEqual(folded(bodyHtml({ id: "hostile", paragraphs, claims: [], targets: [] })), [
    `<p>A <a href="https://example.org/?q=%22%3E%3Csvg/onload=alert(1)%3E" rel="nofollow">safe</a> link, script, page,`
      + ` relative, <a href="mailto:desk@example.org" rel="nofollow">mail</a> and and <strong>bold</strong>.</p>`,
  ]);
});

test("the sanitiser keeps only http, https, mailto and site-relative links, whatever reaches it", () => {
  const paragraphs: Paragraph[] = [{ start: 0, end: 23, kind: "paragraph", text: "one two three four five" }];
  const targets = [
    { start: 0, end: 3, url: "javascript:alert(1)" }, { start: 4, end: 7, url: "data:text/html,x" },
    { start: 8, end: 13, url: "/people/x/" }, { start: 14, end: 18, url: "https://example.org/" }, { start: 19, end: 23, url: "vbscript:x" },
  ];
  assert.equal(bodyHtml({ id: "s", paragraphs, claims: [], targets }),
    `<p><a>one</a> <a>two</a> <a href="/people/x/">three</a> <a href="https://example.org/">four</a> <a>five</a></p>\n`);
});

test("a name's link that crosses the writer's bold is split at its edge, never mis-nested", () => {
  const md = "# A headline for crossing marks\n\nThe court heard **the lawyer Maya** Patel on Monday.\n";
  const { paragraphs } = cleanArticle(markdownSource("crossing.md", md));
  const targets = [{ start: md.indexOf("Maya"), end: md.indexOf("Patel") + "Patel".length, url: "/people/maya-patel/" }];
  assert.deepEqual(folded(bodyHtml({ id: "crossing", paragraphs, claims: [], targets })), [
    `<p>The court heard <strong>the lawyer <a href="/people/maya-patel/">Maya</a></strong><a href="/people/maya-patel/"> Patel</a> on Monday.</p>`,
  ]);
});
