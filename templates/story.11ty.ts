import type { Story } from "../src/model/index.ts";
import type { Db } from "../src/site/db.ts";
import { longDate } from "../src/site/format.ts";
import { count, html } from "../src/site/html.ts";
import { layout } from "../src/site/layout.ts";
import { articleCard, personLinks, statementItem } from "../src/site/parts.ts";
import { recordUrl } from "../src/site/urls.ts";

interface Data {
  story: Story;
  db: Db;
  page: { url: string };
}

export const data = {
  pagination: { data: "render.stories", size: 1, alias: "story" },
  permalink: ({ story }: Data) => recordUrl("story", story.id),
};

export function render({ story, db, page }: Data): string {
  const statements = db.sortedStatements(story.statements);
  const main = html`<p class="kicker"><a href="/">Stories</a></p>
<h1>${story.title}</h1>
<p class="meta">${story.date && html`<time datetime="${story.date}">${longDate(story.date)}</time> · `}${count(story.articles.length, "article")}</p>
<h2>Articles</h2>
<div class="cards">${db.sortedArticles(story.articles).map((a) => articleCard(a, db))}</div>${story.people.length > 0 && html`
<h2>People</h2>
${personLinks(story.people, db)}`}${statements.length > 0 && html`
<h2>Statements</h2>
<ul class="statements">${statements.map((s) => statementItem(s, db))}</ul>`}`;
  return layout({ url: page.url, title: story.title, main });
}
