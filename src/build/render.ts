import { existsSync, readdirSync, readFileSync, rmdirSync, statSync } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { crosswire, TEMPLATES, type Selection, type SiteSource } from "../../.eleventy.ts";
import type { Corpus } from "../model/index.ts";
import { writeArticleJson } from "../site/article-json.ts";
import { Db } from "../site/db.ts";
import { searchShards, type SearchShard } from "../site/search.ts";
import type { Section } from "../site/urls.ts";
import { BodyThread } from "./body-thread.ts";
import { MANIFEST, readManifest, rendererVersion, type Manifest } from "./manifest.ts";
import { planSite, type PlannedPage } from "./plan.ts";
import { indexShards } from "./search-threads.ts";
import { stopwatch } from "./summary.ts";

export interface RenderResult {
  /** Output files (search index aside) whose bytes changed or that are new. */
  written: number;
  unchanged: number;
  removed: number;
  /** HTML pages in the site. */
  pages: number;
  /** Search index shards re-indexed this build, of how many. */
  shards: { indexed: number; total: number };
  stages: Record<string, number>;
}

export interface RenderOptions {
  /** Render every page, ignoring the previous build's manifest. */
  clean?: boolean;
  /** Search records per index shard (default: src/site/search.ts). */
  searchShardRecords?: number;
  /** Record pages per Eleventy run (default PAGES_PER_RUN). */
  pagesPerRun?: number;
  /** What the corpus was built from (src/build/inputs.ts), kept in the manifest. */
  inputs?: string;
  /** The site's manifest, when the caller has read it already (it is read here otherwise). */
  previous?: Manifest | null;
}

const SEARCH_DIR = "pagefind";

/** Files under `dir`, relative, with forward slashes. */
function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"));
}

function sameBytes(a: string, b: string): boolean {
  try {
    return statSync(a).size === statSync(b).size && readFileSync(a).equals(readFileSync(b));
  } catch {
    return false;
  }
}

/** Moves `file` from `from` to `to` unless `to` already has the same bytes; true when it was written. */
async function put(from: string, to: string, file: string): Promise<boolean> {
  const src = path.join(from, file), dst = path.join(to, file);
  if (sameBytes(src, dst)) return false;
  await mkdir(path.dirname(dst), { recursive: true });
  await rename(src, dst);
  return true;
}

/** Removes `file` and the folders it leaves empty (a deleted record's `kind/id/`). */
async function remove(root: string, file: string): Promise<void> {
  await rm(path.join(root, file), { force: true });
  for (let dir = path.dirname(path.join(root, file)); dir !== root && dir.startsWith(root); dir = path.dirname(dir)) {
    try {
      rmdirSync(dir);
    } catch {
      break; // not empty
    }
  }
}

/**
 * Record pages per Eleventy run. Eleventy holds every page of a run in memory until the run ends
 * (it renders all content before writing any), so a large site is rendered in several runs.
 */
const PAGES_PER_RUN = 3_000;

/** From this many pages to render, article bodies are made ahead on a thread of their own (starting it costs ~0.5 s). */
const BODY_THREAD_FROM = 2_000;

/**
 * What each Eleventy run renders: the site-wide pages on their own when they changed (the API
 * files among them are the largest), then the changed record pages, PAGES_PER_RUN at a time.
 */
function runs(dirty: readonly PlannedPage[], site: boolean, size = PAGES_PER_RUN): Selection[] {
  const none = () => ({ article: new Set(), person: new Set(), statement: new Set(), story: new Set(), outlet: new Set(), organisation: new Set() }) as Record<Section, Set<string>>;
  const out: Selection[] = site ? [{ records: none(), site: true }] : [];
  for (let i = 0; i < dirty.length; i += size) {
    const records = none();
    for (const p of dirty.slice(i, i + size)) records[p.kind].add(p.id);
    out.push({ records, site: false });
  }
  return out;
}

/**
 * Starts indexing the search shards whose records changed since `prev` into `root/NAME/`, and
 * returns every shard's name and hash: the records themselves go to the indexing threads.
 */
function startIndexing(db: Db, prev: Manifest | null, root: string, perShard?: number) {
  const all = searchShards(db, perShard);
  const stale = all.filter((s) => prev?.search[s.name]?.hash !== s.hash);
  const info = ({ name, hash }: SearchShard) => ({ name, hash });
  const search = indexShards(stale, root);
  return { shards: all.map(info), stale: stale.map(info), indexing: timed(search.done), addThread: search.addThread };
}

/** Seconds until `work` settles. */
async function timed(work: Promise<void>): Promise<number> {
  const t = performance.now();
  await work;
  return (performance.now() - t) / 1000;
}

function eleventy(outDir: string, source: SiteSource): Eleventy {
  return new Eleventy(TEMPLATES, outDir, { quietMode: true, config: crosswire(source) });
}

/**
 * Renders `corpus` into `outDir`, re-rendering only the pages whose data changed since the build
 * recorded in `outDir`'s manifest. Everything that can fail (rendering, indexing) happens in
 * folders beside `outDir`; only then are changed files moved in, so a failed build leaves the
 * previous site as it was. Files whose bytes did not change are not touched (their mtime stays).
 * Without a usable manifest (first build, `clean`, changed templates or code) every page is
 * rendered into a fresh folder that replaces `outDir` in one rename.
 */
export async function renderIncremental(corpus: Corpus, outDir: string, options: RenderOptions = {}): Promise<RenderResult> {
  const target = path.resolve(outDir);
  const { stages, lap } = stopwatch();

  const db = new Db(corpus);
  const renderer = rendererVersion();
  const old = options.clean ? null : options.previous !== undefined ? options.previous : readManifest(target);
  const prev = old && old.renderer === renderer ? old : null;

  const staging = `${target}.tmp-${process.pid}`;
  const searchOut = `${target}.search-${process.pid}`;
  let indexing: Promise<number> | null = null;
  let json: Promise<void> | null = null;
  try {
    await rm(staging, { recursive: true, force: true });
    await rm(searchOut, { recursive: true, force: true });
    // Pagefind indexes in its own process, fed from a thread of its own, so the stale shards are
    // indexed while the pages are planned and Eleventy renders.
    const searchRoot = prev ? searchOut : path.join(staging, SEARCH_DIR);
    const started = startIndexing(db, prev, searchRoot, options.searchShardRecords);
    indexing = started.indexing;
    const { shards, stale: staleShards } = started;
    const goneShards = prev ? Object.keys(prev.search).filter((n) => !shards.some((s) => s.name === n)) : [];
    lap("search records");

    const plan = await planSite(db);
    const planned = new Map(plan.pages.map((p) => [p.file, p]));
    const dirty = plan.pages.filter((p) => prev?.pages[p.file] !== p.hash);
    const siteDirty = prev?.siteHash !== plan.siteHash;
    const gone = prev ? Object.keys(prev.pages).filter((f) => !planned.has(f)) : [];
    const manifestOf = (files: string[], search: Manifest["search"]): Manifest => ({
      renderer, siteHash: plan.siteHash, search,
      pages: Object.fromEntries(plan.pages.map((p) => [p.file, p.hash])),
      files: files.filter((f) => !planned.has(f) && f !== MANIFEST).sort(),
      inputs: options.inputs ?? null,
      corpus: {
        articles: corpus.articles.length, people: corpus.people.length, statements: corpus.statements.length, problems: corpus.problems,
      },
    });
    lap("plan");

    // No runs when nothing changed (a deleted record changes the site hash, so it is a change).
    const [dirtyJson, dirtyPages] = [dirty.filter((p) => p.file.endsWith(".json")), dirty.filter((p) => !p.file.endsWith(".json"))];
    const selections = runs(dirtyPages, siteDirty, options.pagesPerRun);
    const articlesOf = (k: number) => [...(selections[k]?.records.article ?? [])].map((id) => db.articles.get(id)!);
    const bodies = dirtyPages.length >= BODY_THREAD_FROM ? new BodyThread(db) : null;
    // Article JSON files are written while Eleventy renders (the writing on libuv's threads).
    json = writeArticleJson(dirtyJson.map((p) => db.articles.get(p.id)!), staging);
    json.catch(() => {}); // awaited below; this only keeps an early failure from counting as unhandled
    try {
      bodies?.prepare(articlesOf(0));
      for (let k = 0; k < selections.length; k++) {
        bodies?.prepare(articlesOf(k + 1)); // made while this run renders
        const elev = eleventy(staging, { load: async () => db, only: selections[k], standalone: false, searchShardRecords: options.searchShardRecords, bodies: bodies ?? undefined });
        await elev.write();
      }
    } finally {
      await bodies?.close();
    }
    started.addThread(); // rendering is done: the shards still to index can go two at a time
    await json;
    const rendered = walk(staging).filter((f) => !f.startsWith(`${SEARCH_DIR}/`));
    lap("render");
    stages.search = await indexing;
    lap("search wait");
    const indexed = Object.fromEntries(staleShards.map((s) => [s.name, { hash: s.hash, files: walk(path.join(searchRoot, s.name)) }]));

    if (!prev) {
      // Cold: the staged folder is the whole site.
      const html = rendered.filter((f) => f.endsWith(".html"));
      await writeFile(path.join(staging, MANIFEST), JSON.stringify(manifestOf(rendered, indexed)));
      const previous = `${target}.old-${process.pid}`;
      if (existsSync(target)) await rename(target, previous);
      await rename(staging, target);
      await rm(previous, { recursive: true, force: true });
      lap("write");
      return {
        written: rendered.length, unchanged: 0, removed: 0, pages: html.length,
        shards: { indexed: staleShards.length, total: shards.length }, stages,
      };
    }

    // Incremental: the new site is the previous one, less deleted records' pages (and site-wide
    // files no longer rendered), plus what was rendered now.
    const renderedSet = new Set(rendered);
    const keptSite = siteDirty ? [] : prev.files;
    const staleSite = siteDirty ? prev.files.filter((f) => !renderedSet.has(f)) : [];
    const files = new Set([...plan.pages.map((p) => p.file), ...keptSite, ...rendered]);
    const search = Object.fromEntries(shards.map((s) => [s.name, indexed[s.name] ?? prev.search[s.name]!]));

    // Nothing below can fail for a reason of the build's own; the manifest goes first, so an
    // interrupted move leaves no manifest and the next build is a cold one.
    await rm(path.join(target, MANIFEST), { force: true });
    let written = 0;
    for (const f of rendered) if (await put(staging, target, f)) written++;
    for (const f of [...gone, ...staleSite]) await remove(target, f);
    for (const s of staleShards) {
      const from = path.join(searchOut, s.name), to = path.join(target, SEARCH_DIR, s.name);
      for (const f of indexed[s.name]!.files) await put(from, to, f);
      const keep = new Set(indexed[s.name]!.files);
      for (const f of prev.search[s.name]?.files ?? []) if (!keep.has(f)) await remove(to, f);
    }
    for (const name of goneShards) {
      for (const f of prev.search[name]!.files) await remove(path.join(target, SEARCH_DIR, name), f);
    }
    await writeFile(path.join(target, MANIFEST), JSON.stringify(manifestOf([...files], search)));
    lap("write");
    return {
      written, unchanged: files.size - written, removed: gone.length + staleSite.length,
      pages: [...files].filter((f) => f.endsWith(".html")).length,
      shards: { indexed: staleShards.length, total: shards.length }, stages,
    };
  } finally {
    // If rendering failed, let Pagefind and the JSON writes finish before their folders are removed.
    await indexing?.catch(() => 0);
    await json?.catch(() => {});
    await rm(staging, { recursive: true, force: true });
    await rm(searchOut, { recursive: true, force: true });
  }
}
