import type { Outlet } from "../src/model/index.ts";
import type { Db } from "../src/site/db.ts";
import { count, html } from "../src/site/html.ts";
import { layout } from "../src/site/layout.ts";
import { articleCard } from "../src/site/parts.ts";
import { recordUrl } from "../src/site/urls.ts";

interface Data {
  outlet: Outlet;
  db: Db;
  page: { url: string };
}

export const data = {
  pagination: { data: "render.outlets", size: 1, alias: "outlet" },
  permalink: ({ outlet }: Data) => recordUrl("outlet", outlet.id),
};

export function render({ outlet, db, page }: Data): string {
  const main = html`<p class="kicker"><a href="/outlets/">Outlets</a></p>
<h1>${outlet.name}</h1>
<p class="meta">${count(outlet.articles.length, "article")}</p>
<div class="cards">${db.sortedArticles(outlet.articles).map((a) => articleCard(a, db, 2))}</div>`;
  return layout({ url: page.url, title: outlet.name, main });
}
