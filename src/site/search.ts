import * as pagefind from "pagefind";

/**
 * Builds the Pagefind index over a rendered site. Only regions marked `data-pagefind-body`
 * (articles, people, statements) are indexed; filters come from `data-pagefind-filter`.
 */
export async function indexSearch(siteDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(`pagefind: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join("; ")}`);
    return { pages: added.page_count };
  } finally {
    await index.deleteIndex();
  }
}
