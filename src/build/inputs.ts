import { createHash } from "node:crypto";
import type { Problem, SourceDoc } from "../model/index.ts";
import { siteUrl } from "../site/urls.ts";
import { hashProjectFiles } from "./manifest.ts";

/** The code a build's output depends on: all of it, linking included, and the locked dependencies. */
const CODE = ["src", "templates", ".eleventy.ts", "package-lock.json"];

let code: string | null = null;
/**
 * A hash of CODE as this process loaded it (once: a serving process keeps running the code it
 * started with), with Node's version and ICU's, which orders names in the indexes.
 */
function codeVersion(): string {
  code ??= hashProjectFiles(createHash("sha256").update(`${process.version}\0${process.versions.icu ?? ""}\0`), CODE).digest("hex");
  return code;
}

/**
 * Everything a build's output is made from: the code, the site's URL, each seed's path and
 * content hash, the problems reading the seeds raised, and the options that shape the site.
 * Builds with the same inputs write the same bytes, so a build whose inputs equal its site's
 * need not run at all.
 */
export function buildInputs(sources: readonly SourceDoc[], problems: readonly Problem[], options: { searchShardRecords?: number }): string {
  const hash = createHash("sha256").update(`${codeVersion()}\0${siteUrl()}\0`);
  for (const s of sources) hash.update(`${s.file}\0${s.contentHash}\n`);
  return hash.update(JSON.stringify([problems, options.searchShardRecords ?? null])).digest("hex").slice(0, 32);
}
