import type { Db, DigestEntry } from "../src/site/db.ts";
import { longDate } from "../src/site/format.ts";
import { count, html } from "../src/site/html.ts";
import { layout } from "../src/site/layout.ts";
import { articleCard, pagedUrl, pager, pageSuffix, personLinks, type Pagination } from "../src/site/parts.ts";
import { recordUrl } from "../src/site/urls.ts";

interface Data {
  digest: DigestEntry[];
  db: Db;
  page: { url: string };
  pagination: Pagination;
}

// 50 stories a page (at 10,000 articles the one-page digest was 5.8 MB); page 2 on are
// /page-N/, which no section of the site uses.
export const data = {
  pagination: { data: "indexes.digest", size: 50, alias: "digest", generatePageOnEmptyData: true, addAllPagesToCollections: true },
  permalink: pagedUrl("/"),
};

export function render({ digest, db, page, pagination }: Data): string {
  const main = html`<h1>Stories, newest first</h1>${digest.length === 0 && html`<p>No articles yet. Add seed files to <code>seeds/</code>.</p>`}${digest.map((entry, i) => html`
<section class="story" aria-labelledby="story-${i + 1}">${entry.story ? html`
  <h2 id="story-${i + 1}"><a href="${recordUrl("story", entry.story.id)}">${entry.story.title}</a></h2>
  <p class="meta">${entry.story.date && html`<time datetime="${entry.story.date}">${longDate(entry.story.date)}</time> · `}${
    count(entry.articles.length, "article")} · ${count(entry.story.statements.length, "statement")}</p>
  ${personLinks(entry.story.people, db)}` : html`
  <h2 id="story-${i + 1}">Other articles</h2>`}
  <div class="cards">${entry.articles.map((article) => html`
    ${articleCard(article, db)}`)}
  </div>
</section>`)}
${pager(pagination, "Stories")}`;
  return layout({ url: page.url, title: `Stories${pageSuffix(pagination)}`, main });
}
