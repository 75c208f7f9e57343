import { link, mkdir, rm } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";

/**
 * Builds the Pagefind index of the HTML pages under `siteDir` into `outputPath`. Only regions
 * marked `data-pagefind-body` (articles, people, statements) are indexed; filters come from
 * `data-pagefind-filter`. Pagefind reads
 * a whole folder several times faster than it takes pages one by one (it parses them on every
 * core), so an incremental build gathers its pages into one folder first (see `gatherPages`).
 */
export async function indexSite(siteDir: string, outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: siteDir, glob: "**/*.html" });
    if (added.errors.length) throw new Error(`pagefind: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join("; ")}`);
  } finally {
    await index.deleteIndex();
  }
}

/** Hard-links pages that live in different folders into `dir` (no bytes copied; originals untouched). */
export async function gatherPages(pages: readonly { file: string; from: string }[], dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  const dirs = new Set(pages.map((p) => path.dirname(path.join(dir, p.file))));
  for (const d of [...dirs].sort()) await mkdir(d, { recursive: true });
  const CHUNK = 256;
  for (let i = 0; i < pages.length; i += CHUNK) {
    await Promise.all(pages.slice(i, i + CHUNK).map((p) => link(p.from, path.join(dir, p.file))));
  }
}
