import { execFileSync } from "node:child_process";
import { appendFileSync, mkdirSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir, totalmem } from "node:os";
import path from "node:path";
import type { BuildStats } from "../src/build/summary.ts";
import { generateCorpus, POLNEAR_TRAIN, seedName, variant } from "./generate-corpus.ts";

type Stats = BuildStats & { pages: number };
interface Row {
  articles: number;
  cold: Stats;
  add: Stats;
  change: Stats;
  remove: Stats;
  baseline: { seconds: number; peakMb: number };
}

const child = path.join(import.meta.dirname, "child.ts");
const tsx = path.join(import.meta.dirname, "..", "node_modules", ".bin", "tsx");
function run<T>(...args: string[]): T {
  const out = execFileSync(tsx, [child, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 1 << 26 });
  return JSON.parse(out.trim().split("\n").at(-1)!) as T;
}

/** Cold build, then one article added, one changed, one deleted, each rebuilt; then bare Eleventy for as many pages. */
export function benchSize(count: number, root: string): Row {
  const dir = path.join(root, String(count));
  const seeds = path.join(dir, "seeds"), site = path.join(dir, "_site"), cache = path.join(dir, "cache");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  generateCorpus(seeds, count);
  const build = () => run<Stats>("build", seeds, site, cache);
  const cold = build();
  const texts = readdirSync(POLNEAR_TRAIN).sort().map((f) => readFileSync(path.join(POLNEAR_TRAIN, f), "utf8"));
  writeFileSync(path.join(seeds, seedName(count)), variant(texts[count % texts.length]!, count + texts.length * 7, texts.length));
  const add = build();
  appendFileSync(path.join(seeds, seedName(0)), "\n\nThe spokesman said on Friday that talks would resume next week.\n");
  const change = build();
  unlinkSync(path.join(seeds, seedName(1)));
  const remove = build();
  const baseline = run<{ seconds: number; peakMb: number }>("baseline", path.join(dir, "baseline"), String(cold.pages));
  rmSync(dir, { recursive: true, force: true });
  return { articles: count, cold, add, change, remove, baseline };
}

const s = (x: number) => x.toFixed(1);
const stageList = (st: Stats) => Object.entries(st.stages).map(([k, v]) => `${k} ${s(v)}`).join(", ");

export function formatBuildBench(rows: readonly Row[], machine: string): { text: string; ok: boolean } {
  const lines = [
    `build bench (${machine})`,
    "",
    "| articles | pages | cold build | peak memory | bare Eleventy, same pages | cold / bare | add one: time (% of cold), written | change one | delete one |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  let ok = true;
  for (const r of rows) {
    const ratio = r.cold.seconds / r.baseline.seconds;
    const addShare = r.add.seconds / r.cold.seconds;
    lines.push(`| ${r.articles} | ${r.cold.pages} | ${s(r.cold.seconds)} s | ${r.cold.peakMb} MB | ${s(r.baseline.seconds)} s (${r.baseline.peakMb} MB) | ${ratio.toFixed(2)}× `
      + `| ${s(r.add.seconds)} s (${(100 * addShare).toFixed(0)}%), ${r.add.written} | ${s(r.change.seconds)} s, ${r.change.written} | ${s(r.remove.seconds)} s, ${r.remove.written} (${r.remove.removed} removed) |`);
    if (r.articles >= 10_000) ok &&= ratio <= 2 && r.cold.peakMb < 2048 && addShare < 0.1;
  }
  lines.push("");
  for (const r of rows) {
    lines.push(`${r.articles} articles, stages in seconds: cold: ${stageList(r.cold)}`);
    lines.push(`  add one: ${stageList(r.add)}; change one: ${stageList(r.change)}; delete one: ${stageList(r.remove)}`);
  }
  const measured = rows.some((r) => r.articles >= 10_000);
  lines.push(`targets at 10,000 articles (cold ≤ 2× bare Eleventy, peak < 2 GB, add one < 10% of cold): ${!measured ? "not measured in this run" : ok ? "met" : "NOT MET"}`);
  return { text: lines.join("\n"), ok };
}

export function benchBuild(sizes: readonly number[] = [1_000, 10_000]): { text: string; ok: boolean } {
  const root = path.join(tmpdir(), "crosswire-bench");
  const rows = sizes.map((n) => benchSize(n, root));
  return formatBuildBench(rows, `${availableParallelism()} cores, ${Math.round(totalmem() / 2 ** 30)} GiB`);
}
