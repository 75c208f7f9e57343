import { slug } from "../ids.ts";
import { compareStrings } from "../order.ts";
import type { ArticleRecord, Claim, Corpus, LinkedArticle, Person, Problem, Statement, Story } from "../model/index.ts";
import { IdAllocator } from "./ids.ts";
import { resolveOrganisations, type OrganisationDraft } from "./organisations.ts";
import { buildOutlets } from "./outlets.ts";
import { evidenceKey, PeopleResolver, type PersonDraft } from "./people.ts";
import { relatedPeople, rolesByPerson } from "./person-records.ts";
import { claimWords, groupStatements, type ClaimItem, type ClaimWords } from "./statements.ts";
import { groupStories, similarArticles, storyTexts, type SimilarPair, type StoryTexts } from "./stories.ts";
import { digest, distinctTexts } from "./text.ts";

const UNDATED = "9999-99-99";
const first = (ids: ReadonlySet<string>): string => [...ids].sort()[0] ?? "";
const leadWords = (text: string, n = 6): string => text.split(/\s+/).slice(0, n).join(" ");

/** The parts of linking that read texts alone: what the rest of linking needs from them. */
export interface TextJob {
  /** The articles' storyTexts, and each one's event date. */
  story: StoryTexts;
  dates: (string | null)[];
  /** The distinct texts of the corpus's claims (distinctTexts). */
  claimTexts: string[];
}
export interface TextResults {
  /** claimWords(claimTexts). */
  claimWords: Promise<ClaimWords>;
  /** similarArticles(story, dates). */
  similar: Promise<SimilarPair[]>;
}
/** Starts a TextJob, here or on another thread. */
export type StartTextJob = (job: TextJob) => TextResults;
const onThisThread: StartTextJob = (job) => ({
  claimWords: Promise.resolve(claimWords(job.claimTexts)),
  similar: Promise.resolve(similarArticles(job.story, job.dates)),
});

/**
 * Cross-article linking: one Person per real person, Organisations, one Statement per thing said
 * (however many outlets and translations report it), Stories (articles about one event) and
 * Outlets. Ids derive from content (names, the first report's wording and place), so a rebuild
 * gives the same ids; a clash gets a suffix and a warning, never an overwrite. Comparing claims'
 * words and finding similar articles depend on texts alone, so they are started first and may
 * run on another thread while people are resolved here.
 */
export async function linkCorpus(articles: readonly ArticleRecord[], problems: readonly Problem[], startTextJob = onThisThread): Promise<Corpus> {
  const wordings = distinctTexts(articles.flatMap((a) => a.claims.map((c) => c.text)));
  const texts = startTextJob({
    story: storyTexts(articles),
    dates: articles.map((a) => a.eventDate),
    claimTexts: wordings.texts,
  });
  // Awaited below; this only keeps an early failure from counting as unhandled.
  for (const p of [texts.claimWords, texts.similar]) p.catch(() => {});
  const out: Problem[] = [...problems];
  const idClash = (kind: string) => (wanted: string, given: string, file: string) =>
    out.push({ file, severity: "warning", code: "id-collision", message: `${kind} id "${wanted}" already taken; using "${given}"` });

  const people = new PeopleResolver(articles);
  const orgs = resolveOrganisations(articles);
  const orgIndex = new Map(orgs.organisations.map((o, i) => [o, i]));

  // Claims are numbered flat: article a's claim c is base[a] + c.
  const base: number[] = [];
  const claimAt: { a: number; c: number }[] = [];
  articles.forEach((article, a) => {
    base.push(claimAt.length);
    article.claims.forEach((_, c) => claimAt.push({ a, c }));
  });

  // Statements: every claim, blocked by who said it.
  const speakerKeys = (articleId: string, claim: Claim): Pick<ClaimItem, "block" | "speaker"> => {
    if (claim.speaker.kind === "person") {
      const p = people.provisional(articleId, claim.speaker.name);
      if (p) return { block: `p|${people.surnameBlock(articleId, claim.speaker.name)}`, speaker: `p|${p}` };
    }
    if (claim.speaker.kind === "organisation") {
      const o = orgs.organisationOf(articleId, claim.speaker.name);
      if (o) return { block: `o|${orgIndex.get(o)}`, speaker: `o|${orgIndex.get(o)}` };
    }
    return { block: "?", speaker: "?" };
  };
  const items: ClaimItem[] = claimAt.map(({ a, c }, k) =>
    ({ ...speakerKeys(articles[a]!.id, articles[a]!.claims[c]!), wording: wordings.of[k]! }));
  const groups = groupStatements(items, (x, y) =>
    x === y || (x.startsWith("p|") && y.startsWith("p|") && people.compatible(x.slice(2), y.slice(2))),
  await texts.claimWords);
  const groupOf = new Int32Array(claimAt.length);
  groups.forEach((g, gi) => g.forEach((k) => (groupOf[k] = gi)));

  // Stories: shared statements, shared people, distinctive words, dates.
  const storyGroups = groupStories(
    articles.map((article, a) => ({
      date: article.eventDate,
      statements: article.claims.map((_, c) => String(groupOf[base[a]! + c])),
      people: people.peopleIn(article.id),
    })),
    await texts.similar,
  );
  const storyIndexOf = new Map<string, number>();
  storyGroups.forEach((g, si) => g.forEach((a) => storyIndexOf.set(articles[a]!.id, si)));
  const final = people.finalize((id) => String(storyIndexOf.get(id) ?? id), surnameEvidence(groups, claimAt, items, articles));

  // Ids, asked for in a content-derived order so suffixes are stable.
  const fileOf = new Map(articles.map((a) => [a.id, a.file]));
  const personIds = allocate(final.people, new IdAllocator(idClash("person")), "person", fileOf);
  const orgIds = allocate(orgs.organisations, new IdAllocator(idClash("organisation")), "organisation", fileOf);
  const resolveSpeaker = (articleId: string, claim: Claim): { name: string | null; id: string | null } => {
    if (claim.speaker.kind === "person") {
      const p = final.personOf(articleId, claim.speaker.name);
      if (p) return { name: p.name, id: personIds.get(p)! };
    }
    if (claim.speaker.kind === "organisation") {
      const o = orgs.organisationOf(articleId, claim.speaker.name);
      if (o) return { name: o.name, id: orgIds.get(o)! };
    }
    return { name: claim.speaker.name, id: null };
  };

  // Statement records, anchored on the first report: earliest date (an undated article takes its
  // story's), then the fullest wording (direct before mixed before indirect), then article and place.
  const storyDate = storyGroups.map((g) => g.map((a) => articles[a]!.eventDate).filter((d): d is string => d !== null).sort()[0] ?? UNDATED);
  const articleDate = articles.map((article) => article.eventDate ?? storyDate[storyIndexOf.get(article.id)!]!);
  const KIND_RANK = { direct: 0, mixed: 1, indirect: 2 } as const;
  const anchorKey = (k: number): string => {
    const { a, c } = claimAt[k]!;
    const claim = articles[a]!.claims[c]!;
    return `${articleDate[a]}\u0000${KIND_RANK[claim.kind]}\u0000${articles[a]!.id}\u0000${String(claim.start).padStart(12, "0")}`;
  };
  const anchored = groups
    .map((g) => g.map((k) => [k, anchorKey(k)] as const).sort((x, y) => compareStrings(x[1], y[1])))
    .sort((x, y) => compareStrings(x[0]![1], y[0]![1]));
  const statementAlloc = new IdAllocator(idClash("statement"));
  const statementIdOf: string[] = new Array<string>(claimAt.length);
  const statements: Statement[] = anchored.map((members) => {
    const { a, c } = claimAt[members[0]![0]]!;
    const article = articles[a]!;
    const claim = article.claims[c]!;
    const id = statementAlloc.claim(`${slug(leadWords(claim.text), "statement")}-${digest(`${article.id}\u0000${claim.id}`, 6)}`, article.file);
    for (const [k] of members) statementIdOf[k] = id;
    const speaker = resolveSpeaker(article.id, claim);
    return {
      id,
      speaker: { name: speaker.name, id: speaker.id, kind: claim.speaker.kind },
      text: claim.text,
      claims: members.map(([k]) => ({ article: articles[claimAt[k]!.a]!.id, claim: articles[claimAt[k]!.a]!.claims[claimAt[k]!.c]!.id })),
      firstReported: members.map(([k]) => articles[claimAt[k]!.a]!.published?.date).filter((d) => d != null).sort()[0] ?? null,
    };
  });

  const peopleIn = invert(final.people, personIds);
  const orgsIn = invert(orgs.organisations, orgIds);
  const stories = storyRecords(storyGroups, articles, new IdAllocator(idClash("story")), (a) => peopleIn.get(articles[a]!.id) ?? [], (a) =>
    articles[a]!.claims.map((_, c) => statementIdOf[base[a]! + c]!),
  );
  const storyIdOf = new Map(stories.flatMap((s) => s.articles.map((id) => [id, s.id] as const)));

  const linked: LinkedArticle[] = articles.map((article, a) => ({
    ...article,
    claims: article.claims.map((claim, c) => {
      const speaker = resolveSpeaker(article.id, claim);
      return { ...claim, statement: statementIdOf[base[a]! + c]!, speaker: { ...claim.speaker, name: speaker.name, id: speaker.id } };
    }),
    people: peopleIn.get(article.id) ?? [],
    organisations: orgsIn.get(article.id) ?? [],
    story: storyIdOf.get(article.id) ?? null,
  }));

  const statementsBy = new Map<string, string[]>();
  for (const s of statements) if (s.speaker.id) (statementsBy.get(s.speaker.id) ?? statementsBy.set(s.speaker.id, []).get(s.speaker.id)!).push(s.id);
  const roles = rolesByPerson(articles, (articleId, name) => {
    const p = final.personOf(articleId, name);
    return p ? personIds.get(p)! : null;
  });
  const related = relatedPeople(linked);
  const personRecords: Person[] = final.people
    .map((p) => {
      const id = personIds.get(p)!;
      return {
        id,
        name: p.name,
        aliases: [...p.aliases].sort(),
        roles: roles.get(id) ?? [],
        articles: [...p.articles].sort(),
        statements: statementsBy.get(id) ?? [],
        related: related.get(id) ?? [],
      };
    })
    .sort((x, y) => compareStrings(x.id, y.id));
  const organisations = orgs.organisations
    .map((o) => {
      const id = orgIds.get(o)!;
      return { id, name: o.name, aliases: [...o.aliases].sort(), articles: [...o.articles].sort(), statements: statementsBy.get(id) ?? [] };
    })
    .sort((x, y) => compareStrings(x.id, y.id));

  return {
    articles: linked,
    people: personRecords,
    organisations,
    statements,
    stories,
    outlets: buildOutlets(articles, new IdAllocator(idClash("outlet"))),
    problems: out,
  };
}

/** Ids for people or organisations from their names, handed out in name order. */
function allocate<T extends PersonDraft | OrganisationDraft>(
  drafts: readonly T[],
  ids: IdAllocator,
  fallback: string,
  fileOf: ReadonlyMap<string, string>,
): Map<T, string> {
  const sorted = [...drafts].sort((x, y) => compareStrings(x.name, y.name) || compareStrings(first(x.articles), first(y.articles)));
  return new Map(sorted.map((d) => [d, ids.claim(slug(d.name, fallback), fileOf.get(first(d.articles)) ?? "")]));
}

/** Article id → ids of the records appearing in it. */
function invert<T extends { articles: ReadonlySet<string> }>(drafts: readonly T[], ids: ReadonlyMap<T, string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const d of drafts) for (const a of d.articles) (out.get(a) ?? out.set(a, []).get(a)!).push(ids.get(d)!);
  for (const list of out.values()) list.sort();
  return out;
}

/** Story records, anchored on their earliest dated article (its title and date name the story); newest first. */
function storyRecords(
  groups: readonly number[][],
  articles: readonly ArticleRecord[],
  ids: IdAllocator,
  peopleOf: (a: number) => readonly string[],
  statementsOf: (a: number) => readonly string[],
): Story[] {
  const order = (x: number, y: number): number =>
    compareStrings(articles[x]!.eventDate ?? UNDATED, articles[y]!.eventDate ?? UNDATED) || compareStrings(articles[x]!.id, articles[y]!.id);
  return groups
    .map((g) => [...g].sort(order))
    .sort((x, y) => order(x[0]!, y[0]!))
    .map((members) => {
      const anchor = articles[members[0]!]!;
      const date = anchor.eventDate;
      const counts = new Map<string, number>();
      for (const a of members) for (const p of peopleOf(a)) counts.set(p, (counts.get(p) ?? 0) + 1);
      return {
        id: ids.claim(slug(`${date ?? "undated"} ${leadWords(anchor.title)}`, "story"), anchor.file),
        title: anchor.title,
        date,
        articles: members.map((a) => articles[a]!.id),
        people: [...counts].sort(([x, n], [y, m]) => m - n || compareStrings(x, y)).map(([p]) => p),
        statements: [...new Set(members.flatMap(statementsOf))],
      };
    })
    .sort((x, y) => compareStrings(y.date ?? "", x.date ?? "") || compareStrings(x.id, y.id));
}

/**
 * A lone surname whose statement is also reported under exactly one full name is that person
 * ("Varga repeated that …" and "Paula Varga said that …"), even where the story names two Vargas.
 */
function surnameEvidence(
  groups: readonly number[][],
  claimAt: readonly { a: number; c: number }[],
  items: readonly ClaimItem[],
  articles: readonly ArticleRecord[],
): Map<string, string> {
  const out = new Map<string, string>();
  for (const g of groups) {
    const full = new Set(g.map((k) => items[k]!.speaker).filter((s) => s.startsWith("p|c")));
    if (full.size !== 1) continue;
    const ref = [...full][0]!.slice(2);
    for (const k of g) {
      if (!items[k]!.speaker.startsWith("p|s:")) continue;
      const { a, c } = claimAt[k]!;
      out.set(evidenceKey(articles[a]!.id, articles[a]!.claims[c]!.speaker.name ?? ""), ref);
    }
  }
  return out;
}
