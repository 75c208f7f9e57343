import { html } from "../src/site/html.ts";
import { layout } from "../src/site/layout.ts";
import { API_FILES } from "../src/site/api.ts";

export const data = { permalink: "/api/" };

export function render({ page }: { page: { url: string } }): string {
  const main = html`<h1>Data</h1>
<p>The records this site is built from, as JSON (the schemas are in <code>src/model/</code>). The article list leaves out each article's text and what was found in it; its <code>record</code> field is the URL of the whole article, <code>/api/articles/ID.json</code>.</p>
<ul class="plain">${API_FILES.map((name) => html`
  <li><a href="/api/${name}.json">/api/${name}.json</a></li>`)}
</ul>`;
  return layout({ url: page.url, title: "Data", main });
}
