import type { Organisation } from "../src/model/index.ts";
import type { Db } from "../src/site/db.ts";
import { html } from "../src/site/html.ts";
import { layout } from "../src/site/layout.ts";
import { articleCard, statementItem } from "../src/site/parts.ts";
import { recordUrl } from "../src/site/urls.ts";

interface Data {
  organisation: Organisation;
  db: Db;
  page: { url: string };
}

export const data = {
  pagination: { data: "render.organisations", size: 1, alias: "organisation" },
  permalink: ({ organisation }: Data) => recordUrl("organisation", organisation.id),
};

export function render({ organisation, db, page }: Data): string {
  const statements = db.sortedStatements(organisation.statements);
  const main = html`<p class="kicker"><a href="/organisations/">Organisations</a></p>
<h1>${organisation.name}</h1>${organisation.aliases.length > 0 && html`<p class="meta">Also named: ${organisation.aliases.join("; ")}</p>`}${statements.length > 0 && html`
<h2>Statements</h2>
<ul class="statements">${statements.map((s) => statementItem(s, db, false))}</ul>`}
<h2>Articles</h2>
<div class="cards">${db.sortedArticles(organisation.articles).map((a) => articleCard(a, db))}</div>`;
  return layout({ url: page.url, title: organisation.name, main });
}
