import type { Corpus } from "../src/model/index.ts";

/**
 * `/api/NAME.json`: the corpus records the site is built from, one file per kind. (No file of
 * all of it: it doubled the API's size, 230 MB more at 10,000 articles, for what the seven
 * files already hold.)
 */
const kinds = ["articles", "people", "organisations", "statements", "stories", "outlets", "problems"] as const;
type File = (typeof kinds)[number];

export const data = {
  pagination: { data: "apiFiles", size: 1, alias: "file" },
  apiFiles: kinds,
  permalink: ({ file }: { file: File }) => `/api/${file}.json`,
  eleventyExcludeFromCollections: true,
};

export function render({ file, corpus }: { file: File; corpus: Corpus }): string {
  return JSON.stringify(corpus[file]);
}
