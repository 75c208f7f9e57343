import { appendFileSync, mkdirSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir, totalmem } from "node:os";
import path from "node:path";
import type { BuildStats } from "../src/build/summary.ts";
import { generateCorpus, POLNEAR_TRAIN, seedName, variant } from "./generate-corpus.ts";
import { runMeasured } from "./process-tree.ts";

/** A build's stats with its page count and the peak memory of its whole process tree. */
type Stats = BuildStats & { pages: number; treePeakMb: number };
interface Row {
  articles: number;
  /** Nothing cached, no previous site. */
  cold: Stats;
  /** The same seeds again: the site's manifest shows its inputs unchanged. */
  same: Stats;
  add: Stats;
  change: Stats;
  remove: Stats;
  /** `--clean` on the same seeds: every page rendered again, extraction served from the cache. */
  clean: Stats;
  baseline: { seconds: number; treePeakMb: number };
}

const child = path.join(import.meta.dirname, "child.ts");
async function run<T extends { peakMb: number }>(...args: string[]): Promise<T & { treePeakMb: number }> {
  // One Node process with tsx loaded in it, as `npm run build` runs (the tsx command would add a
  // second, supervising process to the measured tree).
  const { stdout, treePeakMb } = await runMeasured(process.execPath, ["--import", "tsx", child, ...args]);
  const result = JSON.parse(stdout.trim().split("\n").at(-1)!) as T;
  // Without /proc only the main process's own peak is known.
  return { ...result, treePeakMb: treePeakMb ?? result.peakMb };
}

/**
 * Cold build, a rebuild with nothing changed, then one article added, one changed, one deleted,
 * each rebuilt, then a `--clean` rebuild; then bare Eleventy for as many pages.
 */
export async function benchSize(count: number, root: string): Promise<Row> {
  const dir = path.join(root, String(count));
  const seeds = path.join(dir, "seeds"), site = path.join(dir, "_site"), cache = path.join(dir, "cache");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  generateCorpus(seeds, count);
  const build = (clean = false) => run<BuildStats & { pages: number }>("build", seeds, site, cache, ...(clean ? ["clean"] : []));
  const cold = await build();
  const same = await build();
  const texts = readdirSync(POLNEAR_TRAIN).sort().map((f) => readFileSync(path.join(POLNEAR_TRAIN, f), "utf8"));
  writeFileSync(path.join(seeds, seedName(count)), variant(texts[count % texts.length]!, count + texts.length * 7, texts.length));
  const add = await build();
  appendFileSync(path.join(seeds, seedName(0)), "\n\nThe spokesman said on Friday that talks would resume next week.\n");
  const change = await build();
  unlinkSync(path.join(seeds, seedName(1)));
  const remove = await build();
  const clean = await build(true);
  const baseline = await run<{ seconds: number; peakMb: number }>("baseline", path.join(dir, "baseline"), String(cold.pages));
  rmSync(dir, { recursive: true, force: true });
  return { articles: count, cold, same, add, change, remove, clean, baseline };
}

const s = (x: number) => x.toFixed(1);
const stageList = (st: Stats) => Object.entries(st.stages).map(([k, v]) => `${k} ${s(v)}`).join(", ");

export function formatBuildBench(rows: readonly Row[], machine: string, folder: string): { text: string; ok: boolean } {
  const lines = [
    `build bench (${machine}; in ${folder}; peak memory is the whole process tree's: workers, Pagefind, children)`,
    "",
    "| articles | pages | cold build (nothing cached) | peak memory | bare Eleventy, same pages | cold / bare | `--clean` rebuild (extraction cached) / bare | nothing changed | add one: time (% of cold), written | change one | delete one |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  let ok = true;
  for (const r of rows) {
    const ratio = r.cold.seconds / r.baseline.seconds;
    const addShare = r.add.seconds / r.cold.seconds;
    lines.push(`| ${r.articles} | ${r.cold.pages} | ${s(r.cold.seconds)} s | ${r.cold.treePeakMb} MB | ${s(r.baseline.seconds)} s (${r.baseline.treePeakMb} MB) | ${ratio.toFixed(2)}× `
      + `| ${s(r.clean.seconds)} s, ${(r.clean.seconds / r.baseline.seconds).toFixed(2)}× `
      + `| ${s(r.same.seconds)} s, ${r.same.written} `
      + `| ${s(r.add.seconds)} s (${(100 * addShare).toFixed(0)}%), ${r.add.written} | ${s(r.change.seconds)} s, ${r.change.written} | ${s(r.remove.seconds)} s, ${r.remove.written} (${r.remove.removed} removed) |`);
    if (r.articles >= 10_000) ok &&= ratio <= 2 && r.cold.treePeakMb < 2048 && addShare < 0.1;
  }
  lines.push("");
  for (const r of rows) {
    lines.push(`${r.articles} articles, stages in seconds (search runs alongside render; "search wait" is the time after it): cold: ${stageList(r.cold)}`);
    lines.push(`  add one: ${stageList(r.add)}; change one: ${stageList(r.change)}; delete one: ${stageList(r.remove)}; --clean: ${stageList(r.clean)}`);
    lines.push(`  search shards re-indexed: add ${r.add.shards.indexed}/${r.add.shards.total}, change ${r.change.shards.indexed}/${r.change.shards.total}, delete ${r.remove.shards.indexed}/${r.remove.shards.total}`);
  }
  const measured = rows.some((r) => r.articles >= 10_000);
  lines.push(`targets at 10,000 articles (cold ≤ 2× bare Eleventy, peak < 2 GB, add one < 10% of cold): ${!measured ? "not measured in this run" : ok ? "met" : "NOT MET"}`);
  return { text: lines.join("\n"), ok };
}

/**
 * Sizes are benchmarked in `$TMPDIR/crosswire-bench`. Every step writes tens of thousands of small
 * files, and on some disks that alone swings by tens of seconds between runs (on the machine of
 * the README's figures, 30,000 files took 10–31 s to write, 0.4 s on tmpfs), so `TMPDIR=/dev/shm`
 * measures the builds without the disk.
 */
export async function benchBuild(sizes: readonly number[] = [1_000, 10_000]): Promise<{ text: string; ok: boolean }> {
  const root = path.join(tmpdir(), "crosswire-bench");
  const rows: Row[] = [];
  for (const n of sizes) rows.push(await benchSize(n, root));
  return formatBuildBench(rows, `${availableParallelism()} cores, ${Math.round(totalmem() / 2 ** 30)} GiB`, root);
}
