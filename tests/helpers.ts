import { createHash } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { SourceDoc } from "../src/model/index.ts";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** `../shared` beside the repo, as CI has it. */
export const sharedDir = path.resolve(repoRoot, "..", "shared");

/** A plain-text source straight from a string, for stage tests that need no ingest. */
export function textSource(file: string, text: string): SourceDoc {
  return {
    file, format: "txt", encoding: "utf-8", text, bodyStart: 0, frontMatter: {},
    contentHash: createHash("sha256").update(text).digest("hex"),
  };
}
