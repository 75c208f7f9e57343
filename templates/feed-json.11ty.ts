import type { Db } from "../src/site/db.ts";
import { renderBody } from "../src/site/body.ts";
import { absoluteUrl, recordUrl } from "../src/site/urls.ts";

/** JSON Feed 1.1, written with JSON.stringify so no title or body can break the JSON. */
export const data = { permalink: "/feed.json", eleventyExcludeFromCollections: true };

export function render({ db }: { db: Db }): string {
  return JSON.stringify({
    version: "https://jsonfeed.org/version/1.1",
    title: "Crosswire",
    home_page_url: absoluteUrl("/"),
    feed_url: absoluteUrl("/feed.json"),
    language: "en",
    items: db.feedArticles().map((a) => ({
      id: absoluteUrl(recordUrl("article", a.id)),
      url: absoluteUrl(recordUrl("article", a.id)),
      title: a.title,
      ...(a.dek ? { summary: a.dek } : {}),
      content_html: renderBody(a, db, absoluteUrl),
      ...(a.published ? { date_published: `${a.published.date}T00:00:00Z` } : {}),
      ...(a.authors.length ? { authors: a.authors.map((name) => ({ name })) } : {}),
      ...(a.url ? { external_url: a.url } : {}),
      tags: db.pick(db.people, a.people).map((p) => p.name),
    })),
  }, null, 1);
}
