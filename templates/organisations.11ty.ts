import type { Corpus } from "../src/model/index.ts";
import { count, html } from "../src/site/html.ts";
import { layout } from "../src/site/layout.ts";
import { byName } from "../src/site/parts.ts";
import { recordUrl } from "../src/site/urls.ts";

interface Data {
  corpus: Corpus;
  page: { url: string };
}

export const data = { permalink: "/organisations/" };

export function render({ corpus, page }: Data): string {
  const main = html`<h1>Organisations</h1>${corpus.organisations.length ? html`
<ul class="index">${byName(corpus.organisations).map((o) => html`
  <li><a href="${recordUrl("organisation", o.id)}">${o.name}</a> <span class="meta">${count(o.articles.length, "article")}</span></li>`)}
</ul>` : html`<p>No organisations found yet.</p>`}`;
  return layout({ url: page.url, title: "Organisations", main });
}
