import type { LinkedArticle, Person, Statement } from "../model/index.ts";
import type { Db } from "./db.ts";
import { absoluteUrl, claimUrl, recordUrl } from "./urls.ts";

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/**
 * JSON for a `<script type="application/ld+json">` block. `<`, `>` and `&` become \u escapes so
 * no seed text can close the script element; the result still parses as the same JSON.
 */
export function scriptJson(value: Json): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

const personRef = (p: Person): Json => ({ "@type": "Person", name: p.name, url: absoluteUrl(recordUrl("person", p.id)) });

export function articleLd(article: LinkedArticle, db: Db): Json {
  const outlet = db.outletOfArticle(article.id);
  const ld: Record<string, Json> = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title,
    url: absoluteUrl(recordUrl("article", article.id)),
    inLanguage: article.language,
    mentions: db.pick(db.people, article.people).map(personRef),
  };
  if (article.dek) ld.description = article.dek;
  if (article.published) ld.datePublished = article.published.date;
  if (article.authors.length) ld.author = article.authors.map((name) => ({ "@type": "Person", name }));
  if (outlet) ld.publisher = { "@type": "Organization", name: outlet.name, url: absoluteUrl(recordUrl("outlet", outlet.id)) };
  if (article.url) ld.isBasedOn = article.url;
  return ld;
}

export function personLd(person: Person): Json {
  const latest = person.roles.at(-1);
  const ld: Record<string, Json> = {
    "@context": "https://schema.org",
    "@type": "Person",
    name: person.name,
    url: absoluteUrl(recordUrl("person", person.id)),
  };
  if (person.aliases.length) ld.alternateName = person.aliases;
  if (latest) ld.jobTitle = latest.title;
  return ld;
}

export function statementLd(statement: Statement, db: Db): Json {
  const speaker = statement.speaker.id ? db.people.get(statement.speaker.id) : undefined;
  const ld: Record<string, Json> = {
    "@context": "https://schema.org",
    "@type": "Quotation",
    text: statement.text,
    url: absoluteUrl(recordUrl("statement", statement.id)),
    citation: db.reports(statement).map(({ article, claim }) => ({
      "@type": "NewsArticle", headline: article.title, url: absoluteUrl(claimUrl(article.id, claim.id)),
    })),
  };
  if (speaker) ld.creator = personRef(speaker);
  else if (statement.speaker.name) ld.creator = { "@type": statement.speaker.kind === "organisation" ? "Organization" : "Person", name: statement.speaker.name };
  if (statement.firstReported) ld.dateCreated = statement.firstReported;
  return ld;
}
