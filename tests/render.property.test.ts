import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { parseHTML } from "linkedom";
import { extractAll } from "../src/pipeline.ts";
import { Db } from "../src/site/db.ts";
import { renderBody } from "../src/site/body.ts";
import { textSource } from "./helpers.ts";

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
