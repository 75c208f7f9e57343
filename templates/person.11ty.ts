import type { Person } from "../src/model/index.ts";
import type { Db } from "../src/site/db.ts";
import { longDate } from "../src/site/format.ts";
import { html, raw, truncate } from "../src/site/html.ts";
import { personLd, scriptJson } from "../src/site/jsonld.ts";
import { layout } from "../src/site/layout.ts";
import { articleCard, statementItem } from "../src/site/parts.ts";
import { recordUrl } from "../src/site/urls.ts";

interface Data {
  person: Person;
  db: Db;
  page: { url: string };
}

export const data = {
  pagination: { data: "render.people", size: 1, alias: "person" },
  permalink: ({ person }: Data) => recordUrl("person", person.id),
};

export function render({ person, db, page }: Data): string {
  const roles = db.roles(person);
  const statements = db.sortedStatements(person.statements);
  const about = db.statementsAbout(person);
  const related = db.pick(db.people, person.related);
  const main = html`<p class="kicker"><a href="/people/">People</a></p>
<h1>${person.name}</h1>${person.aliases.length > 0 && html`<p class="meta">Also named: ${person.aliases.join("; ")}</p>`}

<h2>Roles over time</h2>${roles.length ? html`
<ol class="roles">${roles.map((r) => {
    const a = db.articles.get(r.article);
    return html`
  <li><strong>${r.title}</strong>${r.organisation && html`, ${r.organisation}`}
    <span class="meta">${r.date ? html`as of <time datetime="${r.date}">${longDate(r.date)}</time>` : "undated"}${
      a && html` · in <a href="${recordUrl("article", a.id)}">${truncate(a.title, 90)}</a>`}</span></li>`;
  })}
</ol>` : html`<p>No role stated in the articles.</p>`}

<h2>Statements</h2>${statements.length ? html`
<ul class="statements">${statements.map((s) => statementItem(s, db, false))}</ul>` : html`<p>No statements attributed.</p>`}${about.length > 0 && html`
<h2>Said about ${person.name}</h2>
<ul class="statements">${about.map((s) => statementItem(s, db, true))}</ul>`}

<h2>Articles</h2>
<div class="cards">${db.sortedArticles(person.articles).map((a) => articleCard(a, db))}</div>${related.length > 0 && html`
<h2>Appears with</h2>
<ul class="tags">${related.map((p) => html`<li><a href="${recordUrl("person", p.id)}">${p.name}</a></li>`)}</ul>`}`;
  return layout({
    url: page.url,
    title: person.name,
    description: `${person.name}: roles, statements and articles.`,
    head: html`<script type="application/ld+json">${raw(scriptJson(personLd(person)))}</script>`,
    main,
  });
}
