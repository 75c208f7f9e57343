import { statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Corpus, Problem } from "./model/index.ts";
import { toExtractJson } from "./output/extract-json.ts";
import { reportProblems as report } from "./output/problems.ts";
import { buildCorpus, extractAll } from "./pipeline.ts";
import { readSeed } from "./ingest/index.ts";

const USAGE = `crosswire <command> [options]

  build [--seeds DIR] [--out DIR] [--strict] [--clean]   build the site (default seeds/ → _site/)
  serve [--seeds DIR] [--out DIR] [--port N]             serve locally, rebuild when seeds change
  extract PATH [--json]                                  print the records of a seed file or folder
  check [--seeds DIR] [--strict]                         validate seeds without building

  --strict      any problem with a seed fails the command (exit 1)
  --max-bytes N skip seeds larger than N bytes (default 5 MB)`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    seeds: { type: "string", default: "seeds" },
    out: { type: "string", default: "_site" },
    port: { type: "string", default: "8080" },
    json: { type: "boolean", default: false },
    strict: { type: "boolean", default: false },
    clean: { type: "boolean", default: false },
    "max-bytes": { type: "string" },
    help: { type: "boolean", short: "h", default: false },
  },
});
const [command, target] = positionals;
const ingestOptions = values["max-bytes"] ? { maxBytes: Number(values["max-bytes"]) } : {};

/** A file is extracted on its own; a folder as a corpus (linked across its articles). */
async function extractPath(target: string): Promise<Corpus> {
  if (!statSync(target).isFile()) return buildCorpus(target, ingestOptions);
  const { source, problems } = readSeed(path.dirname(target), path.basename(target), ingestOptions);
  return extractAll(source ? [source] : [], problems);
}

async function main(): Promise<number> {
  if (values.help || !command) {
    console.log(USAGE);
    return command || values.help ? 0 : 2;
  }
  // Without --strict a bad seed costs only itself; with it, any problem fails the command.
  const failOn = (problems: readonly Problem[]): number => (values.strict && problems.length > 0 ? 1 : 0);
  switch (command) {
    case "extract": {
      if (!target) throw new Error("extract needs a file or folder");
      const corpus = await extractPath(target);
      report(corpus.problems);
      console.log(values.json ? JSON.stringify(toExtractJson(corpus), null, 2) : summary(corpus));
      return failOn(corpus.problems);
    }
    case "check": {
      const corpus = await buildCorpus(values.seeds, ingestOptions);
      report(corpus.problems);
      console.log(summary(corpus));
      return failOn(corpus.problems);
    }
    case "build": {
      const { buildSite } = await import("./site/index.ts");
      const result = await buildSite({ seedsDir: values.seeds, outDir: values.out, strict: values.strict, clean: values.clean, ...ingestOptions });
      return result.ok ? 0 : 1;
    }
    case "serve": {
      const { serveSite } = await import("./build/serve.ts");
      await serveSite({ seedsDir: values.seeds, outDir: values.out, port: Number(values.port), ...ingestOptions });
      return 0;
    }
    default:
      console.error(`unknown command: ${command}\n\n${USAGE}`);
      return 2;
  }
}

const summary = (c: Corpus): string =>
  `${c.articles.length} articles, ${c.people.length} people, ${c.statements.length} statements, ${c.stories.length} stories, ${c.problems.length} problems`;

main().then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    console.error(`crosswire: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
