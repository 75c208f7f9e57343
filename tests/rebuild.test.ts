import assert from "node:assert/strict";
import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { MANIFEST } from "../src/build/manifest.ts";
import { ArticleCache } from "../src/cache/article-cache.ts";
import { buildSite, type BuildResult } from "../src/site/index.ts";
import { repoRoot } from "./helpers.ts";

const seedsSource = path.join(repoRoot, "seeds");
const seedFiles = readdirSync(seedsSource).sort();

/** Every file of a site with its bytes and mtime. */
function snapshot(dir: string): Map<string, { bytes: Buffer; mtime: number }> {
  const out = new Map<string, { bytes: Buffer; mtime: number }>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const full = path.join(e.parentPath, e.name);
    out.set(path.relative(dir, full), { bytes: readFileSync(full), mtime: statSync(full).mtimeMs });
  }
  return out;
}

function sameTree(a: string, b: string): void {
  const x = snapshot(a), y = snapshot(b);
  assert.deepEqual([...x.keys()].sort(), [...y.keys()].sort(), "same files");
  const differ = [...x].filter(([f, v]) => !v.bytes.equals(y.get(f)!.bytes)).map(([f]) => f);
  assert.deepEqual(differ, [], "same bytes");
}

/** Pages of articles in a built site, by the seed file they came from (looked up in its API). */
function articlePage(site: string, seed: string): string | null {
  const articles = JSON.parse(readFileSync(path.join(site, "api", "articles.json"), "utf8")) as { id: string; file: string }[];
  const a = articles.find((x) => x.file === seed);
  return a ? path.join(site, "articles", a.id, "index.html") : null;
}

// Once as `npm run build` runs them, a process per build, and once as the dev server does, one
// cache with the last build's records in memory.
for (const inMemory of [false, true]) describe(`incremental rebuilds: add, change and delete a seed${inMemory ? " (records kept in memory)" : ""}`, () => {
  const root = mkdtempSync(path.join(tmpdir(), "cw-rebuild-"));
  const seeds = path.join(root, "seeds");
  const site = path.join(root, "_site");
  const cacheDir = path.join(root, "cache");
  mkdirSync(seeds);
  for (const f of seedFiles.slice(0, 3)) copyFileSync(path.join(seedsSource, f), path.join(seeds, f));
  const added = seedFiles[3]!;
  after(() => rmSync(root, { recursive: true, force: true }));
  const kept = inMemory ? new ArticleCache(cacheDir, { inMemory: true }) : undefined;

  const build = (opts: { clean?: boolean; outDir?: string; cache?: boolean } = {}) =>
    buildSite({
      seedsDir: seeds, outDir: opts.outDir ?? site, clean: opts.clean, quiet: true,
      ...(opts.cache === false ? { cacheDir: false } : { cacheDir, cache: kept }),
      searchShardRecords: 8, // several search shards, so a change re-indexes some and leaves others
      pagesPerRun: opts.clean ? undefined : 7, // several Eleventy runs, compared below with a clean build in one
    });

  /**
   * Rebuilds after `change`, then checks: files whose bytes did not change kept their mtime (search
   * index included), the count of written pages is the count whose bytes changed, only some search
   * shards were re-indexed, and a clean build of the same seeds (no cache, no manifest) is
   * byte-identical, search index and manifest included.
   */
  async function rebuild(change: () => void): Promise<BuildResult> {
    const before = snapshot(site);
    change();
    const result = await build();
    assert.ok(result.ok && result.stats);
    const now = snapshot(site);
    let changed = 0;
    for (const [file, v] of now) {
      if (file === MANIFEST) continue;
      const old = before.get(file);
      if (old && old.bytes.equals(v.bytes)) assert.equal(v.mtime, old.mtime, `${file} was rewritten though its bytes did not change`);
      else if (!file.startsWith("pagefind")) changed++; // the search index's files are not pages
    }
    assert.equal(result.stats.written, changed, "pages written = pages whose bytes changed");
    assert.ok(result.stats.unchanged > 0, "some pages were left alone");
    const { indexed, total } = result.stats.shards;
    assert.ok(total > 1 && indexed < total, `re-indexed ${indexed} of ${total} search shards`);
    const clean = path.join(root, `clean-${Date.now()}`);
    await build({ outDir: clean, clean: true, cache: false });
    sameTree(site, clean);
    rmSync(clean, { recursive: true, force: true });
    return result;
  }

  it("builds cold, extracting every article", async () => {
    const r = await build();
    assert.ok(r.ok && r.stats);
    assert.equal(r.stats.extracted, 3);
    assert.equal(r.stats.cached, 0);
    assert.equal(r.stats.unchanged, 0);
  });

  it("adds a seed: only it is extracted, its page appears, unaffected pages stay", async () => {
    const r = await rebuild(() => copyFileSync(path.join(seedsSource, added), path.join(seeds, added)));
    assert.equal(r.stats!.extracted, 1);
    assert.equal(r.stats!.cached, 3);
    assert.ok(existsSync(articlePage(site, added)!), "new article page");
  });

  it("changes a seed: only it is re-extracted and its page shows the change", async () => {
    const r = await rebuild(() => appendFileSync(path.join(seeds, added), "\n\nThe harbour authority said on Friday that the new quay would open in spring.\n"));
    assert.equal(r.stats!.extracted, 1);
    assert.equal(r.stats!.cached, 3);
    assert.match(readFileSync(articlePage(site, added)!, "utf8"), /new quay would open in spring/);
  });

  it("deletes a seed: its page and every link to it are gone", async () => {
    const gone = seedFiles[1]!;
    const page = articlePage(site, gone)!;
    const url = `/${path.relative(site, path.dirname(page))}/`;
    const json = path.join(site, "api", "articles", `${path.basename(path.dirname(page))}.json`);
    assert.ok(existsSync(json), "the article's JSON record is written beside its page");
    const r = await rebuild(() => unlinkSync(path.join(seeds, gone)));
    assert.equal(r.stats!.extracted, 0);
    assert.equal(r.stats!.cached, 3);
    assert.ok(r.stats!.removed > 0);
    assert.ok(!existsSync(page), "deleted article's page removed");
    assert.ok(!existsSync(json), "and its JSON record");
    for (const [file, v] of snapshot(site)) {
      if (file.endsWith(".html")) assert.ok(!v.bytes.toString("utf8").includes(`href="${url}`), `${file} still links to ${url}`);
    }
  });

  it("a build with nothing changed reads no record, writes nothing and reports the same", async () => {
    const last = await build();
    const before = snapshot(site);
    const r = await build();
    assert.ok(r.ok && r.stats && last.stats);
    assert.equal(r.corpus, null, "nothing linked");
    assert.deepEqual([r.stats.written, r.stats.extracted, r.stats.cached, r.stats.shards.indexed], [0, 0, 0, 0]);
    const { articles, people, statements, problems, unchanged, shards } = last.stats;
    assert.deepEqual(
      { articles: r.stats.articles, people: r.stats.people, statements: r.stats.statements, problems: r.stats.problems, unchanged: r.stats.unchanged, total: r.stats.shards.total },
      { articles, people, statements, problems, unchanged, total: shards.total },
    );
    assert.deepEqual(r.problems, last.problems);
    assert.equal(r.pages, last.pages);
    assert.deepEqual(snapshot(site), before, "no file touched");
  });

  it("the same seeds with other options, or --clean, are built again", async () => {
    const other = await buildSite({ seedsDir: seeds, outDir: site, cacheDir, quiet: true, searchShardRecords: 4 });
    assert.ok(other.corpus && other.stats!.cached > 0, "other shard size: linked again, from the cache");
    const clean = await build({ clean: true });
    assert.ok(clean.corpus, "--clean builds");
  });
});

describe("a rebuild with nothing changed", () => {
  it("reports the seeds' problems again, and --strict still fails on them", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "cw-unchanged-"));
    try {
      const seeds = path.join(root, "seeds");
      mkdirSync(seeds);
      copyFileSync(path.join(seedsSource, seedFiles[0]!), path.join(seeds, seedFiles[0]!));
      writeFileSync(path.join(seeds, "broken.md"), "---\ntitle: [unclosed\n---\nBody.\n");
      const build = (strict = false) =>
        buildSite({ seedsDir: seeds, outDir: path.join(root, "_site"), cacheDir: path.join(root, "cache"), quiet: true, strict });
      const first = await build();
      assert.ok(first.ok && first.corpus);
      assert.ok(first.problems.some((p) => p.file === "broken.md"), "the broken seed is named");
      const again = await build();
      assert.equal(again.corpus, null, "nothing changed, nothing linked");
      assert.deepEqual(again.problems, first.problems);
      const strict = await build(true);
      assert.equal(strict.ok, false);
      assert.deepEqual(strict.problems, first.problems);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("a rebuild after the site's URL changed", () => {
  it("renders every page with the new URL, as a clean build does", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "cw-site-url-"));
    const before = process.env.CROSSWIRE_SITE_URL;
    try {
      const seeds = path.join(root, "seeds");
      mkdirSync(seeds);
      for (const f of seedFiles.slice(0, 2)) copyFileSync(path.join(seedsSource, f), path.join(seeds, f));
      const build = (outDir: string, clean = false) =>
        buildSite({ seedsDir: seeds, outDir, cacheDir: path.join(root, "cache"), quiet: true, clean });
      const site = path.join(root, "_site");
      process.env.CROSSWIRE_SITE_URL = "https://first.example.org";
      await build(site);
      process.env.CROSSWIRE_SITE_URL = "https://news.example.org";
      const r = await build(site);
      assert.ok(r.corpus, "built again, not taken as unchanged");
      assert.ok(r.stats!.written > 0, "pages rewritten");
      assert.match(readFileSync(path.join(site, "feed.xml"), "utf8"), /https:\/\/news\.example\.org\//);
      for (const [file, v] of snapshot(site)) assert.ok(!v.bytes.includes("first.example.org"), `${file} still has the old URL`);
      const clean = path.join(root, "clean");
      await build(clean, true);
      sameTree(site, clean);
    } finally {
      if (before === undefined) delete process.env.CROSSWIRE_SITE_URL;
      else process.env.CROSSWIRE_SITE_URL = before;
      rmSync(root, { recursive: true, force: true });
    }
  });
});
