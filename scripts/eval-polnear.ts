// `npm run eval`: claim extraction on PolNeAR dev, scored by ../shared/tools/score-polnear.mjs,
// side by side with the compromise baseline; then the time to extract all 924 articles.
//   --split train|dev    which split to score (default dev; tune on train)
//   --in-process         skip the CLI's linking stage (same cleaning and extraction, no linking)
//   --no-timing          skip the 924-article timing run
//   --no-baseline        skip the baseline (it is slow: compromise parses every article)
//   --save FILE          keep our extract JSON for error analysis
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { baselineDir } from "./baseline-compromise.ts";
import { prepareArticle, completeArticle } from "../src/pipeline.ts";
import { readSeeds } from "../src/ingest/index.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const corpus = path.resolve(root, "../shared/corpora/polnear");
const scorer = path.resolve(root, "../shared/tools/score-polnear.mjs");
const args = process.argv.slice(2);
const split = args.includes("--split") ? args[args.indexOf("--split") + 1]! : "dev";
const inProcess = args.includes("--in-process");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "crosswire-eval-"));

/** Ours, as the scorer reads it: through the CLI (the real pipeline), or in process without linking. */
function extract(textDir: string): { json: string; ms: number } {
  const t0 = performance.now();
  if (!inProcess) {
    const json = execFileSync(process.execPath, [path.join(root, "bin/crosswire.js"), "extract", textDir, "--json"], { maxBuffer: 1 << 30, encoding: "utf8" });
    return { json, ms: performance.now() - t0 };
  }
  const { sources } = readSeeds(textDir);
  const articles = sources.map((s, i) => completeArticle(prepareArticle(s), `a${i}`)).map((a) => ({ file: a.file, claims: a.claims }));
  return { json: JSON.stringify({ articles }), ms: performance.now() - t0 };
}

function score(label: string, json: string, corpusDir = path.join(corpus, split)): string[] {
  const file = path.join(tmp, `${label}.json`);
  fs.writeFileSync(file, json);
  const r = spawnSync(process.execPath, [scorer, "--pred", file, "--corpus", corpusDir], { encoding: "utf8" });
  return r.stdout.trim().split("\n");
}

/**
 * The scorer calls gold content direct only when it holds ["“”], so NYT's '' quotation marks
 * count as indirect gold. A copy of the split's attributions/ (all the scorer reads from --corpus)
 * with '' written " in the T-lines' text column, offsets unchanged, scores them as direct.
 */
function nytVariantCorpus(): string {
  const dir = path.join(tmp, "corpus-nyt-quotes");
  const from = path.join(corpus, split, "attributions"), to = path.join(dir, "attributions");
  fs.mkdirSync(to, { recursive: true });
  for (const f of fs.readdirSync(from)) {
    const lines = fs.readFileSync(path.join(from, f), "utf8").split("\n").map((line) => {
      const cols = line.split("\t");
      if (!line.startsWith("T") || cols.length < 3) return line;
      cols[2] = cols[2]!.replaceAll("''", '"');
      return cols.join("\t");
    });
    fs.writeFileSync(path.join(to, f), lines.join("\n"));
  }
  return dir;
}

const ours = extract(path.join(corpus, split, "text"));
if (args.includes("--save")) fs.writeFileSync(args[args.indexOf("--save") + 1]!, ours.json);
const withBaseline = !args.includes("--no-baseline");
const rows = [score("crosswire", ours.json), withBaseline ? score("baseline", JSON.stringify(baselineDir(path.join(corpus, split, "text")))) : ["(skipped)"]];
console.log(`PolNeAR ${split} (${inProcess ? "in process, no linking" : "crosswire extract CLI"})`);
console.log("crosswire:");
for (const l of rows[0]!) console.log(`  ${l}`);
console.log("crosswire, same, counting NYT's '' as quotation marks (scorer variant):");
for (const l of score("crosswire-nyt", ours.json, nytVariantCorpus())) console.log(`  ${l}`);
console.log("baseline (compromise quotations(), nearest person in the sentence):");
for (const l of rows[1]!) console.log(`  ${l}`);

if (!args.includes("--no-timing")) {
  // All 924 articles (train + dev) in one folder, extracted the same way.
  const all = path.join(tmp, "all");
  fs.mkdirSync(all);
  for (const s of ["train", "dev"]) for (const f of fs.readdirSync(path.join(corpus, s, "text"))) fs.copyFileSync(path.join(corpus, s, "text", f), path.join(all, f));
  const n = fs.readdirSync(all).length;
  const { ms } = extract(all);
  console.log(`extraction of ${n} articles: ${(ms / 1000).toFixed(1)} s (${(ms / n).toFixed(1)} ms/article, ${inProcess ? "in process" : "CLI incl. start-up and linking"})`);
}
fs.rmSync(tmp, { recursive: true, force: true });
