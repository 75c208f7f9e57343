import { benchLink, formatLinkBench } from "./link.ts";

// Each benchmark is one part: it returns a report and says whether it met its limit.
const parts = [() => { const r = benchLink(); return { text: formatLinkBench(r), ok: r.ok }; }];

let ok = true;
for (const run of parts) {
  const { text, ok: partOk } = run();
  console.log(text);
  ok &&= partOk;
}
process.exitCode = ok ? 0 : 1;
