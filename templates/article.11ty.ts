import type { LinkedArticle } from "../src/model/index.ts";
import { anchoredClaims } from "../src/site/body.ts";
import type { Db } from "../src/site/db.ts";
import { longDate } from "../src/site/format.ts";
import { count, html, raw, truncate } from "../src/site/html.ts";
import { articleLd, scriptJson } from "../src/site/jsonld.ts";
import { layout } from "../src/site/layout.ts";
import { speakerLink } from "../src/site/parts.ts";
import { claimAnchor, recordUrl } from "../src/site/urls.ts";

interface Data {
  article: LinkedArticle;
  db: Db;
  page: { url: string };
  /** The article's body markup (src/site/body.ts, which escapes the text itself). */
  articleBody: (article: LinkedArticle) => string;
}

export const data = {
  pagination: { data: "render.articles", size: 1, alias: "article" },
  permalink: ({ article }: Data) => recordUrl("article", article.id),
};

export function render({ article, db, page, articleBody }: Data): string {
  const outlet = db.outletOfArticle(article.id);
  const story = article.story ? db.stories.get(article.story) ?? null : null;
  const people = db.pick(db.people, article.people);
  const orgs = db.pick(db.organisations, article.organisations);
  const others = db.alsoReportedBy(article);
  const anchored = anchoredClaims(article);
  const main = html`<article class="article">
  <header class="article-head">${story && html`<p class="kicker"><a href="${recordUrl("story", story.id)}">${story.title === article.title ? "The story" : story.title}</a></p>`}
    <h1>${article.title}</h1>${article.dek && html`<p class="dek">${article.dek}</p>`}
    <p class="meta">${outlet ? html`<a href="${recordUrl("outlet", outlet.id)}">${outlet.name}</a>` : html`<span>Outlet not named</span>`}${
      article.published ? html` · <time datetime="${article.published.date}">${longDate(article.published.date)}</time>` : html` · <span>Date not stated</span>`}${
      article.agencies.length > 0 && html` · <span>${article.agencies.join(", ")}</span>`}${
      article.authors.length > 0 && html` · <span>By ${article.authors.join(", ")}</span>`}${
      article.url && html` · <a href="${article.url}" rel="nofollow noopener noreferrer">Original</a>`}</p>
  </header>
  <div class="article-body">
    ${raw(articleBody(article))}
  </div>
  <aside class="article-aside" aria-label="About this article">${people.length > 0 && html`
    <section aria-labelledby="h-people">
      <h2 id="h-people">People</h2>
      <ul class="tags">${people.map((p) => html`<li><a href="${recordUrl("person", p.id)}">${p.name}</a></li>`)}</ul>
    </section>`}${orgs.length > 0 && html`
    <section aria-labelledby="h-orgs">
      <h2 id="h-orgs">Organisations</h2>
      <ul class="tags">${orgs.map((o) => html`<li><a href="${recordUrl("organisation", o.id)}">${o.name}</a></li>`)}</ul>
    </section>`}${article.claims.length > 0 && html`
    <section aria-labelledby="h-quotes">
      <h2 id="h-quotes">Quotes</h2>
      <ol class="quotes">${article.claims.map((c) => html`
        <li><a href="${anchored.has(c.id) ? `#${claimAnchor(c.id)}` : recordUrl("article", article.id)}">${truncate(c.text, 70)}</a>
          <span class="meta">${speakerLink(c.speaker, db)} · ${c.kind}${
            c.statement !== null && db.statements.has(c.statement) && html` · <a href="${recordUrl("statement", c.statement)}">statement</a>`}</span></li>`)}
      </ol>
    </section>`}${others.articles.length > 0 && html`
    <section aria-labelledby="h-also">
      <h2 id="h-also">Also reported by</h2>
      <ul class="plain">${others.articles.map((o) => html`
        <li><a href="${recordUrl("article", o.id)}">${o.title}</a> <span class="meta">${db.outletOfArticle(o.id)?.name ?? "outlet not named"}</span></li>`)}
      </ul>${others.more && html`
      <p class="meta">${story ? html`More in <a href="${recordUrl("story", story.id)}">the story</a> and on each quote's statement page.` : "More on each quote's statement page."}</p>`}
    </section>`}
  </aside>
</article>${article.removed.length > 0 && html`
<details class="removed">
  <summary>Removed from source (${count(article.removed.length, "line")})</summary>
  <p>Page chrome the cleaner left out of the article, with the reason. Nothing here is part of the text above.</p>
  <ol>${article.removed.map((r) => html`
    <li><code>${r.text}</code> <span class="reason">${r.reason}</span></li>`)}
  </ol>
</details>`}`;
  return layout({
    url: page.url,
    title: article.title,
    description: article.dek || article.title,
    head: html`<script type="application/ld+json">${raw(scriptJson(articleLd(article, db)))}</script>`,
    main,
  });
}
