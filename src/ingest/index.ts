import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { FrontMatter, type Problem, type SourceDoc } from "../model/index.ts";

export interface ReadSeedsOptions { maxBytes?: number }

/** Reads every seed under `dir`. STUB: minimal UTF-8 version, replaced by the ingest work. */
export function readSeeds(dir: string, _options: ReadSeedsOptions = {}): { sources: SourceDoc[]; problems: Problem[] } {
  const sources: SourceDoc[] = [];
  for (const name of readdirSync(dir).sort()) {
    const bytes = readFileSync(path.join(dir, name));
    const text = bytes.toString("utf8");
    const md = name.endsWith(".md");
    const fm = md ? matter(text) : null;
    sources.push({
      file: name, format: md ? "md" : "txt", contentHash: createHash("sha256").update(bytes).digest("hex"),
      encoding: "utf-8", text, bodyStart: fm ? text.length - fm.content.length : 0,
      frontMatter: fm ? FrontMatter.parse(fm.data) : {},
    });
  }
  return { sources, problems: [] };
}
