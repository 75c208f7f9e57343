import { closeBlankedGaps } from "../clean/markdown.ts";
import type { Corpus, Paragraph } from "../model/index.ts";

/** Body text as readers get it: kept paragraphs without the headline, blank-line separated. */
export const bodyText = (paragraphs: readonly Paragraph[]): string =>
  paragraphs
    .filter((p) => p.kind !== "title")
    .map((p) => closeBlankedGaps(p.text).replace(/\s+/g, " ").trim())
    .join("\n\n");

/**
 * The machine-readable view `crosswire extract --json` prints (the scorers read it): flat,
 * with names rather than ids where a reader wants names.
 */
export function toExtractJson(corpus: Corpus) {
  const personName = new Map(corpus.people.map((p) => [p.id, p.name]));
  const fileOf = new Map(corpus.articles.map((a) => [a.id, a.file]));
  return {
    articles: corpus.articles.map((a) => ({
      file: a.file,
      id: a.id,
      title: a.title,
      dek: a.dek,
      outlet: a.outlet,
      url: a.url,
      published: a.published?.date ?? null,
      agencies: a.agencies,
      authors: a.authors,
      language: a.language,
      body: bodyText(a.paragraphs),
      people: a.people.map((id) => personName.get(id) ?? id),
      story: a.story,
      claims: a.claims.map((c) => ({
        id: c.id,
        kind: c.kind,
        text: c.text,
        start: c.start,
        end: c.end,
        cue: c.cue,
        speaker: c.speaker,
        statement: c.statement,
      })),
      removed: a.removed,
    })),
    people: corpus.people.map((p) => ({
      id: p.id,
      name: p.name,
      aliases: p.aliases,
      roles: [...new Set(p.roles.map((r) => r.title))],
      roleHistory: p.roles,
      articles: p.articles.map((id) => fileOf.get(id) ?? id),
    })),
    organisations: corpus.organisations.map((o) => ({ id: o.id, name: o.name, aliases: o.aliases })),
    statements: corpus.statements,
    stories: corpus.stories.map((s) => ({ ...s, articles: s.articles.map((id) => fileOf.get(id) ?? id) })),
    outlets: corpus.outlets,
    problems: corpus.problems,
  };
}
