import type { Corpus } from "../src/model/index.ts";
import type { Db } from "../src/site/db.ts";
import { count, html } from "../src/site/html.ts";
import { layout } from "../src/site/layout.ts";
import { byName } from "../src/site/parts.ts";
import { recordUrl } from "../src/site/urls.ts";

interface Data {
  corpus: Corpus;
  db: Db;
  page: { url: string };
}

export const data = { permalink: "/outlets/" };

export function render({ corpus, db, page }: Data): string {
  const unnamed = db.articlesWithoutOutlet();
  const main = html`<h1>Outlets</h1>${corpus.outlets.length ? html`
<ul class="index">${byName(corpus.outlets).map((o) => html`
  <li><a href="${recordUrl("outlet", o.id)}">${o.name}</a> <span class="meta">${count(o.articles.length, "article")}</span></li>`)}
</ul>` : html`<p>No outlet could be named from the articles yet.</p>`}${unnamed.length > 0 && html`
<h2>Articles whose outlet is not named</h2>
<ul class="plain">${unnamed.map((a) => html`<li><a href="${recordUrl("article", a.id)}">${a.title}</a></li>`)}</ul>`}`;
  return layout({ url: page.url, title: "Outlets", main });
}
