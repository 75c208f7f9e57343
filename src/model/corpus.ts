import { z } from "zod";
import { ArticleRecord } from "./article.ts";
import { Problem } from "./problem.ts";

export const Role = z.object({
  title: z.string(),
  organisation: z.string().nullable(),
  /** Article the role was stated in, and that article's date (null when it has none). */
  article: z.string(),
  date: z.iso.date().nullable(),
});
export type Role = z.infer<typeof Role>;

export const Person = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  roles: z.array(Role),
  articles: z.array(z.string()),
  /** Statement ids this person made. */
  statements: z.array(z.string()),
  /** Person ids that appear in the same articles, most shared first. */
  related: z.array(z.string()),
});
export type Person = z.infer<typeof Person>;

export const Organisation = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  articles: z.array(z.string()),
  statements: z.array(z.string()),
});
export type Organisation = z.infer<typeof Organisation>;

export const Statement = z.object({
  id: z.string(),
  speaker: z.object({ name: z.string().nullable(), id: z.string().nullable(), kind: z.string() }),
  /** Wording of the earliest report. */
  text: z.string(),
  /** Each report: article id and claim id within it. */
  claims: z.array(z.object({ article: z.string(), claim: z.string() })),
  firstReported: z.iso.date().nullable(),
});
export type Statement = z.infer<typeof Statement>;

export const Story = z.object({
  id: z.string(),
  title: z.string(),
  date: z.iso.date().nullable(),
  articles: z.array(z.string()),
  people: z.array(z.string()),
  statements: z.array(z.string()),
});
export type Story = z.infer<typeof Story>;

export const Outlet = z.object({ id: z.string(), name: z.string(), articles: z.array(z.string()) });
export type Outlet = z.infer<typeof Outlet>;

/** An article after linking: which person, organisation and story records it belongs to. */
export const LinkedArticle = ArticleRecord.extend({
  people: z.array(z.string()),
  organisations: z.array(z.string()),
  story: z.string().nullable(),
});
export type LinkedArticle = z.infer<typeof LinkedArticle>;

/**
 * An article in `/api/articles.json`: the linked record less its text and what was found in it
 * (paragraphs, removed lines, mentions, roles, claims), with the URL of the whole record. One
 * file of every whole article was 180 MB at 10,000 articles, and rewritten on every change.
 */
export const ArticleSummary = LinkedArticle.omit({ paragraphs: true, removed: true, mentions: true, roles: true, claims: true })
  .extend({ record: z.string() });
export type ArticleSummary = z.infer<typeof ArticleSummary>;

/** Everything the site is rendered from. Article claims carry linked speaker and statement ids. */
export const Corpus = z.object({
  articles: z.array(LinkedArticle),
  people: z.array(Person),
  organisations: z.array(Organisation),
  statements: z.array(Statement),
  stories: z.array(Story),
  outlets: z.array(Outlet),
  problems: z.array(Problem),
});
export type Corpus = z.infer<typeof Corpus>;
