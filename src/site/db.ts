import type {
  Claim, Corpus, LinkedArticle, Mention, Organisation, Outlet, Person, Statement, Story,
} from "../model/index.ts";
import { compareStrings } from "../order.ts";
import { TopK } from "../top-k.ts";
import { recordUrl } from "./urls.ts";

export interface EntityRef { kind: "person" | "organisation"; id: string }
export interface Report { article: LinkedArticle; claim: Claim; outlet: Outlet | null }
export interface DigestEntry { story: Story | null; articles: LinkedArticle[] }
export type TimelineEntry = { date: string } & ({ kind: "story"; story: Story } | { kind: "statement"; statement: Statement });

function byId<T extends { id: string }>(rows: readonly T[]): Map<string, T> {
  return new Map(rows.map((r) => [r.id, r]));
}

/** Newest first; undated last; then by title, then id, so the order is total and stable across builds. */
function newestFirst<T extends { id: string }>(rows: T[], date: (r: T) => string | null, title: (r: T) => string): T[] {
  return rows.sort((a, b) => {
    const da = date(a), db = date(b);
    if (da !== db) return da === null ? 1 : db === null ? -1 : db.localeCompare(da);
    return title(a).localeCompare(title(b)) || compareStrings(a.id, b.id);
  });
}

/**
 * A corpus-wide order made once, so that listing any subset in it (a person's articles, a story's
 * statements: tens of thousands of lists per build, planned and rendered) sorts on ranks, not dates and titles.
 */
class Order<T extends { id: string }> {
  private readonly rank: Map<string, number>;
  constructor(readonly all: readonly T[]) {
    this.rank = new Map(all.map((r, i) => [r.id, i]));
  }

  rankOf(id: string): number {
    return this.rank.get(id)!;
  }

  /** `rows` in this order, sorted in place. Ranks are looked up once per row, not once per comparison. */
  of(rows: T[]): T[] {
    const ranked = rows.map((r) => ({ r, rank: this.rank.get(r.id)! }));
    ranked.sort((a, b) => a.rank - b.rank);
    ranked.forEach((x, i) => (rows[i] = x.r));
    return rows;
  }
}

/** Index of the first of `spans` (sorted by start) starting at or after `at`. */
function firstFrom(spans: readonly { start: number }[], at: number): number {
  let lo = 0, hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Every lowercased name and alias of the corpus's people and organisations, with the records that bear it. */
function namesIndex(corpus: Corpus): Map<string, EntityRef[]> {
  const index = new Map<string, EntityRef[]>();
  const add = (kind: EntityRef["kind"], r: Person | Organisation) => {
    for (const n of [r.name, ...r.aliases]) {
      const key = n.toLowerCase();
      const refs = index.get(key);
      if (refs) refs.push({ kind, id: r.id });
      else index.set(key, [{ kind, id: r.id }]);
    }
  };
  for (const o of corpus.organisations) add("organisation", o);
  for (const p of corpus.people) add("person", p);
  return index;
}

/** Articles in each feed (Atom and JSON Feed), newest first. */
export const FEED_SIZE = 50;

export const articleDate = (a: LinkedArticle): string | null => a.published?.date ?? null;

/** Other reports an article page lists (see Db.alsoReportedBy). */
export const ALSO_REPORTED_SHOWN = 10;
interface AlsoReported {
  articles: LinkedArticle[];
  /** Whether there were more than it holds. */
  more: boolean;
}

/**
 * Lookups the templates need, built once per corpus so a page never scans the whole corpus
 * (10,000-article builds render tens of thousands of pages).
 */
export class Db {
  readonly articles: Map<string, LinkedArticle>;
  readonly people: Map<string, Person>;
  readonly organisations: Map<string, Organisation>;
  readonly statements: Map<string, Statement>;
  readonly stories: Map<string, Story>;
  readonly outlets: Map<string, Outlet>;
  private readonly outletOf = new Map<string, Outlet>();
  private readonly statementArticles = new Map<string, Set<string>>();
  private entitiesNamed: Map<string, EntityRef[]> | null = null;
  /** Per article, where each of its people and organisations stands in its lists. */
  private readonly entityRank = new Map<string, Record<EntityRef["kind"], Map<string, number>>>();
  private aboutIndex: Map<string, Set<string>> | null = null;
  // Whole-corpus lists, made on first use: every Eleventy run of a build asks for them.
  private articleOrder: Order<LinkedArticle> | null = null;
  private statementOrder: Order<Statement> | null = null;
  private people_: Person[] | null = null;
  private digest_: DigestEntry[] | null = null;
  private timeline_: TimelineEntry[] | null = null;
  /** Asked by the plan and again by the article page. */
  private readonly alsoReported = new Map<string, AlsoReported>();

  constructor(readonly corpus: Corpus) {
    this.articles = byId(corpus.articles);
    this.people = byId(corpus.people);
    this.organisations = byId(corpus.organisations);
    this.statements = byId(corpus.statements);
    this.stories = byId(corpus.stories);
    this.outlets = byId(corpus.outlets);
    for (const o of corpus.outlets) for (const a of o.articles) this.outletOf.set(a, o);
    for (const s of corpus.statements) {
      this.statementArticles.set(s.id, new Set(s.claims.map((c) => c.article)));
    }
  }

  outletOfArticle(articleId: string): Outlet | null {
    return this.outletOf.get(articleId) ?? null;
  }

  claim(articleId: string, claimId: string): Claim | null {
    return this.articles.get(articleId)?.claims.find((c) => c.id === claimId) ?? null;
  }

  /** Each report of a statement with its article and outlet; reports whose records are missing are left out. */
  reports(statement: Statement): Report[] {
    const out: Report[] = [];
    for (const ref of statement.claims) {
      const article = this.articles.get(ref.article);
      const claim = article?.claims.find((c) => c.id === ref.claim);
      if (article && claim) out.push({ article, claim, outlet: this.outletOfArticle(article.id) });
    }
    return out;
  }

  /**
   * Other articles on the same story or carrying one of this article's statements: those sharing
   * the most of its statements first, then the newest; at most ALSO_REPORTED_SHOWN of them, and
   * whether there were more. Copies of a wire quote put one statement in hundreds of articles
   * (up to 485 at 10,000 generated articles); the story's and each statement's pages list all.
   */
  alsoReportedBy(article: LinkedArticle): AlsoReported {
    let also = this.alsoReported.get(article.id);
    if (!also) this.alsoReported.set(article.id, (also = this.findAlsoReported(article)));
    return also;
  }

  private findAlsoReported(article: LinkedArticle): AlsoReported {
    const shared = new Map<string, number>();
    for (const statement of new Set(article.claims.map((c) => c.statement))) {
      if (statement) for (const id of this.statementArticles.get(statement) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    if (article.story) for (const id of this.stories.get(article.story)?.articles ?? []) if (!shared.has(id)) shared.set(id, 0);
    shared.delete(article.id);
    // Most shared statements first, then newest. Every article is asked (the plan hashes each
    // page's list) and a story of wire copies holds hundreds: keep the top, not a sort of all.
    const order = this.newestArticles();
    const top = new TopK<string>(ALSO_REPORTED_SHOWN, (a, b) => order.rankOf(a) < order.rankOf(b));
    for (const [id, n] of shared) top.offer(id, n);
    return { articles: this.pick(this.articles, top.items()), more: shared.size > ALSO_REPORTED_SHOWN };
  }

  /**
   * The person or organisation record a mention in this article stands for, matched on the
   * names the link stage gave the article's records (mentions carry no record id). Where the
   * article has several records of that name, a person beats an organisation, and a later one
   * in the article's list an earlier one. Names are indexed once for the corpus: per article,
   * a popular person's hundred aliases would be lowercased again in every article naming them.
   */
  entityOf(article: LinkedArticle, mention: Pick<Mention, "name" | "text">): EntityRef | null {
    const named = (this.entitiesNamed ??= namesIndex(this.corpus));
    let rank = this.entityRank.get(article.id);
    if (!rank) {
      // People rank above every organisation; within each list, later entries rank higher.
      const afterOrganisations = article.organisations.length;
      rank = {
        organisation: new Map(article.organisations.map((id, i) => [id, i])),
        person: new Map(article.people.map((id, i) => [id, afterOrganisations + i])),
      };
      this.entityRank.set(article.id, rank);
    }
    const best = (name: string): EntityRef | null => {
      let found: EntityRef | null = null, top = -1;
      for (const ref of named.get(name.toLowerCase()) ?? []) {
        const r = rank![ref.kind].get(ref.id) ?? -1;
        if (r > top) [found, top] = [ref, r];
      }
      return found;
    };
    return best(mention.name) ?? best(mention.text);
  }

  /** Statements by others whose wording names this person, newest first. */
  statementsAbout(person: Person): Statement[] {
    if (!this.aboutIndex) {
      // Built once, on first use: every claim's content is scanned for the mentions inside it.
      this.aboutIndex = new Map();
      for (const article of this.corpus.articles) {
        // People mentioned, by start, so each claim looks only at those starting inside it.
        const mentions = article.mentions.filter((m) => m.kind === "person").sort((x, y) => x.start - y.start);
        for (const claim of article.claims) {
          if (!claim.statement) continue;
          for (let k = firstFrom(mentions, claim.start); k < mentions.length && mentions[k]!.start < claim.end; k++) {
            const m = mentions[k]!;
            if (m.end > claim.end) continue;
            const entity = this.entityOf(article, m);
            if (!entity || entity.kind !== "person" || entity.id === claim.speaker.id) continue;
            let set = this.aboutIndex.get(entity.id);
            if (!set) this.aboutIndex.set(entity.id, (set = new Set()));
            set.add(claim.statement);
          }
        }
      }
    }
    return this.sortedStatements([...(this.aboutIndex.get(person.id) ?? [])]);
  }

  /** URL of a speaker or mention target, or null when it has no page. */
  entityUrl(ref: { kind: string; id: string | null }): string | null {
    if (ref.id === null) return null;
    if (ref.kind === "person" && this.people.has(ref.id)) return recordUrl("person", ref.id);
    if (ref.kind === "organisation" && this.organisations.has(ref.id)) return recordUrl("organisation", ref.id);
    return null;
  }

  /** The records of `ids` that `map` has, in the order of `ids` (a loop: flatMap made an array per id). */
  pick<T>(map: Map<string, T>, ids: readonly string[]): T[] {
    const out: T[] = [];
    for (const id of ids) {
      const r = map.get(id);
      if (r !== undefined) out.push(r);
    }
    return out;
  }

  private newestArticles(): Order<LinkedArticle> {
    return (this.articleOrder ??= new Order(newestFirst([...this.corpus.articles], articleDate, (a) => a.title)));
  }

  sortedArticles(ids?: readonly string[]): LinkedArticle[] {
    const order = this.newestArticles();
    return ids ? order.of(this.pick(this.articles, ids)) : [...order.all];
  }

  /** The newest articles, for feeds: readers poll them often, so they hold a window, not the archive. */
  feedArticles(): LinkedArticle[] {
    return this.sortedArticles().slice(0, FEED_SIZE);
  }

  /** Home page: stories newest first, then articles that belong to no story. */
  digest(): readonly DigestEntry[] {
    return (this.digest_ ??= this.makeDigest());
  }

  private makeDigest(): DigestEntry[] {
    const stories = newestFirst([...this.corpus.stories], (s) => s.date, (s) => s.title)
      .map((story) => ({ story, articles: this.sortedArticles(story.articles) }))
      .filter((e) => e.articles.length > 0);
    const inStory = new Set(stories.flatMap((e) => e.articles.map((a) => a.id)));
    const loose = this.sortedArticles().filter((a) => !inStory.has(a.id));
    return loose.length ? [...stories, { story: null, articles: loose }] : stories;
  }

  articlesWithoutOutlet(): LinkedArticle[] {
    return this.sortedArticles().filter((a) => !this.outletOf.has(a.id));
  }

  /** Date of the newest dated article, for feed headers; a fixed date when none is dated. */
  newestDate(): string {
    return this.sortedArticles().map(articleDate).find((d) => d !== null) ?? "1970-01-01";
  }

  sortedPeople(): readonly Person[] {
    return (this.people_ ??= [...this.corpus.people].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)));
  }

  sortedStatements(ids?: readonly string[]): Statement[] {
    this.statementOrder ??= new Order(newestFirst([...this.corpus.statements], (s) => s.firstReported, (s) => s.text));
    return ids ? this.statementOrder.of(this.pick(this.statements, ids)) : [...this.statementOrder.all];
  }

  /** Dated stories and statements, newest first. */
  timeline(): readonly TimelineEntry[] {
    return (this.timeline_ ??= this.makeTimeline());
  }

  private makeTimeline(): TimelineEntry[] {
    const rows: TimelineEntry[] = [
      ...this.corpus.stories.flatMap((story) => (story.date ? [{ date: story.date, kind: "story" as const, story }] : [])),
      ...this.corpus.statements.flatMap((statement) =>
        statement.firstReported ? [{ date: statement.firstReported, kind: "statement" as const, statement }] : []),
    ];
    // Within a day, the story comes before the statements made in it.
    return rows.sort((a, b) => b.date.localeCompare(a.date) || (a.kind === b.kind ? 0 : a.kind === "story" ? -1 : 1));
  }

  /** Roles oldest first, undated last, one row per distinct title and organisation. */
  roles(person: Person): Person["roles"] {
    const seen = new Set<string>();
    return [...person.roles]
      .sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999"))
      .filter((r) => {
        const key = `${r.title}\u0000${r.organisation ?? ""}`;
        return seen.has(key) ? false : (seen.add(key), true);
      });
  }
}
