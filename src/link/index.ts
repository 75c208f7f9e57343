import type { ArticleRecord, Corpus, Problem } from "../model/index.ts";

/** Cross-article linking: people, organisations, statements, stories, outlets. */
export function linkCorpus(articles: readonly ArticleRecord[], problems: readonly Problem[]): Corpus {
  // STUB: replaced by the linking work
  return {
    articles: articles.map((a) => ({ ...a, people: [], organisations: [], story: null })),
    people: [], organisations: [], statements: [], stories: [], outlets: [], problems: [...problems],
  };
}
