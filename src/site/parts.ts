import type { LinkedArticle, Statement } from "../model/index.ts";
import { compareStrings } from "../order.ts";
import type { Db } from "./db.ts";
import { longDate } from "./format.ts";
import { count, html, type Html } from "./html.ts";
import { recordUrl } from "./urls.ts";

/** Pieces several pages show: article cards, statement items, links to people and speakers. */

export function dateline(article: LinkedArticle, db: Db): Html {
  const outlet = db.outletOfArticle(article.id);
  return html`<p class="meta">${outlet ? html`<a href="${recordUrl("outlet", outlet.id)}">${outlet.name}</a>` : html`<span>Outlet not named</span>`}${
    article.published && html` · <time datetime="${article.published.date}">${longDate(article.published.date)}</time>`}${
    article.agencies.length > 0 && html` · <span>${article.agencies.join(", ")}</span>`}</p>`;
}

export function articleCard(article: LinkedArticle, db: Db, level = 3): Html {
  const heading = `h${level}`;
  return html`<article class="card">
  <${heading}><a href="${recordUrl("article", article.id)}">${article.title}</a></${heading}>
  ${dateline(article, db)}${article.dek && html`<p class="dek">${article.dek}</p>`}
</article>`;
}

export function personLinks(ids: readonly string[], db: Db): Html | null {
  const people = db.pick(db.people, ids);
  return people.length ? html`<ul class="tags">${people.map((p) => html`<li><a href="${recordUrl("person", p.id)}">${p.name}</a></li>`)}</ul>` : null;
}

/** A speaker, linked when it has a page. */
export function speakerLink(speaker: { kind: string; id: string | null; name: string | null; text?: string | null }, db: Db): Html {
  const url = db.entityUrl(speaker);
  const label = speaker.name || speaker.text;
  return url ? html`<a href="${url}">${label}</a>` : label ? html`<span>${label}</span>` : html`<span>Unattributed</span>`;
}

export function statementItem(s: Statement, db: Db, withSpeaker = true): Html {
  return html`<li class="statement">
  <a class="statement-text" href="${recordUrl("statement", s.id)}">${s.text}</a>
  <p class="meta">${withSpeaker && html`${speakerLink(s.speaker, db)} · `}${count(s.claims.length, "report")}${
    s.firstReported && html` · <time datetime="${s.firstReported}">${longDate(s.firstReported)}</time>`}</p>
</li>`;
}

/** What Eleventy's pagination gives a paginated template, as far as the pager reads it. */
export interface Pagination {
  pageNumber: number;
  pages: readonly unknown[];
  hrefs: readonly string[];
  href: { previous?: string | null; next?: string | null };
}

/** Links between the pages of a paginated index; nothing when it fits on one page. */
export function pager(pagination: Pagination, label: string): Html | null {
  if (pagination.pages.length <= 1) return null;
  const { previous, next } = pagination.href;
  return html`<nav class="pager" aria-label="${label}, pages">
  <p>Page ${pagination.pageNumber + 1} of ${pagination.pages.length}</p>
  <ul class="inline">${previous && html`<li><a href="${previous}" rel="prev">Previous</a></li>`}${pagination.hrefs.map((href, i) => html`
    <li><a href="${href}"${i === pagination.pageNumber && html` aria-current="page"`}>${i + 1}</a></li>`)}${
    next && html`<li><a href="${next}" rel="next">Next</a></li>`}
  </ul>
</nav>`;
}

/** Title suffix of a paginated index's later pages. */
export const pageSuffix = (pagination: Pagination): string => (pagination.pageNumber > 0 ? `, page ${pagination.pageNumber + 1}` : "");

/** The permalink of a paginated index at `base`: page 2 on are `base/page-N/`. */
export const pagedUrl = (base: string) => ({ pagination }: { pagination: Pagination }): string =>
  (pagination.pageNumber > 0 ? `${base}page-${pagination.pageNumber + 1}/` : base);

/** Records in order of name, ignoring case (as the indexes listed them under Nunjucks' `sort`). */
export const byName = <T extends { name: string }>(rows: readonly T[]): T[] =>
  [...rows].sort((x, y) => compareStrings(x.name.toLowerCase(), y.name.toLowerCase()));
