import type { Corpus } from "../src/model/index.ts";
import { API_FILES, articleSummary, type ApiFile } from "../src/site/api.ts";

/**
 * `/api/NAME.json`: the corpus records the site is built from, one file per kind. Articles are
 * listed without their text and what was found in it; each whole article is its own file
 * (src/site/article-json.ts), written with its page.
 */
export const data = {
  pagination: { data: "apiFiles", size: 1, alias: "file" },
  apiFiles: API_FILES,
  permalink: ({ file }: { file: ApiFile }) => `/api/${file}.json`,
  eleventyExcludeFromCollections: true,
};

export function render({ file, corpus }: { file: ApiFile; corpus: Corpus }): string {
  return JSON.stringify(file === "articles" ? corpus.articles.map(articleSummary) : corpus[file]);
}
