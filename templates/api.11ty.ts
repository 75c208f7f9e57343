import type { Corpus } from "../src/model/index.ts";

/** `/api/NAME.json`: the corpus records the site is built from, one file per kind, and all of it. */
const kinds = ["articles", "people", "organisations", "statements", "stories", "outlets", "problems"] as const;
type File = (typeof kinds)[number] | "corpus";

export const data = {
  pagination: { data: "apiFiles", size: 1, alias: "file" },
  apiFiles: [...kinds, "corpus"],
  permalink: ({ file }: { file: File }) => `/api/${file}.json`,
  eleventyExcludeFromCollections: true,
};

export function render({ file, corpus }: { file: File; corpus: Corpus }): string {
  return JSON.stringify(file === "corpus" ? corpus : corpus[file]);
}
