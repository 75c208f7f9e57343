import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The code a cached article record depends on: every stage up to claims, and the model. */
const STAGES = ["model", "ingest", "clean", "extract"];
const srcDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/**
 * A hash of the per-article stages' source files. A change to any of them changes the key of
 * every cached record, so a cache can never serve records an older extractor produced.
 */
export function extractorVersion(): string {
  const hash = createHash("sha256");
  for (const stage of STAGES) {
    for (const file of (readdirSync(path.join(srcDir, stage), { recursive: true }) as string[]).sort()) {
      if (!file.endsWith(".ts")) continue;
      hash.update(file).update(readFileSync(path.join(srcDir, stage, file)));
    }
  }
  return hash.digest("hex").slice(0, 16);
}
