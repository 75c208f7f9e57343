import type { ArticleRecord } from "../model/index.ts";
import { osaDistance } from "./distance.ts";
import { foldText, nameKey, nameTokens } from "./text.ts";
import { UnionFind } from "./union-find.ts";

/** A person as the linker sees it before ids are handed out. */
export interface PersonDraft {
  name: string;
  aliases: Set<string>;
  articles: Set<string>;
}

/** Names a person is called by in one article: the article's resolved name and the surface forms. */
interface LocalPerson {
  name: string;
  key: string;
  surfaces: Set<string>;
  /** Its provisional person key, worked out on first use (see PeopleResolver.provisional). */
  provisional?: string;
}

/** Full names need two tokens; a lone token is a surname (or given name) to attach later. */
const isFullName = (key: string): boolean => key.includes(" ");

/** Names a person can bear: starts with a capital, is not a description such as "the Dutchman". */
function looksLikeName(name: string): boolean {
  return /^\p{Lu}/u.test(name.trim()) && !/^the\s/i.test(name.trim()) && nameKey(name) !== "";
}

const PRONOUNS = new Set("he she him her his hers i me my we us our they them their it its you your".split(" "));

/**
 * A form a person goes by: capitalised words, initials and particles ("Mr. Trump", "NATO
 * Secretary General Mark Rutte", "Jan de Vries"). Pronouns and descriptions ("he", "the
 * minister", "A defensive Obama", "Mr. Trump's campaign chairman") are not aliases.
 */
function isAliasSurface(surface: string): boolean {
  const words = surface.trim().split(/\s+/);
  return /\p{Lu}/u.test(surface) && !PRONOUNS.has(surface.trim().toLowerCase()) && words.length <= 6
    && words.every((w) => /^\p{Lu}/u.test(w) && !/['’]s?$/.test(w) || /^\p{Ll}{1,3}$/u.test(w) && w !== "and");
}

function paragraphSlice(article: ArticleRecord, start: number, end: number): string | null {
  const p = article.paragraphs.find((q) => q.start <= start && end <= q.end);
  return p ? p.text.slice(start - p.start, end - p.start) : null;
}

/** Every person name used in each article, with what it was called there. */
function localPeople(article: ArticleRecord): Map<string, LocalPerson> {
  const notPeople = new Set(article.mentions.filter((m) => m.kind !== "person").map((m) => nameKey(m.name)));
  const local = new Map<string, LocalPerson>();
  const add = (name: string | null, surface: string | null): void => {
    if (!name || !looksLikeName(name)) return;
    const key = nameKey(name);
    if (notPeople.has(key)) return;
    let entry = local.get(key);
    if (!entry) local.set(key, (entry = { name: name.trim(), key, surfaces: new Set() }));
    if (surface && isAliasSurface(surface)) entry.surfaces.add(surface.replace(/\s+/g, " ").trim());
  };
  for (const m of article.mentions) if (m.kind === "person") add(m.name, m.text);
  for (const c of article.claims) if (c.speaker.kind === "person") add(c.speaker.name, c.speaker.text);
  // A title written before the name is a form the person goes by ("NATO Secretary General Mark
  // Rutte"); an appositive ("John Kirby, coordinator at …") or a lower-case one ("its leader X") is not.
  for (const r of article.roles) {
    const span = paragraphSlice(article, r.start, r.end);
    add(r.person, span && /^\p{Lu}/u.test(span) && !span.includes(",") ? span : null);
  }
  return local;
}

/** Full names by their last and first token, so a lone token finds its candidates directly. */
class SurnameIndex {
  private readonly byLast = new Map<string, string[]>();
  private readonly byFirst = new Map<string, string[]>();

  constructor(fullKeys: Iterable<string>) {
    for (const k of fullKeys) {
      const t = nameTokens(k);
      push(this.byLast, t.at(-1)!, k);
      push(this.byFirst, t[0]!, k);
    }
  }

  /** A lone token matches by last token, or (East Asian name order) by first token. */
  matches(single: string): string[] {
    return this.byLast.get(single) ?? this.byFirst.get(single) ?? [];
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Resolves person names across articles in two phases. First full names: the same folded name
 * is one person, and a near-identical spelling joins when both names share context (a person
 * both appear with) and never appear together in one article. Then lone surnames, once stories
 * are known: they attach to the one full-named person with that surname in the same article or
 * story, else to the one such person in the whole corpus, else stand as their own record.
 */
export class PeopleResolver {
  private readonly local = new Map<string, Map<string, LocalPerson>>();
  private readonly fullKeys: string[] = [];
  private readonly fullIndex = new Map<string, number>();
  private readonly uf: UnionFind;
  /** Per cluster root, the surname index of its full names. */
  private readonly clusters = new Map<number, SurnameIndex>();

  constructor(articles: readonly ArticleRecord[]) {
    for (const a of articles) {
      const people = localPeople(a);
      this.local.set(a.id, people);
      for (const key of people.keys()) {
        if (isFullName(key) && !this.fullIndex.has(key)) {
          this.fullIndex.set(key, this.fullKeys.length);
          this.fullKeys.push(key);
        }
      }
    }
    this.uf = new UnionFind(this.fullKeys.length);
    this.joinMisspellings();
    this.joinMiddleInitials();
    const members = new Map<number, string[]>();
    this.fullKeys.forEach((k, i) => push(members, this.uf.find(i), k));
    for (const [root, keys] of members) this.clusters.set(root, new SurnameIndex(keys));
  }

  private joinMisspellings(): void {
    const articlesOf = new Map<number, Set<string>>();
    const companions = new Map<number, Set<number>>();
    for (const [articleId, people] of this.local) {
      const here = [...people.keys()].filter(isFullName).map((k) => this.fullIndex.get(k)!);
      for (const i of here) {
        if (!articlesOf.has(i)) articlesOf.set(i, new Set());
        articlesOf.get(i)!.add(articleId);
        if (!companions.has(i)) companions.set(i, new Set());
        for (const j of here) if (j !== i) companions.get(i)!.add(j);
      }
    }
    const compact = this.fullKeys.map((k) => k.replace(/ /g, ""));
    // Block by the first and by the last three letters: a misspelling rarely hits both ends.
    const blocks = new Map<string, number[]>();
    compact.forEach((c, i) => {
      for (const b of [`^${c.slice(0, 3)}`, `$${c.slice(-3)}`]) {
        const list = blocks.get(b);
        if (list) list.push(i);
        else blocks.set(b, [i]);
      }
    });
    for (const members of blocks.values()) {
      // Within a block only names of near length can be one edit apart; sort so the scan stops early.
      members.sort((x, y) => compact[x]!.length - compact[y]!.length);
      for (let x = 0; x < members.length; x++) {
        for (let y = x + 1; y < members.length; y++) {
          const i = members[x]!;
          const j = members[y]!;
          const a = compact[i]!;
          const b = compact[j]!;
          if (b.length - a.length > 2) break;
          if (a.length < 7) continue;
          const limit = a.length >= 14 ? 2 : 1;
          if (osaDistance(a, b, limit) > limit) continue;
          const ai = articlesOf.get(i)!;
          if ([...articlesOf.get(j)!].some((id) => ai.has(id))) continue;
          const ci = new Set([...companions.get(i)!].map((k) => this.uf.find(k)));
          if (![...companions.get(j)!].some((k) => ci.has(this.uf.find(k)))) continue;
          this.uf.union(i, j);
        }
      }
    }
  }

  /**
   * "Donald J. Trump" is "Donald Trump": a name with one middle initial joins the same name
   * without it, when the corpus writes that name with no other initial ("George W. Bush" and
   * "George H. W. Bush" both leave "George Bush" as it is).
   */
  private joinMiddleInitials(): void {
    const variants = new Map<string, number[]>();
    this.fullKeys.forEach((k, i) => {
      const t = nameTokens(k);
      const bare = t.length > 2 ? [t[0]!, ...t.slice(1, -1).filter((w) => w.length > 1), t.at(-1)!] : t;
      if (bare.length === 2) push(variants, bare.join(" "), i);
    });
    for (const [bare, members] of variants) {
      const plain = this.fullIndex.get(bare);
      const initialled = members.filter((i) => i !== plain);
      if (plain !== undefined && initialled.length === 1) this.uf.union(plain, initialled[0]!);
    }
  }

  /** A provisional person key for a name in an article: full-name cluster, or lone surname. */
  provisional(articleId: string, name: string | null): string | null {
    if (!name) return null;
    const key = nameKey(name);
    const people = this.local.get(articleId);
    const entry = people?.get(key);
    if (!people || !entry) return null;
    return (entry.provisional ??= this.resolve(people, key));
  }

  private resolve(people: Map<string, LocalPerson>, key: string): string {
    if (isFullName(key)) return `c${this.uf.find(this.fullIndex.get(key)!)}`;
    const inArticle = new SurnameIndex([...people.keys()].filter(isFullName)).matches(key);
    if (inArticle.length === 1) return `c${this.uf.find(this.fullIndex.get(inArticle[0]!)!)}`;
    return `s:${key}`;
  }

  /** Provisional keys of every person named in an article. */
  peopleIn(articleId: string): string[] {
    return [...(this.local.get(articleId)?.keys() ?? [])].map((k) => this.provisional(articleId, k)!);
  }

  /** Speaker blocking key for statements: the surname, so surname-only reports share a block. */
  surnameBlock(articleId: string, name: string | null): string | null {
    const p = this.provisional(articleId, name);
    if (!p) return null;
    if (p.startsWith("s:")) return p.slice(2);
    const root = Number(p.slice(1));
    return nameTokens(this.fullKeys[root]!).at(-1) ?? null;
  }

  /** Two provisional keys that may be one person (the same cluster, or a surname that fits). */
  compatible(p: string, q: string): boolean {
    if (p === q) return true;
    const single = p.startsWith("s:") ? p : q.startsWith("s:") ? q : null;
    if (!single) return false;
    const other = single === p ? q : p;
    if (other.startsWith("s:")) return false;
    return (this.clusters.get(Number(other.slice(1)))?.matches(single.slice(2)).length ?? 0) > 0;
  }

  /**
   * Final person records. `storyOf` gives each article's story (or null) so lone surnames can
   * be attached in the story's context. Returns the drafts and a lookup from (article, name).
   */
  finalize(
    storyOf: (articleId: string) => string | null,
    /** Provisional key a lone surname in an article is known to be, from a statement it shares. */
    evidence: ReadonlyMap<string, string> = new Map(),
  ): {
    people: PersonDraft[];
    personOf: (articleId: string, name: string | null) => PersonDraft | null;
  } {
    const byRef = new Map<string, PersonDraft>();
    const nameVotes = new Map<string, Map<string, Set<string>>>();
    const storyKeys = new Map<string, Set<string>>();
    for (const [articleId, people] of this.local) {
      const story = storyOf(articleId) ?? `article:${articleId}`;
      if (!storyKeys.has(story)) storyKeys.set(story, new Set());
      for (const key of people.keys()) if (isFullName(key)) storyKeys.get(story)!.add(key);
    }
    const inStory = new Map([...storyKeys].map(([story, keys]) => [story, new SurnameIndex(keys)]));
    const anywhere = new SurnameIndex(this.fullKeys);
    const rootsOf = (keys: string[]): Set<number> => new Set(keys.map((k) => this.uf.find(this.fullIndex.get(k)!)));
    // How many articles name each full-named person, for a surname the corpus gives several.
    const reach = new Map<number, number>();
    for (const people of this.local.values()) {
      for (const root of rootsOf([...people.keys()].filter(isFullName))) reach.set(root, (reach.get(root) ?? 0) + 1);
    }
    const refOf = new Map<string, string>();
    for (const [articleId, people] of this.local) {
      const story = storyOf(articleId) ?? `article:${articleId}`;
      for (const [key] of people) {
        let ref = this.provisional(articleId, key)!;
        const shown = evidence.get(evidenceKey(articleId, key));
        if (ref.startsWith("s:") && shown) ref = shown;
        if (ref.startsWith("s:")) {
          const local = rootsOf(inStory.get(story)!.matches(key));
          const global = local.size === 0 ? rootsOf(anywhere.matches(key)) : local;
          const only = global.size === 1 ? [...global][0]! : local.size === 0 ? dominant(global, reach) : null;
          if (only !== null) ref = `c${only}`;
        }
        refOf.set(evidenceKey(articleId, key), ref);
      }
    }
    for (const [articleId, people] of this.local) {
      for (const [key, lp] of people) {
        const ref = refOf.get(evidenceKey(articleId, key))!;
        let draft = byRef.get(ref);
        if (!draft) byRef.set(ref, (draft = { name: "", aliases: new Set(), articles: new Set() }));
        draft.articles.add(articleId);
        draft.aliases.add(lp.name);
        for (const s of lp.surfaces) draft.aliases.add(s);
        if (!nameVotes.has(ref)) nameVotes.set(ref, new Map());
        const votes = nameVotes.get(ref)!;
        if (!votes.has(lp.name)) votes.set(lp.name, new Set());
        votes.get(lp.name)!.add(articleId);
      }
    }
    for (const [ref, draft] of byRef) {
      draft.name = canonicalName(nameVotes.get(ref)!);
      // The same alias folded differently ("Rutte"/"RUTTE") is one alias; the name is not an alias.
      const seen = new Set([foldText(draft.name)]);
      draft.aliases = new Set(
        [...draft.aliases].filter((a) => {
          const f = foldText(a);
          if (seen.has(f)) return false;
          seen.add(f);
          return true;
        }),
      );
    }
    return {
      people: [...byRef.values()],
      personOf: (articleId, name) => {
        if (!name) return null;
        const ref = refOf.get(evidenceKey(articleId, nameKey(name)));
        return ref ? (byRef.get(ref) ?? null) : null;
      },
    };
  }
}

/**
 * Of several people who share a surname, the one named in at least DOMINANCE times as many
 * articles as any other: "Obama" alone, in a corpus that names Barack Obama in 140 articles and
 * Michelle Obama in 12, is the president; null when none stands out so.
 */
const DOMINANCE = 5;
function dominant(roots: ReadonlySet<number>, reach: ReadonlyMap<number, number>): number | null {
  const ranked = [...roots].sort((x, y) => (reach.get(y) ?? 0) - (reach.get(x) ?? 0) || x - y);
  const [first, second] = ranked.map((r) => reach.get(r) ?? 0);
  return first! >= DOMINANCE * (second ?? 0) ? ranked[0]! : null;
}

/** Key of a name within an article, for surname evidence. */
export const evidenceKey = (articleId: string, name: string): string => `${articleId}\u0000${nameKey(name)}`;

/** The form used in most articles; full names beat lone surnames; then longer, then alphabetical. */
function canonicalName(votes: Map<string, Set<string>>): string {
  return [...votes.entries()]
    .sort(
      ([a, sa], [b, sb]) =>
        Number(isFullName(nameKey(b))) - Number(isFullName(nameKey(a))) ||
        sb.size - sa.size ||
        b.length - a.length ||
        a.localeCompare(b),
    )[0]![0];
}
