import type { Statement } from "../src/model/index.ts";
import { anchoredClaims } from "../src/site/body.ts";
import type { Db } from "../src/site/db.ts";
import type { wordDiff } from "../src/site/diff.ts";
import { longDate } from "../src/site/format.ts";
import { count, html, raw, truncate } from "../src/site/html.ts";
import { scriptJson, statementLd } from "../src/site/jsonld.ts";
import { layout } from "../src/site/layout.ts";
import { speakerLink } from "../src/site/parts.ts";
import { claimUrl, recordUrl } from "../src/site/urls.ts";

interface Data {
  statement: Statement;
  db: Db;
  page: { url: string };
  /** wordDiff, remembered across the build (.eleventy.ts). */
  diff: typeof wordDiff;
}

export const data = {
  pagination: { data: "render.statements", size: 1, alias: "statement" },
  permalink: ({ statement }: Data) => recordUrl("statement", statement.id),
};

export function render({ statement, db, page, diff }: Data): string {
  const reports = db.reports(statement);
  const main = html`<p class="kicker"><a href="/claims/">Statements</a></p>
<h1 class="statement-title"><span class="visually-hidden">Statement: </span>${statement.text}</h1>
<p class="meta">Said by ${statement.speaker.name ? speakerLink(statement.speaker, db) : "an unnamed source"}${
  statement.firstReported && html` · first reported <time datetime="${statement.firstReported}">${longDate(statement.firstReported)}</time>`}
  · ${count(reports.length, "report")}</p>

<h2>Each outlet's wording</h2>
<p class="hint">Words that differ from the first report are <ins>underlined</ins>.</p>
<div class="reports">${reports.map((r) => html`
  <figure class="report">
    <blockquote>${diff(r.claim.text, statement.text).map((seg) => (seg.changed ? html`<ins>${seg.text}</ins>` : seg.text))}</blockquote>
    <figcaption>
      <span>${r.outlet ? r.outlet.name : "Outlet not named"}</span>${
        r.article.published && html` · <time datetime="${r.article.published.date}">${longDate(r.article.published.date)}</time>`}
      · ${r.claim.kind} quote${r.claim.cue && html`, “${r.claim.cue.text}”`}
      <br><a href="${anchoredClaims(r.article).has(r.claim.id) ? claimUrl(r.article.id, r.claim.id) : recordUrl("article", r.article.id)}">Read it in “${truncate(r.article.title, 80)}”</a>
    </figcaption>
  </figure>`)}
</div>`;
  return layout({
    url: page.url,
    title: `${statement.speaker.name || "Unattributed"}: ${truncate(statement.text, 70)}`,
    description: truncate(statement.text, 150),
    head: html`<script type="application/ld+json">${raw(scriptJson(statementLd(statement, db)))}</script>`,
    main,
  });
}
