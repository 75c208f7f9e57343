import { benchBuild } from "./build.ts";
import { benchLink, formatLinkBench } from "./link.ts";

// Each benchmark is one part: it returns a report and says whether it met its limit.
// BENCH_SIZES=1000 runs the build bench at that size only (a quick look; the figures need both).
const sizes = (process.env.BENCH_SIZES ?? "1000,10000").split(",").map(Number);
const parts = [
  async () => { const r = await benchLink(); return { text: formatLinkBench(r), ok: r.ok }; },
  () => benchBuild(sizes),
];

let ok = true;
for (const run of parts) {
  const { text, ok: partOk } = await run();
  console.log(text);
  ok &&= partOk;
}
process.exitCode = ok ? 0 : 1;
