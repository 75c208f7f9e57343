import { html } from "../src/site/html.ts";
import { layout } from "../src/site/layout.ts";

interface Data {
  /** Every search shard's Pagefind bundle; the first's UI loads and merges the others. */
  searchBundles: string[];
  page: { url: string };
}

export const data = { permalink: "/search/" };

export function render({ searchBundles, page }: Data): string {
  const first = searchBundles[0]!;
  return layout({
    url: page.url,
    title: "Search",
    head: html`
<link rel="stylesheet" href="${first}pagefind-ui.css">
<script src="${first}pagefind-ui.js" defer></script>
<script src="/assets/search.js" defer></script>
`,
    main: html`<h1>Search</h1>
<p>Search articles, people and statements; filter by outlet, person, date and type.</p>
<div id="search" class="search" role="search" aria-label="Site search" data-bundles="${searchBundles.join(" ")}"></div>
<noscript><p>Search needs JavaScript. Everything is also reachable from <a href="/people/">People</a>, <a href="/claims/">Statements</a> and <a href="/timeline/">Timeline</a>.</p></noscript>`,
  });
}
