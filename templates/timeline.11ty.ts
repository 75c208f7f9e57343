import type { Db, TimelineEntry } from "../src/site/db.ts";
import { longDate } from "../src/site/format.ts";
import { html, truncate, type Html } from "../src/site/html.ts";
import { layout } from "../src/site/layout.ts";
import { pagedUrl, pager, pageSuffix, speakerLink, type Pagination } from "../src/site/parts.ts";
import { recordUrl } from "../src/site/urls.ts";

interface Data {
  rows: TimelineEntry[];
  db: Db;
  page: { url: string };
  pagination: Pagination;
}

// 200 rows a page, like the other indexes; page 2 on are /timeline/page-N/.
export const data = {
  pagination: { data: "indexes.timeline", size: 200, alias: "rows", generatePageOnEmptyData: true, addAllPagesToCollections: true },
  permalink: pagedUrl("/timeline/"),
};

function row(r: TimelineEntry, db: Db): Html {
  return r.kind === "story"
    ? html`
    <li class="t-story">Story: <a href="${recordUrl("story", r.story.id)}">${r.story.title}</a></li>`
    : html`
    <li class="t-statement">${speakerLink(r.statement.speaker, db)}: <a href="${recordUrl("statement", r.statement.id)}">${truncate(r.statement.text, 140)}</a></li>`;
}

export function render({ rows, db, page, pagination }: Data): string {
  // Rows come newest first; each date opens a list of its own.
  const days: TimelineEntry[][] = [];
  for (const r of rows) {
    if (days.at(-1)?.[0]?.date === r.date) days.at(-1)!.push(r);
    else days.push([r]);
  }
  const main = html`<h1>Timeline</h1>
<p>Stories and statements by date, newest first. Undated ones are left out; they are listed under <a href="/">Stories</a> and <a href="/claims/">Statements</a>.</p>${rows.length ? html`
<ol class="timeline">${days.map((day) => html`
  <li><h2><time datetime="${day[0]!.date}">${longDate(day[0]!.date)}</time></h2><ul class="plain">${day.map((r) => row(r, db))}</ul></li>`)}
</ol>
${pager(pagination, "Timeline")}` : html`<p>Nothing dated yet.</p>`}`;
  return layout({ url: page.url, title: `Timeline${pageSuffix(pagination)}`, main });
}
