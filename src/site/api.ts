import type { ArticleSummary, LinkedArticle } from "../model/index.ts";
import { articleJsonUrl } from "./urls.ts";

/** The files of `/api/`, one per kind of record (`/api/NAME.json`). */
export const API_FILES = ["articles", "people", "organisations", "statements", "stories", "outlets", "problems"] as const;
export type ApiFile = (typeof API_FILES)[number];

/** An article as `/api/articles.json` lists it (see ArticleSummary). */
export function articleSummary(article: LinkedArticle): ArticleSummary {
  const { paragraphs: _p, removed: _r, mentions: _m, roles: _o, claims: _c, ...summary } = article;
  return { ...summary, record: articleJsonUrl(article.id) };
}
