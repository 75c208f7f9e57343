import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { Db } from "../src/site/db.ts";
import { buildSite } from "../src/site/index.ts";
import { searchShards } from "../src/site/search.ts";
import { serveStatic } from "./static-server.ts";

const root = path.resolve(import.meta.dirname, "..");
const screenshots = path.join(root, "screenshots");
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const FLAGS = [
  "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-quic",
  "--disable-component-update", "--disable-sync",
];
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

describe("the site in a real browser", () => {
  const work = mkdtempSync(path.join(tmpdir(), "crosswire-browser-"));
  let site: { url: string; close: () => Promise<void> };
  let context: BrowserContext;
  /** Console errors and CSP violations, by page URL. */
  const errors: string[] = [];
  /** Pages the flow visited, for the accessibility and screenshot checks. */
  const visited = new Map<string, string>();
  /** The search shard each page's record is indexed in. */
  const shardOf = new Map<string, string>();

  before(async () => {
    assert.ok(existsSync(executablePath),
      `no Chromium at ${executablePath}: install it with \`apt-get install -y chromium\` (Debian) or set CHROMIUM_PATH`);
    const out = path.join(work, "_site");
    // Small search shards, so search has to merge several Pagefind bundles as a large site does.
    const built = await buildSite({ seedsDir: path.join(root, "seeds"), outDir: out, searchShardRecords: 16 });
    assert.ok(built.ok && built.corpus);
    for (const s of searchShards(new Db(built.corpus), 16)) for (const r of s.records) shardOf.set(r.url, s.name);
    site = await serveStatic(out);
    context = await chromium.launchPersistentContext(path.join(work, "profile"), {
      executablePath, headless: true, args: FLAGS, viewport: DESKTOP,
    });
    context.pages().forEach(watch);
    context.on("page", watch);
    mkdirSync(screenshots, { recursive: true });
  });
  after(async () => {
    await context?.close();
    await site?.close();
    rmSync(work, { recursive: true, force: true });
  });

  function watch(page: Page): void {
    page.on("console", (m) => { if (m.type() === "error") errors.push(`${page.url()}: ${m.text()}`); });
    page.on("pageerror", (e) => errors.push(`${page.url()}: ${e.message}`));
  }
  async function open(pathname: string): Promise<Page> {
    const page = context.pages()[0] ?? await context.newPage();
    await page.goto(site.url + pathname);
    return page;
  }
  const here = (page: Page) => new URL(page.url()).pathname;

  it("follows home → story → article → quote → statement → speaker, and back to the exact sentence", async () => {
    const page = await open("/");
    visited.set("home", "/");
    await page.locator(".story h2 a").first().click();
    assert.match(here(page), /^\/stories\/[^/]+\/$/);

    // The first article of the story that carries a quote linked to a statement.
    const articles = await page.locator(".card h3 a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    let quote = null;
    for (const href of articles) {
      await page.goto(site.url + href);
      const q = page.locator("a.quote[href^='/claims/']").first();
      if (await q.count()) { quote = q; break; }
    }
    assert.ok(quote, "an article of the first story has a quote linked to its statement");
    visited.set("article", here(page));

    // Hover and focus show who said it.
    const saidBy = quote.locator(".said-by");
    await quote.hover();
    const hovered = await saidBy.boundingBox();
    assert.ok(hovered && hovered.width > 20, "speaker shown on hover");
    const speaker = (await saidBy.textContent())?.replace(/^\s*—\s*/, "").trim() ?? "";
    assert.ok(speaker.length > 0);
    await page.mouse.move(0, 0);
    await quote.focus();
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab");
    assert.ok(((await saidBy.boundingBox())?.width ?? 0) > 20, "speaker shown on keyboard focus");

    const articlePath = here(page);
    await quote.click();
    assert.match(here(page), /^\/claims\/[^/]+\/$/);
    visited.set("statement", here(page));

    // The statement links back to the exact sentence, which becomes the :target.
    const back = page.locator(`.report a[href^='${articlePath}#']`).first();
    await back.click();
    assert.equal(here(page), articlePath);
    const target = await page.evaluate(() => document.querySelector(":target")?.className ?? "");
    assert.match(target, /\bquote\b/, "the anchor marks the quote");
    await page.goBack();

    await page.locator("p.meta a[href^='/people/']").first().click();
    assert.match(here(page), /^\/people\/[^/]+\/$/);
    assert.equal((await page.locator("h1").textContent())?.trim(), speaker, "speaker page is the person who said it");
    visited.set("person", here(page));
  });

  it("finds a person by surname with search and opens the result", async () => {
    const person = visited.get("person");
    assert.ok(person, "the flow above reached a person page");
    const page = await open(person);
    const name = (await page.locator("h1").textContent())?.trim() ?? "";
    const surname = name.split(/\s+/).at(-1) ?? "";

    await open("/search/");
    visited.set("search", "/search/");
    const input = page.getByRole("searchbox").or(page.locator(".pagefind-ui__search-input")).first();
    await input.fill(surname);
    const result = page.locator(".pagefind-ui__result-link").filter({ hasText: name }).first();
    await result.waitFor({ timeout: 15_000 });
    await page.screenshot({ path: path.join(screenshots, "search-results-desktop.png") });
    const found = await page.locator(".pagefind-ui__result-link").evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const shards = new Set(found.map((u) => shardOf.get(u)));
    assert.ok(shards.size > 1 && !shards.has(undefined), `results merged from several index shards: ${found.join(", ")}`);
    await result.click();
    await page.waitForURL((u) => u.pathname !== "/search/");
    assert.ok((await page.locator("main").textContent())?.includes(surname), "the opened result mentions the person");
  });

  it("has no serious or critical axe violation on home, article, person, statement and search, light and dark", async () => {
    const found: string[] = [];
    for (const scheme of ["light", "dark"] as const) {
      for (const [name, pathname] of visited) {
        const page = await open(pathname);
        await page.emulateMedia({ colorScheme: scheme });
        if (name === "search") {
          await page.locator(".pagefind-ui__search-input").fill("Rutte");
          await page.locator(".pagefind-ui__result").first().waitFor({ timeout: 15_000 });
        }
        const { violations } = await new AxeBuilder({ page }).analyze();
        for (const v of violations) {
          if (v.impact === "serious" || v.impact === "critical") {
            found.push(`${scheme} ${name}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
          }
        }
      }
    }
    assert.deepEqual(found, []);
    assert.equal(visited.size, 5, `visited ${[...visited.keys()].join(", ")}`);
  });

  it("writes phone and desktop screenshots of each page, without console errors or CSP violations", async () => {
    for (const [name, pathname] of visited) {
      for (const [size, viewport] of [["phone", PHONE], ["desktop", DESKTOP]] as const) {
        for (const scheme of ["light", "dark"] as const) {
          const page = await open(pathname);
          await page.setViewportSize(viewport);
          await page.emulateMedia({ colorScheme: scheme });
          const file = path.join(screenshots, `${name}-${size}${scheme === "dark" ? "-dark" : ""}.png`);
          await page.screenshot({ path: file, fullPage: true });
          assert.ok(existsSync(file));
          // Nothing wider than the viewport: no sideways scrolling on a phone.
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          assert.ok(overflow <= 0, `${name} at ${size} overflows by ${overflow}px`);
        }
      }
    }
    await context.pages()[0]?.setViewportSize(DESKTOP);
    assert.deepEqual(errors, []);
  });
});
