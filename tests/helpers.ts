import { createHash } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Paragraph, SourceDoc } from "../src/model/index.ts";

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

/** The same for a Markdown seed without front matter. */
export const markdownSource = (file: string, text: string): SourceDoc => ({ ...textSource(file, text), format: "md" });

/** Each non-blank line is a paragraph; the first is the heading. Offsets index the text. */
export function lineParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let at = 0;
  for (const line of text.split("\n")) {
    if (line.trim()) out.push({ start: at, end: at + line.length, kind: out.length === 0 ? "heading" : "paragraph", text: line });
    at += line.length + 1;
  }
  return out;
}
