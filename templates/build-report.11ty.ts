import type { Corpus } from "../src/model/index.ts";
import { html } from "../src/site/html.ts";
import { layout } from "../src/site/layout.ts";

interface Data {
  corpus: Corpus;
  page: { url: string };
}

export const data = { permalink: "/build-report/" };

export function render({ corpus, page }: Data): string {
  const main = html`<h1>Build report</h1>
<p>${corpus.articles.length} articles, ${corpus.people.length} people, ${corpus.statements.length} statements, ${corpus.stories.length} stories.</p>
<h2>Problems with seeds</h2>${corpus.problems.length ? html`
<div class="table-scroll" tabindex="0" role="region" aria-label="Problems with seeds">
<table>
  <thead><tr><th scope="col">File</th><th scope="col">Severity</th><th scope="col">Problem</th><th scope="col">Where</th></tr></thead>
  <tbody>${corpus.problems.map((p) => html`
    <tr><td><code>${p.file}</code></td><td>${p.severity}</td><td>${p.message}</td><td>${p.line && `line ${p.line}`}${p.field && html` field <code>${p.field}</code>`}</td></tr>`)}
  </tbody>
</table>
</div>` : html`<p>None: every seed was read.</p>`}`;
  return layout({ url: page.url, title: "Build report", main });
}
