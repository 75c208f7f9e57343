import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { z } from "zod";
import { ArticleSummary, Corpus } from "../src/model/index.ts";
import { FEED_SIZE } from "../src/site/db.ts";
import { buildSite, renderSite } from "../src/site/index.ts";
import { crawl, type Crawl } from "./site-crawl.ts";

const root = path.resolve(import.meta.dirname, "..");
const Gold = z.object({ people: z.array(z.object({ name: z.string() })) });
const goldPeople = Gold.parse(JSON.parse(readFileSync(path.join(root, "../shared/gold/seeds.json"), "utf8"))).people.map((p) => p.name);

const normal = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, " ").trim();

/** Names on person pages reachable from the home page. */
function reachablePeople(site: Crawl): Set<string> {
  const names = new Set<string>();
  for (const page of site.pages) {
    if (/^\/people\/[^/]+\/$/.test(page)) names.add(normal(site.doc(page).querySelector("h1")?.textContent));
  }
  return names;
}

describe("site built from seeds/", () => {
  const out = mkdtempSync(path.join(tmpdir(), "crosswire-site-"));
  let site: Crawl;
  before(async () => {
    const result = await buildSite({ seedsDir: path.join(root, "seeds"), outDir: path.join(out, "_site") });
    assert.ok(result.ok && result.pages > 0, "build wrote pages");
    site = crawl(path.join(out, "_site"));
  });
  after(() => rmSync(out, { recursive: true, force: true }));

  it("has no broken internal link, src or #anchor on any page reached from home", () => {
    assert.ok(site.pages.size > 5, `crawl reached only ${site.pages.size} pages`);
    assert.deepEqual(site.broken, []);
  });

  it("heads each article with its story's title, or 'The story' where that is the article's own title", () => {
    const articles = [...site.pages].filter((p) => /^\/articles\/[^/]+\/$/.test(p));
    assert.ok(articles.length > 0);
    for (const page of articles) {
      const d = site.doc(page);
      const kicker = normal(d.querySelector(".kicker")?.textContent);
      if (kicker) assert.notEqual(kicker, normal(d.querySelector("h1")?.textContent), `${page}: the kicker repeats the headline`);
    }
  });

  it("reaches a page for each of the eleven people in the answer key from the home page", () => {
    const names = reachablePeople(site);
    const missing = goldPeople.filter((n) => !names.has(n));
    assert.deepEqual(missing, [], `person pages reached: ${[...names].join(", ") || "none"}`);
  });
});

describe("site rendered from a hand-made corpus (tests/fixtures/corpus.json)", () => {
  const out = mkdtempSync(path.join(tmpdir(), "crosswire-fixture-"));
  const corpus = Corpus.parse(JSON.parse(readFileSync(path.join(root, "tests/fixtures/corpus.json"), "utf8")));
  let site: Crawl;
  before(async () => {
    await renderSite(corpus, path.join(out, "_site"));
    site = crawl(path.join(out, "_site"));
  });
  after(() => rmSync(out, { recursive: true, force: true }));

  it("links every record page, quote anchor and asset without a broken reference", () => {
    assert.deepEqual(site.broken, []);
    for (const a of corpus.articles) assert.ok(site.pages.has(`/articles/${a.id}/`), `article ${a.id} reachable`);
    for (const s of corpus.statements) assert.ok(site.pages.has(`/claims/${s.id}/`), `statement ${s.id} reachable`);
  });

  it("highlights each quote in its article, linked to its statement, and links the statement back to it", () => {
    for (const s of corpus.statements) {
      const backLinks = [...site.doc(`/claims/${s.id}/`).querySelectorAll(".report a")].map((a) => a.getAttribute("href") ?? "");
      for (const ref of s.claims) {
        const back = `/articles/${ref.article}/#claim-${ref.claim}`;
        assert.ok(backLinks.includes(back), `statement ${s.id} links to ${back}`);
        const q = site.doc(`/articles/${ref.article}/`).getElementById(`claim-${ref.claim}`);
        assert.equal(q?.getAttribute("href"), `/claims/${s.id}/`);
        assert.ok(q?.querySelector("mark"), "quote is highlighted");
      }
    }
  });

  it("emits JSON-LD that parses, with the expected schema.org types", () => {
    const types = new Set<string>();
    for (const page of site.pages) {
      for (const el of site.doc(page).querySelectorAll('script[type="application/ld+json"]')) {
        types.add(z.object({ "@type": z.string() }).parse(JSON.parse(el.textContent ?? "")) ["@type"]);
      }
    }
    assert.deepEqual([...types].sort(), ["NewsArticle", "Person", "Quotation"]);
  });

  it("writes feeds, sitemap and API files that parse", () => {
    const file = (p: string) => readFileSync(path.join(out, "_site", p), "utf8");
    const feed = z.object({ items: z.array(z.object({ id: z.string(), content_html: z.string() })) }).parse(JSON.parse(file("feed.json")));
    assert.equal(feed.items.length, Math.min(FEED_SIZE, corpus.articles.length));
    const api = Object.fromEntries(Object.keys(corpus).map((kind) => [kind, JSON.parse(file(`api/${kind}.json`)) as unknown]));
    // The article list holds summaries; each names the file of its whole record.
    const summaries = z.array(ArticleSummary).parse(api.articles);
    api.articles = summaries.map((s) => {
      assert.equal(s.record, `/api/articles/${s.id}.json`);
      return JSON.parse(file(s.record.slice(1))) as unknown;
    });
    assert.deepEqual(Corpus.parse(api), corpus, "the API files are the corpus, kind by kind");
    assert.equal((file("feed.xml").match(/<entry>/g) ?? []).length, Math.min(FEED_SIZE, corpus.articles.length));
    assert.ok(file("sitemap.xml").includes(`/people/${corpus.people[0]!.id}/</loc>`));
  });
});

describe("hostile seed text", () => {
  const out = mkdtempSync(path.join(tmpdir(), "crosswire-hostile-"));
  after(() => rmSync(out, { recursive: true, force: true }));

  it("comes out as inert text: no element, attribute, URL or template syntax from it survives", async () => {
    const corpus = Corpus.parse(JSON.parse(readFileSync(path.join(root, "tests/fixtures/corpus.json"), "utf8")));
    const evil = `<script>alert(1)</script><img src=x onerror=alert(2)> [x](javascript:alert(3)) {{ 7*7 }} {% raw %} </script>`;
    const a = corpus.articles[0]!;
    a.title = evil;
    a.dek = evil;
    a.removed.push({ start: 0, end: 1, text: evil, reason: evil });
    const p = a.paragraphs[0]!;
    a.paragraphs.push({ kind: "paragraph", start: p.end + 1, end: p.end + 1 + evil.length, text: evil });
    corpus.people[0]!.name = evil;
    corpus.statements[0]!.text = evil;
    await renderSite(corpus, path.join(out, "_site"));
    const site = crawl(path.join(out, "_site"));
    assert.deepEqual(site.broken, []);
    for (const page of site.pages) {
      const d = site.doc(page);
      const scripts = [...d.querySelectorAll("script")].filter((s) => s.getAttribute("type") !== "application/ld+json");
      for (const s of scripts) assert.match(s.getAttribute("src") ?? "", /^\/(pagefind|assets)\//, `${page}: only the site's own scripts`);
      assert.equal(d.querySelectorAll("img, [onerror]").length, 0, `${page}: no injected element`);
      assert.ok(![...d.querySelectorAll("[href]")].some((e) => /^\s*javascript:/i.test(e.getAttribute("href") ?? "")), `${page}: no javascript: link`);
    }
    assert.equal(normal(site.doc(`/articles/${a.id}/`).querySelector("h1")?.textContent), normal(evil), "shown as text, templates not evaluated");
  });
});
