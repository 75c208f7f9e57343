import type { Statement } from "../src/model/index.ts";
import type { Db } from "../src/site/db.ts";
import { html } from "../src/site/html.ts";
import { layout } from "../src/site/layout.ts";
import { pagedUrl, pager, pageSuffix, statementItem, type Pagination } from "../src/site/parts.ts";

interface Data {
  statements: Statement[];
  db: Db;
  page: { url: string };
  pagination: Pagination;
}

// 200 statements a page: at 1,000 articles the unpaginated index was 4 MB. Page 2 on are
// /claims/page-N/; statement ids always end in a hash, so none is "page-N".
export const data = {
  pagination: { data: "indexes.statements", size: 200, alias: "statements", generatePageOnEmptyData: true, addAllPagesToCollections: true },
  permalink: pagedUrl("/claims/"),
};

export function render({ statements, db, page, pagination }: Data): string {
  const main = html`<h1>Statements</h1>
<p>Everything quoted or reported as said, one entry per statement however many outlets carried it, newest first.</p>${statements.length ? html`
<ul class="statements">${statements.map((s) => statementItem(s, db))}</ul>
${pager(pagination, "Statements")}` : html`<p>No statements found yet.</p>`}`;
  return layout({ url: page.url, title: `Statements${pageSuffix(pagination)}`, main });
}
