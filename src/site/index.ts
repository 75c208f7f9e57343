import { existsSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import EleventyDevServer from "@11ty/eleventy-dev-server";
import { crosswire, TEMPLATES, type SiteSource } from "../../.eleventy.ts";
import type { Corpus, Problem } from "../model/index.ts";
import { buildCorpus } from "../pipeline.ts";


export interface BuildOptions {
  seedsDir: string;
  outDir: string;
  /** Any problem with a seed fails the build, leaving the previous site in place. */
  strict?: boolean;
  /** Accepted for the CLI; every build is currently a full one. */
  clean?: boolean;
  maxBytes?: number;
}

function report(problems: readonly Problem[]): void {
  for (const p of problems) console.error(`${p.severity}: ${p.file}: ${p.message}`);
}

function eleventy(outDir: string, source: SiteSource, runMode: "build" | "serve"): Eleventy {
  return new Eleventy(TEMPLATES, outDir, { quietMode: true, runMode, config: crosswire(source) });
}

/**
 * Renders a corpus into `outDir`. The site is built beside it and swapped in at the end, so a
 * failed build leaves the previous site intact.
 */
export async function renderSite(corpus: Corpus, outDir: string): Promise<{ pages: number }> {
  const target = path.resolve(outDir);
  const tmp = `${target}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  try {
    const [, templates] = await eleventy(tmp, { load: async () => corpus }, "build").write();
    const pages = templates.filter((t) => t.outputPath && t.outputPath.endsWith(".html")).length;
    const old = `${target}.old-${process.pid}`;
    if (existsSync(target)) await rename(target, old);
    await rename(tmp, target);
    await rm(old, { recursive: true, force: true });
    return { pages };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

export async function buildSite(opts: BuildOptions): Promise<{ ok: boolean; pages: number }> {
  const corpus = await buildCorpus(opts.seedsDir, opts.maxBytes ? { maxBytes: opts.maxBytes } : {});
  report(corpus.problems);
  if (opts.strict && corpus.problems.length) {
    console.error(`crosswire: ${corpus.problems.length} problem(s) with seeds; --strict leaves ${opts.outDir} as it was`);
    return { ok: false, pages: 0 };
  }
  const { pages } = await renderSite(corpus, opts.outDir);
  console.log(`${corpus.articles.length} articles, ${corpus.people.length} people, ${corpus.statements.length} statements, `
    + `${corpus.stories.length} stories, ${pages} pages → ${opts.outDir}, ${corpus.problems.length} problems`);
  return { ok: true, pages };
}

/**
 * The dev server listens on every interface; a local preview of scraped text should not.
 * Eleventy only lets a custom server come from node_modules, so its listen call is narrowed here.
 */
function listenOnLoopbackOnly(): void {
  EleventyDevServer.prototype._serverListen = function (this: EleventyDevServer, port: number) {
    this.server.listen({ port, host: "127.0.0.1" });
  };
}

/** Serves `_site/` on 127.0.0.1 and rebuilds (corpus included) when a seed is added, changed or removed. */
export async function serveSite(opts: { seedsDir: string; port?: number; outDir?: string }): Promise<void> {
  listenOnLoopbackOnly();
  const load = async () => {
    const corpus = await buildCorpus(opts.seedsDir);
    report(corpus.problems);
    return corpus;
  };
  const elev = eleventy(opts.outDir ?? "_site", { load, watch: opts.seedsDir }, "serve");
  await elev.init();
  const rebuild = await elev.watch();
  // Eleventy only logs a deleted file; a removed seed must drop its article, so rebuild.
  const seeds = path.resolve(opts.seedsDir);
  elev.watcher.on("unlink", (file) => {
    if (path.resolve(file).startsWith(seeds + path.sep)) void rebuild(file);
  });
  await elev.serve(opts.port ?? 8080);
}
