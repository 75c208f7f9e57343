/**
 * One measured step of the bench, run in its own process so its peak memory is its own:
 *   build SEEDS OUT CACHE [clean]   → BuildStats as JSON
 *   baseline WORKDIR PAGES          → { seconds, peakMb } for bare Eleventy
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { peakMb } from "../src/build/summary.ts";
import { buildSite } from "../src/site/index.ts";
import { bareEleventy } from "./eleventy-baseline.ts";
import { POLNEAR_TRAIN } from "./generate-corpus.ts";

const [mode, a, b, c, d] = process.argv.slice(2);
if (mode === "build") {
  const r = await buildSite({ seedsDir: a!, outDir: b!, cacheDir: c!, clean: d === "clean", quiet: true });
  if (!r.ok || !r.stats) throw new Error("build failed");
  console.log(JSON.stringify({ ...r.stats, pages: r.pages }));
} else if (mode === "baseline") {
  const texts = readdirSync(POLNEAR_TRAIN).sort().map((f) => readFileSync(path.join(POLNEAR_TRAIN, f), "utf8"));
  const seconds = await bareEleventy(a!, Number(b), texts);
  console.log(JSON.stringify({ seconds, peakMb: peakMb() }));
} else {
  throw new Error(`unknown mode ${mode}`);
}
