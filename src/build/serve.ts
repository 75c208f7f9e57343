import { watch, type FSWatcher } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import EleventyDevServer from "@11ty/eleventy-dev-server";
import { buildSite, openCache, type BuildOptions } from "../site/index.ts";

/** A change is built once the seeds folder has been quiet this long (a copy in progress is not). */
const SETTLE_MS = 300;
/** Seeds with problems are looked at again this often, this many times, in case they were half written. */
const RETRY_MS = 1_000;
const RETRIES = 5;

/**
 * Size and mtime of every seed: a build starts only when two looks SETTLE_MS apart agree, so a
 * file still being copied is not read half-way (and if it is, the retry below catches it).
 */
async function signature(dir: string, only?: ReadonlySet<string>): Promise<string> {
  const names = (await readdir(dir, { recursive: true }).catch(() => [] as string[])).sort();
  const rows = await Promise.all(names.filter((n) => !only || only.has(n)).map(async (n) => {
    const s = await stat(path.join(dir, n)).catch(() => null);
    return s?.isFile() ? `${n}\0${s.size}\0${s.mtimeMs}` : "";
  }));
  return rows.join("\n");
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Serves `outDir` on 127.0.0.1 and rebuilds (incrementally) when a seed is added, changed or
 * removed, then reloads the browser. A build that fails is reported and the previous site
 * keeps being served; seeds with problems are retried a few times, since a file caught while
 * being written usually reads fine a moment later.
 */
export async function serveSite(opts: Omit<BuildOptions, "outDir"> & { outDir?: string; port?: number }): Promise<void> {
  const outDir = path.resolve(opts.outDir ?? "_site");
  const seeds = path.resolve(opts.seedsDir);
  // One cache for every rebuild, keeping the last build's records in memory.
  const cache = opts.cache ?? openCache(opts.cacheDir, { inMemory: true });
  const build = async (): Promise<string[]> => {
    try {
      const r = await buildSite({ ...opts, outDir, cache });
      return r.problems.map((p) => p.file);
    } catch (error) {
      console.error(`crosswire: build failed, still serving the previous site: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    }
  };
  await build();

  const server = EleventyDevServer.getServer("crosswire", outDir, { liveReload: true, domDiff: false });
  // The dev server listens on every interface; a local preview of scraped text should not.
  server._serverListen = function (this: EleventyDevServer, port: number) {
    this.server.listen({ port, host: "127.0.0.1" });
  };
  server.serve(opts.port ?? 8080);

  let running = false;
  let pending = false;
  let retry: { files: Set<string>; left: number; last: string } | null = null;
  const rebuild = async (): Promise<void> => {
    if (running) {
      pending = true;
      return;
    }
    running = true;
    try {
      do {
        pending = false;
        // Wait for the folder to settle: copies in progress change size or mtime between looks.
        for (let before = await signature(seeds); ;) {
          await sleep(SETTLE_MS);
          const after = await signature(seeds);
          if (after === before) break;
          before = after;
        }
        const troubled = await build();
        server.reload({ files: [] });
        const files = new Set(troubled.filter((f) => f && !path.isAbsolute(f)));
        retry = files.size ? { files, left: RETRIES, last: await signature(seeds, files) } : null;
      } while (pending);
    } finally {
      running = false;
    }
  };

  const watcher: FSWatcher = watch(seeds, { recursive: true }, () => void rebuild());
  watcher.on("error", (error) => console.error(`crosswire: watching ${seeds}: ${error.message}`));
  // Seeds that had problems: rebuild if they change within the next few seconds (a slow copy
  // may not trigger another watch event on every platform).
  setInterval(() => {
    if (!retry || running) return;
    const r = retry;
    void signature(seeds, r.files).then((now) => {
      if (now !== r.last) void rebuild();
      else if (--r.left <= 0) retry = null;
    });
  }, RETRY_MS).unref();
  console.log(`crosswire: serving ${path.relative(process.cwd(), outDir) || "."} at http://127.0.0.1:${opts.port ?? 8080}/, watching ${path.relative(process.cwd(), seeds) || "."}`);
}
