export * from "./source.ts";
export * from "./problem.ts";
export * from "./article.ts";
export * from "./corpus.ts";
