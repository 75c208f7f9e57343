import type { Person } from "../src/model/index.ts";
import { count, html } from "../src/site/html.ts";
import { layout } from "../src/site/layout.ts";
import { pagedUrl, pager, pageSuffix, type Pagination } from "../src/site/parts.ts";
import { recordUrl } from "../src/site/urls.ts";

interface Data {
  people: Person[];
  page: { url: string };
  pagination: Pagination;
}

// 200 people a page, alphabetical; page 2 on are /people/page-N/ (a slug of a person's name is
// never "page-" and a number: names have no digits).
export const data = {
  pagination: { data: "indexes.people", size: 200, alias: "people", generatePageOnEmptyData: true, addAllPagesToCollections: true },
  permalink: pagedUrl("/people/"),
};

export function render({ people, page, pagination }: Data): string {
  const main = html`<h1>People</h1>${people.length ? html`
<ul class="index">${people.map((p) => html`
  <li><a href="${recordUrl("person", p.id)}">${p.name}</a>
    <span class="meta">${p.roles.length > 0 && html`${p.roles[p.roles.length - 1]!.title} · `}${count(p.articles.length, "article")} · ${count(p.statements.length, "statement")}</span></li>`)}
</ul>
${pager(pagination, "People")}` : html`<p>No people found yet.</p>`}`;
  return layout({ url: page.url, title: `People${pageSuffix(pagination)}`, main });
}
