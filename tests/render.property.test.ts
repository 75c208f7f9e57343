import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { parseHTML } from "linkedom";
import { extractAll } from "../src/pipeline.ts";
import { Db } from "../src/site/db.ts";
import { renderBody } from "../src/site/body.ts";
import { markdownSource, textSource } from "./helpers.ts";

// Random and adversarial seed text through every stage up to the HTML of the article body:
// nothing throws, nothing from the text becomes markup, and the text itself survives as text.
const hostile = fc.constantFrom(
  "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)", "[x](javascript:alert(1))",
  "![p](data:text/html,<b>)", "{{ 7 * 7 }}", "{% include 'x' %}", "<!--", "-->", "]]>", "&amp;", "&#x3C;", "\u0000",
  "\u202e", "`code`", "**bold**", "# heading", "> quote", "\"", "“", "”", " said.", "Mark Rutte", "\r\n", "\n\n",
);
const piece = fc.oneof(fc.string({ unit: "grapheme", maxLength: 30 }), hostile, fc.lorem({ maxCount: 8 }));
const article = fc.array(piece, { minLength: 1, maxLength: 25 }).map((parts) => parts.join(" "));

const squash = (s: string): string => s.replace(/\s+/g, "");

test("no markup from seed text reaches the rendered body; the text survives as text", async () => {
  await fc.assert(
    fc.asyncProperty(article, async (text) => {
      const corpus = await extractAll([textSource("random.txt", `Random headline for a property test\n\n${text}\n`)], []);
      const db = new Db(corpus);
      for (const a of corpus.articles) {
        const html = renderBody(a, db);
        const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
        for (const el of document.body.querySelectorAll("*")) {
          assert.ok(["P", "H2", "A", "MARK", "SPAN"].includes(el.tagName), `unexpected <${el.tagName}>`);
          for (const attr of el.attributes) assert.ok(!/^on/i.test(attr.name), `handler ${attr.name}`);
          const href = el.getAttribute("href");
          if (href !== null) assert.match(href, /^\/[a-z]+\/[a-z0-9-]+\/(#[\w-]+)?$/, `href from outside the site: ${href}`);
        }
        for (const s of document.body.querySelectorAll(".said-by")) s.remove();
        const shown = squash(document.body.textContent ?? "");
        for (const p of a.paragraphs.filter((p) => p.kind !== "title")) {
          assert.ok(shown.includes(squash(p.text)), `paragraph text lost or altered: ${JSON.stringify(p.text.slice(0, 80))}`);
        }
      }
    }),
    { numRuns: 150 },
  );
});

// The same through a Markdown seed, with links and emphasis among the pieces: only the writer's
// bold, italics and http(s)/mailto links become markup, nested whatever the quotes around them.
const markdownPiece = fc.oneof(piece, fc.constantFrom(
  "[x](javascript:alert(1))", "[x](data:text/html,<script>alert(1)</script>)", "[x](/relative)", "[x](vbscript:msgbox)",
  "[q](https://example.org/?a=\"><svg/onload=alert(1)>)", "**<script>**", "***both***", "*it*", "__b__",
  "[**Mark Rutte**](https://example.org/rutte)", "[said \"it](mailto:desk@example.org)", "**\"bold** quote\"",
));
const markdownArticle = fc.array(markdownPiece, { minLength: 1, maxLength: 25 }).map((parts) => parts.join(" "));

test("a Markdown seed's marks become only strong, em and safe links, properly nested", async () => {
  let marks = 0;
  await fc.assert(
    fc.asyncProperty(markdownArticle, async (text) => {
      // (The closing sentence keeps the text above it: lines after the last prose are page furniture.)
      const corpus = await extractAll([markdownSource("random.md", `# Random headline for a property test\n\n${text}\n\nThe story ends here with a sentence of prose.\n`)], []);
      const db = new Db(corpus);
      for (const a of corpus.articles) {
        marks += a.paragraphs.reduce((n, p) => n + (p.marks?.length ?? 0), 0);
        const html = renderBody(a, db);
        // Nested links would be undone by a browser's parser, not by linkedom's: count them in the markup.
        let depth = 0;
        for (const [tag] of html.matchAll(/<\/?a\b/g)) assert.ok((depth += tag === "<a" ? 1 : -1) <= 1, `nested <a>: ${html}`);
        const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
        for (const el of document.body.querySelectorAll("*")) {
          assert.ok(["P", "H2", "A", "MARK", "SPAN", "STRONG", "EM"].includes(el.tagName), `unexpected <${el.tagName}>`);
          for (const attr of el.attributes) assert.ok(!/^on/i.test(attr.name), `handler ${attr.name}`);
          const href = el.getAttribute("href");
          if (href === null || /^\/[a-z]+\/[a-z0-9-]+\/(#[\w-]+)?$/.test(href)) continue;
          assert.match(href, /^(https?:|mailto:)/, `href neither the site's nor a safe one from the seed: ${href}`);
          assert.equal(el.getAttribute("rel"), "nofollow", href);
        }
        for (const s of document.querySelectorAll(".said-by")) s.remove();
        const shown = squash(document.body.textContent ?? "");
        for (const p of a.paragraphs.filter((p) => p.kind !== "title")) {
          assert.ok(shown.includes(squash(p.text)), `paragraph text lost or altered: ${JSON.stringify(p.text.slice(0, 80))}`);
        }
      }
    }),
    { numRuns: 100 },
  );
  assert.ok(marks > 0, "no run had a mark");
});
