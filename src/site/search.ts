import { createHash } from "node:crypto";
import type { CustomRecord } from "pagefind";
import type { LinkedArticle, Person, Statement } from "../model/index.ts";
import { compareStrings } from "../order.ts";
import type { Db } from "./db.ts";
import { recordUrl } from "./urls.ts";

/**
 * What search finds: one Pagefind record per article, person and statement, made from the
 * records rather than parsed back out of the rendered HTML. That is several times cheaper than
 * reading tens of thousands of pages, and it lets an incremental build tell exactly which
 * records' searchable text changed (a person page gains a card with every new article; the
 * person's name, aliases and roles, which is what search needs, rarely change).
 *
 * Every record is indexed as English: Pagefind keeps one index per language and the search page
 * searches one, so a German article tagged "de" would otherwise be unfindable from it.
 */
export type SearchRecord = CustomRecord;

const LANGUAGE = "en";
const clip = (text: string, n: number): string => (text.length > n ? `${text.slice(0, n - 1).trimEnd()}…` : text);
const lines = (...parts: (string | null | undefined)[]): string => parts.filter((p): p is string => !!p).join("\n");

function articleRecord(a: LinkedArticle, db: Db): SearchRecord {
  const outlet = db.outletOfArticle(a.id);
  const body = a.paragraphs.filter((p) => p.kind !== "title").map((p) => p.text);
  const date = a.published?.date;
  return {
    url: recordUrl("article", a.id), language: LANGUAGE,
    content: lines(a.title, a.dek, ...body),
    meta: { title: a.title },
    filters: {
      type: ["Article"], outlet: [outlet?.name ?? "Outlet not named"],
      person: db.pick(db.people, a.people).map((p) => p.name),
      ...(date ? { date: [date] } : {}),
    },
    ...(date ? { sort: { date } } : {}),
  };
}

function personRecord(p: Person, db: Db): SearchRecord {
  const roles = db.roles(p).map((r) => (r.organisation ? `${r.title}, ${r.organisation}` : r.title));
  return {
    url: recordUrl("person", p.id), language: LANGUAGE,
    content: lines(p.name, p.aliases.length ? `Also named: ${p.aliases.join("; ")}` : null, ...roles),
    meta: { title: p.name },
    filters: { type: ["Person"], person: [p.name] },
  };
}

function statementRecord(s: Statement, db: Db): SearchRecord {
  const reports = db.reports(s);
  const speaker = s.speaker.name;
  // The person filter lists people with a page; a speaker that is a country or "officials" is not one.
  const person = s.speaker.kind === "person" && s.speaker.id ? db.people.get(s.speaker.id)?.name : undefined;
  const wordings = [...new Set(reports.map((r) => r.claim.text))].filter((t) => t !== s.text);
  return {
    url: recordUrl("statement", s.id), language: LANGUAGE,
    content: lines(s.text, speaker ? `Said by ${speaker}` : null, ...wordings),
    meta: { title: `${speaker ?? "Unattributed"}: ${clip(s.text, 70)}` },
    filters: {
      type: ["Statement"],
      outlet: [...new Set(reports.map((r) => r.outlet?.name ?? "Outlet not named"))].sort(),
      ...(person ? { person: [person] } : {}),
    },
  };
}

/**
 * Every search record of the corpus, in corpus order, each with what its shard's hash is made
 * of: the record itself, but for an article's text its content hash, which stands for it (the
 * same bytes through the same extractor, which is part of the renderer version). Hashing the
 * text in full was most of the hashing's cost.
 */
function searchRecords(db: Db): { record: SearchRecord; key: unknown }[] {
  const asItself = (record: SearchRecord) => ({ record, key: record });
  const c = db.corpus;
  return [
    ...c.articles.map((a) => {
      const record = articleRecord(a, db);
      return { record, key: { ...record, content: a.contentHash } };
    }),
    ...c.people.map((p) => asItself(personRecord(p, db))),
    ...c.statements.map((s) => asItself(statementRecord(s, db))),
  ];
}

/**
 * The search index is split into shards, each its own Pagefind bundle under `/pagefind/NAME/`,
 * which the search page merges in the browser (Pagefind's `mergeIndex`). Pagefind cannot update
 * an index in place, so a single index would be rebuilt whole on every change; with shards an
 * incremental build re-indexes only the shards holding a record whose search text changed.
 * Records go to shards by a hash of their URL, so a clean and an incremental build of the same
 * seeds make the same shards.
 */
export interface SearchShard {
  /** Folder under `pagefind/`. */
  name: string;
  /** Hash of the shard's records: equal hashes, equal index. */
  hash: string;
  records: SearchRecord[];
}

/**
 * Records per shard the split aims at. Fewer, larger shards mean fewer files for a browser to
 * fetch per search; more, smaller ones mean less to re-index when one record changes. The shard
 * count is a power of two, so it changes (re-indexing everything once) only when the corpus
 * doubles or halves.
 */
const RECORDS_PER_SHARD = 2_000;

const sha = (text: string): string => createHash("sha256").update(text).digest("hex");
const shardName = (i: number): string => String(i).padStart(2, "0");

/** The fewest shards, a power of two, that hold `records` records at about `perShard` each. */
function shardCount(records: number, perShard: number): number {
  let count = 1;
  while (count * perShard < records) count *= 2;
  return count;
}

/** One search record per article, person and statement. */
const recordCount = ({ corpus: c }: Db): number => c.articles.length + c.people.length + c.statements.length;

/** The corpus's search shards, records and all (built once per build, by the renderer). */
export function searchShards(db: Db, perShard = RECORDS_PER_SHARD): SearchShard[] {
  const entries = searchRecords(db);
  const count = shardCount(entries.length, perShard);
  const shards = Array.from({ length: count }, () => [] as typeof entries);
  for (const e of entries) shards[Number.parseInt(sha(e.record.url).slice(0, 8), 16) % count]!.push(e);
  // In URL order, so a shard's hash (and index) changes only when its records do: in corpus order
  // one new article could reorder statements (their order follows story dates) and so re-index
  // 12 of 16 shards whose records were all unchanged (bench, 1,000 articles).
  return shards.map((s, i) => {
    s.sort((x, y) => compareStrings(x.record.url, y.record.url));
    return { name: shardName(i), hash: sha(JSON.stringify(s.map((e) => e.key))).slice(0, 22), records: s.map((e) => e.record) };
  });
}

/**
 * Each shard's bundle URL, from the number of records alone (the search page needs no record);
 * the page loads Pagefind from the first and merges the others.
 */
export const searchBundles = (db: Db, perShard = RECORDS_PER_SHARD): string[] =>
  Array.from({ length: shardCount(recordCount(db), perShard) }, (_, i) => `/pagefind/${shardName(i)}/`);
