import type { LinkedArticle } from "../src/model/index.ts";
import { articleJsonUrl } from "../src/site/urls.ts";

/** `/api/articles/ID.json`: one whole linked article record (what `/api/articles.json` lists). */
export const data = {
  pagination: { data: "render.articles", size: 1, alias: "article" },
  permalink: ({ article }: { article: LinkedArticle }) => articleJsonUrl(article.id),
  eleventyExcludeFromCollections: true,
};

export function render({ article }: { article: LinkedArticle }): string {
  return JSON.stringify(article);
}
