import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { Corpus } from "../src/model/index.ts";
import { renderSite } from "../src/site/index.ts";
import { recordUrl } from "../src/site/urls.ts";
import { repoRoot } from "./helpers.ts";
import { crawl, type Crawl } from "./site-crawl.ts";

/** The hand-made corpus with enough extra statements, people and (dated) stories to need several index pages. */
function bigCorpus(extra: number): Corpus {
  const corpus = Corpus.parse(JSON.parse(readFileSync(path.join(repoRoot, "tests/fixtures/corpus.json"), "utf8")));
  const s0 = corpus.statements[0]!, p0 = corpus.people[0]!, st0 = corpus.stories[0]!;
  const statements = Array.from({ length: extra }, (_, i) => ({ ...s0, id: `${s0.id}-copy-${i}`, text: `${s0.text} (${i})` }));
  const people = Array.from({ length: extra }, (_, i) => ({ ...p0, id: `${p0.id}-copy-${i}`, name: `${p0.name} Copy ${i}`, aliases: [] }));
  const stories = Array.from({ length: extra }, (_, i) => ({ ...st0, id: `${st0.id}-copy-${i}`, title: `${st0.title} (${i})` }));
  return Corpus.parse({
    ...corpus, statements: [...corpus.statements, ...statements], people: [...corpus.people, ...people], stories: [...corpus.stories, ...stories],
  });
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

  const indexes = [
    { index: "/claims/", selector: "ul.statements a.statement-text", size: 200, want: () => corpus.statements.map((r) => recordUrl("statement", r.id)) },
    { index: "/people/", selector: "ul.index > li > a", size: 200, want: () => corpus.people.map((r) => recordUrl("person", r.id)) },
    { index: "/", selector: "section.story h2 a", size: 50, want: () => corpus.stories.map((r) => recordUrl("story", r.id)) },
    { index: "/timeline/", selector: "li.t-story a", size: 200, want: () => corpus.stories.filter((r) => r.date).map((r) => recordUrl("story", r.id)) },
  ];
  for (const { index, selector, size, want: expected } of indexes) {
    it(`${index} lists every entry once, in pages of at most ${size} linked from each other`, () => {
      const pages = [...site.pages].filter((p) => p === index || new RegExp(`^${index}page-\\d+/$`).test(p)).sort();
      assert.ok(pages.length >= 3, `index pages reached: ${pages.join(", ")}`);
      const all = pages.flatMap((p) => {
        const links = listed(site, p, selector);
        assert.ok(links.length > 0 && links.length <= size, `${p} lists ${links.length}`);
        return links;
      });
      const want = expected().sort();
      assert.deepEqual([...all].sort(), want);
      assert.deepEqual(site.broken, []);
    });
  }
});
