import { createHash, type Hash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { extractorVersion } from "../cache/version.ts";
import { Problem } from "../model/index.ts";
import { siteUrl } from "../site/urls.ts";

/** Kept inside the site folder, so the site and the record of how it was built change together. */
export const MANIFEST = ".crosswire-build.json";

export const Manifest = z.object({
  /** Hash of the code and templates that render pages: any change makes the next build cold. */
  renderer: z.string(),
  siteHash: z.string(),
  /** Record pages: output file → hash of the data it was rendered from. */
  pages: z.record(z.string(), z.string()),
  /** Every other file the renderer wrote (site-wide pages, feeds, API, assets). */
  files: z.array(z.string()),
  /** Search index shards (`pagefind/NAME/`): hash of the records indexed and the files written. */
  search: z.record(z.string(), z.object({ hash: z.string(), files: z.array(z.string()) })),
  /** What the site was built from (src/build/inputs.ts); null when the caller did not say. */
  inputs: z.string().nullable(),
  /** The corpus's counts and problems, reported again by a build that finds its inputs unchanged. */
  corpus: z.object({ articles: z.number(), people: z.number(), statements: z.number(), problems: z.array(Problem) }),
});
export type Manifest = z.infer<typeof Manifest>;

/** The manifest of the site in `siteDir`, or null when there is none or it cannot be trusted. */
export function readManifest(siteDir: string): Manifest | null {
  try {
    return Manifest.parse(JSON.parse(readFileSync(path.join(siteDir, MANIFEST), "utf8")));
  } catch {
    return null;
  }
}

const root = path.resolve(import.meta.dirname, "../..");

/** Feeds `hash` every file under `entries` (folders and files of the project), by path then bytes. */
export function hashProjectFiles(hash: Hash, entries: readonly string[]): Hash {
  for (const entry of entries) {
    const full = path.join(root, entry);
    const files = entry.includes(".") ? [""] : readdirSync(full, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile()).map((e) => path.relative(full, path.join(e.parentPath, e.name))).sort();
    for (const f of files) hash.update(`${entry}/${f}\0`).update(readFileSync(path.join(full, f)));
  }
  return hash;
}

/**
 * What rendering depends on besides the corpus: templates, site code, the model, the order lists
 * are sorted in (src/order.ts), the lockfile, and the extractor (page hashes stand for an
 * article's extracted text by its content hash).
 */
const RENDERER = ["templates", "src/site", "src/build", "src/model", "src/order.ts", ".eleventy.ts", "package-lock.json"];

export function rendererVersion(): string {
  // The site's URL is in every feed, the sitemap and JSON-LD, and ICU formats dates and orders
  // names: a new one of either renders every page.
  const hash = createHash("sha256").update(`${extractorVersion()}\0${siteUrl()}\0${process.versions.icu ?? ""}\0`);
  return hashProjectFiles(hash, RENDERER).digest("hex").slice(0, 16);
}
