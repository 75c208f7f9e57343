import { hash } from "node:crypto";
import type { Claim, LinkedArticle, Organisation, Outlet, Person, Statement, Story } from "../model/index.ts";
import { anchoredClaims } from "../site/body.ts";
import type { Db } from "../site/db.ts";
import { articleJsonUrl, recordUrl, type Section } from "../site/urls.ts";

/**
 * Every record page (and article JSON file) of the site with a hash of the data it is rendered
 * from. A page's data is what its template reads: the record itself in full and, for each
 * other record it shows, the fields shown (computed through the same Db queries the template
 * calls). A template that starts showing more of another record must say so here, or
 * incremental builds go stale; tests/rebuild.test.ts compares an incremental build with a
 * clean one to catch that.
 */
export interface PlannedPage {
  kind: Section;
  id: string;
  /** Output file, relative to the site folder, e.g. `articles/x/index.html`. */
  file: string;
  hash: string;
}

const hashOf = (value: unknown): string => hash("sha256", JSON.stringify(value), "base64url").slice(0, 22);
const pageFile = (kind: Section, id: string): string => `${recordUrl(kind, id).slice(1)}index.html`;
/** Files each record has: its page, and an article its JSON record too (rendered from the same data). */
const filesOf = (kind: Section, id: string): string[] =>
  (kind === "article" ? [pageFile(kind, id), articleJsonUrl(id).slice(1)] : [pageFile(kind, id)]);

/**
 * An article less the parts only extraction sets, which its content hash stands for: the same
 * bytes through the same extractor (part of the renderer version) under the same id give the
 * same text, mentions, roles and claims. Of a claim only what linking sets is kept. Hashing the
 * rest in full was most of the plan's time on large corpora.
 */
function linkedPart(a: LinkedArticle) {
  const { paragraphs: _p, mentions: _m, removed: _r, roles: _o, claims, ...linked } = a;
  return { ...linked, claims: claims.map(linkedClaim) };
}
const linkedClaim = (c: Claim) => [c.statement, c.speaker.name, c.speaker.id];

/**
 * A report on its statement's page, in the same way: its id (the article's id and the claim's
 * place) stands for the rest; of what linking sets, the speaker (the statement is the page's own).
 */
const reportPart = (article: LinkedArticle, c: Claim) => [article.contentHash, c.id, c.speaker.name, c.speaker.id];

/** `view` with each result kept per record: a card is listed on thousands of pages, serialised once. */
function once<T extends object>(view: (r: T) => unknown): (r: T) => string {
  const seen = new WeakMap<T, string>();
  return (r) => {
    let h = seen.get(r);
    if (h === undefined) seen.set(r, (h = hashOf(view(r))));
    return h;
  };
}

function views(db: Db) {
  const outlet = (articleId: string) => {
    const o = db.outletOfArticle(articleId);
    return o ? [o.id, o.name] : null;
  };
  // The short forms other pages list are hashed once per record, and pages hash those hashes.
  /** What an article card (and the other short mentions of an article) shows. */
  const card = once((a: LinkedArticle) => [a.id, a.title, a.dek, a.published, a.agencies, outlet(a.id)]);
  /** What a statement item shows, speaker link included. */
  const item = once((s: Statement) => [s.id, s.text, s.speaker, db.entityUrl(s.speaker), s.claims.length, s.firstReported]);
  const named = once((r: Person | Organisation) => [r.id, r.name, r.aliases]);
  const also = (a: LinkedArticle) => {
    const { articles, more } = db.alsoReportedBy(a);
    return [articles.map(card), more];
  };
  return {
    article: (a: LinkedArticle) => [
      linkedPart(a), outlet(a.id), a.story ? db.stories.get(a.story)?.title ?? null : null,
      db.pick(db.people, a.people).map(named), db.pick(db.organisations, a.organisations).map(named),
      a.claims.map((c) => [c.statement !== null && db.statements.has(c.statement), db.entityUrl(c.speaker)]),
      also(a),
    ],
    person: (p: Person) => [
      p, p.roles.map((r) => db.articles.get(r.article)?.title ?? null),
      db.sortedStatements(p.statements).map(item), db.statementsAbout(p).map(item),
      db.sortedArticles(p.articles).map(card), db.pick(db.people, p.related).map(named),
    ],
    // The statement's claims are its reports, which the page shows (and hashes) one by one: listed
    // twice they were a quarter of the 147 MB of JSON a 10,000-article plan serialised (the
    // statement pages' share went from 77 to 41 MB).
    statement: (s: Statement) => {
      const { claims: _claims, ...shown } = s;
      return [
        shown, db.entityUrl(s.speaker), s.speaker.id ? db.people.get(s.speaker.id)?.name ?? null : null,
        db.reports(s).map(({ article, claim, outlet: o }) => [
          card(article), reportPart(article, claim), o?.name ?? null, anchoredClaims(article).has(claim.id),
        ]),
      ];
    },
    story: (st: Story) => [
      st, db.sortedArticles(st.articles).map(card), db.pick(db.people, st.people).map(named),
      db.sortedStatements(st.statements).map(item),
    ],
    outlet: (o: Outlet) => [o, db.sortedArticles(o.articles).map(card)],
    organisation: (o: Organisation) => [o, db.sortedStatements(o.statements).map(item), db.sortedArticles(o.articles).map(card)],
  };
}

export interface SitePlan {
  pages: PlannedPage[];
  /**
   * Hash of everything the site-wide pages (home, indexes, feeds, sitemap, API) can show: every
   * record page's hash in corpus order, plus the problems. Any change re-renders them all.
   */
  siteHash: string;
}

/** Records planned between turns of the event loop, so the search threads get their next shard meanwhile. */
const RECORDS_PER_TURN = 500;

export async function planSite(db: Db): Promise<SitePlan> {
  const v = views(db);
  const pages: PlannedPage[] = [];
  let planned = 0;
  const add = async <T extends { id: string }>(kind: Section, rows: readonly T[], view: (r: T) => unknown) => {
    for (const r of rows) {
      const hash = hashOf(view(r));
      for (const file of filesOf(kind, r.id)) pages.push({ kind, id: r.id, file, hash });
      if (++planned % RECORDS_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
    }
  };
  const c = db.corpus;
  await add("article", c.articles, v.article);
  await add("person", c.people, v.person);
  await add("statement", c.statements, v.statement);
  await add("story", c.stories, v.story);
  await add("outlet", c.outlets, v.outlet);
  await add("organisation", c.organisations, v.organisation);
  return { pages, siteHash: hashOf([pages.map((p) => p.hash), c.problems]) };
}
