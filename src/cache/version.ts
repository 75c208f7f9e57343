import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The code a cached article record depends on: every stage up to claims, the model, the slug
 * function and the pipeline that chains them (folders and files under src/).
 */
const STAGES = ["model", "ingest", "clean", "extract", "ids.ts", "pipeline.ts"];
const srcDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/**
 * A hash of the per-article stages' source files. A change to any of them changes the key of
 * every cached record, so a cache can never serve records an older extractor produced.
 */
export function extractorVersion(): string {
  const hash = createHash("sha256");
  for (const stage of STAGES) {
    const full = path.join(srcDir, stage);
    const files = stage.endsWith(".ts") ? [""] : (readdirSync(full, { recursive: true }) as string[]).filter((f) => f.endsWith(".ts")).sort();
    for (const file of files) hash.update(`${stage}/${file}`).update(readFileSync(path.join(full, file)));
  }
  return hash.digest("hex").slice(0, 16);
}
