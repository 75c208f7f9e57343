import assert from "node:assert/strict";
import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { MANIFEST } from "../src/build/manifest.ts";
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

/** Pages of articles in a built site, by the seed file they came from. */
function articlePage(site: string, result: BuildResult, seed: string): string | null {
  const a = result.corpus?.articles.find((x) => x.file === seed);
  return a ? path.join(site, "articles", a.id, "index.html") : null;
}

describe("incremental rebuilds: add, change and delete a seed", () => {
  const root = mkdtempSync(path.join(tmpdir(), "cw-rebuild-"));
  const seeds = path.join(root, "seeds");
  const site = path.join(root, "_site");
  const cacheDir = path.join(root, "cache");
  mkdirSync(seeds);
  for (const f of seedFiles.slice(0, 3)) copyFileSync(path.join(seedsSource, f), path.join(seeds, f));
  const added = seedFiles[3]!;
  after(() => rmSync(root, { recursive: true, force: true }));

  const build = (opts: { clean?: boolean; outDir?: string; cache?: boolean } = {}) =>
    buildSite({
      seedsDir: seeds, outDir: opts.outDir ?? site, clean: opts.clean, cacheDir: opts.cache === false ? false : cacheDir, quiet: true,
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
    assert.ok(existsSync(articlePage(site, r, added)!), "new article page");
  });

  it("changes a seed: only it is re-extracted and its page shows the change", async () => {
    const r = await rebuild(() => appendFileSync(path.join(seeds, added), "\n\nThe harbour authority said on Friday that the new quay would open in spring.\n"));
    assert.equal(r.stats!.extracted, 1);
    assert.equal(r.stats!.cached, 3);
    assert.match(readFileSync(articlePage(site, r, added)!, "utf8"), /new quay would open in spring/);
  });

  it("deletes a seed: its page and every link to it are gone", async () => {
    const gone = seedFiles[1]!;
    const before = await build();
    const page = articlePage(site, before, gone)!;
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

  it("a build with nothing changed writes nothing", async () => {
    const r = await build();
    assert.equal(r.stats!.written, 0);
    assert.equal(r.stats!.extracted, 0);
    assert.equal(r.stats!.shards.indexed, 0);
  });
});
