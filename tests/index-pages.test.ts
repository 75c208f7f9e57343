import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { Corpus } from "../src/model/index.ts";
import { renderSite } from "../src/site/index.ts";
import { repoRoot } from "./helpers.ts";
import { crawl, type Crawl } from "./site-crawl.ts";

/** The hand-made corpus with enough extra statements and people to need several index pages. */
function bigCorpus(extra: number): Corpus {
  const corpus = Corpus.parse(JSON.parse(readFileSync(path.join(repoRoot, "tests/fixtures/corpus.json"), "utf8")));
  const s0 = corpus.statements[0]!, p0 = corpus.people[0]!;
  const statements = Array.from({ length: extra }, (_, i) => ({ ...s0, id: `${s0.id}-copy-${i}`, text: `${s0.text} (${i})` }));
  const people = Array.from({ length: extra }, (_, i) => ({ ...p0, id: `${p0.id}-copy-${i}`, name: `${p0.name} Copy ${i}`, aliases: [] }));
  return Corpus.parse({ ...corpus, statements: [...corpus.statements, ...statements], people: [...corpus.people, ...people] });
}

/** Record links listed on one index page (its main list, not the navigation). */
const listed = (site: Crawl, page: string, selector: string) =>
  [...site.doc(page).querySelectorAll(selector)].map((a) => a.getAttribute("href") ?? "");

describe("index pages are paginated", () => {
  const out = mkdtempSync(path.join(tmpdir(), "crosswire-index-"));
  const corpus = bigCorpus(450);
  let site: Crawl;
  before(async () => {
    await renderSite(corpus, path.join(out, "_site"));
    site = crawl(path.join(out, "_site"));
  });
  after(() => rmSync(out, { recursive: true, force: true }));

  for (const [index, selector, kind] of [["/claims/", "ul.statements a.statement-text", "statements"], ["/people/", "ul.index > li > a", "people"]] as const) {
    it(`${index} lists every one of the ${kind} once, in pages of at most 200 linked from each other`, () => {
      const pages = [...site.pages].filter((p) => p === index || new RegExp(`^${index}page-\\d+/$`).test(p)).sort();
      assert.ok(pages.length >= 3, `index pages reached: ${pages.join(", ")}`);
      const all = pages.flatMap((p) => {
        const links = listed(site, p, selector);
        assert.ok(links.length > 0 && links.length <= 200, `${p} lists ${links.length}`);
        return links;
      });
      const want = corpus[kind].map((r) => `${index}${r.id}/`).sort();
      assert.deepEqual([...all].sort(), want);
      assert.deepEqual(site.broken, []);
    });
  }
});
