import type { ArticleRecord } from "../model/index.ts";
import { foldText, nameKey } from "./text.ts";
import { UnionFind } from "./union-find.ts";

export interface OrganisationDraft {
  name: string;
  aliases: Set<string>;
  articles: Set<string>;
}

const MINOR = new Set(["of", "the", "for", "and", "on", "in", "de", "du", "des", "la", "le"]);

/** "North Atlantic Treaty Organization" → "nato": lets an acronym and its expansion meet. */
function acronymKey(name: string): string | null {
  const words = name.replace(/^the\s+/i, "").split(/[\s-]+/).filter((w) => w && !MINOR.has(w.toLowerCase()));
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) return null;
  return words.map((w) => w[0]!.toLowerCase()).join("");
}

/**
 * Display form: the name as written, without a leading article or "among" ("the Kremlin" →
 * "Kremlin", "A Fox News poll" → "Fox News poll"); what is left of "A coalition" is no name.
 */
const display = (name: string): string => name.trim().replace(/^(?:the|an?|another|among)\s+/i, "");

/** Every word of four letters or more capitalised, the first word too. */
const isProperName = (name: string): boolean =>
  /^\p{Lu}/u.test(name) && name.split(/\s+/).every((w) => w.length < 4 || /^[\p{Lu}\d("“'‘]/u.test(w));

/**
 * Organisations named in the articles (mentions and organisation speakers). The same folded
 * name is one organisation; an acronym joins the one name it abbreviates.
 */
export function resolveOrganisations(articles: readonly ArticleRecord[]): {
  organisations: OrganisationDraft[];
  organisationOf: (articleId: string, name: string | null) => OrganisationDraft | null;
} {
  const keys: string[] = [];
  const index = new Map<string, number>();
  const seen: { article: string; key: string; name: string; surface: string | null }[] = [];
  for (const a of articles) {
    const add = (raw: string | null, surface: string | null): void => {
      // A named organisation is capitalised ("NATO", "the Kremlin", "Bank of England"); "a research
      // organization" and "American central bank" are descriptions.
      const name = raw === null ? null : display(raw);
      if (!name || !isProperName(name)) return;
      const key = nameKey(name);
      if (!key) return;
      if (!index.has(key)) {
        index.set(key, keys.length);
        keys.push(key);
      }
      seen.push({ article: a.id, key, name, surface });
    };
    for (const m of a.mentions) if (m.kind === "organisation") add(m.name, m.text);
    // A speaker's text can be a whole phrase ("vast U.S. military aid"): its name counts, not its text.
    for (const c of a.claims) if (c.speaker.kind === "organisation") add(c.speaker.name, null);
  }
  const uf = new UnionFind(keys.length);
  const expansions = new Map<string, Set<number>>();
  for (const s of seen) {
    const acr = acronymKey(s.name);
    if (acr) {
      if (!expansions.has(acr)) expansions.set(acr, new Set());
      expansions.get(acr)!.add(index.get(s.key)!);
    }
  }
  for (const [acr, full] of expansions) {
    const short = index.get(acr);
    // Only an unambiguous expansion joins: two organisations with one acronym stay apart.
    if (short !== undefined && full.size === 1) uf.union(short, [...full][0]!);
  }
  const drafts = new Map<number, OrganisationDraft>();
  const votes = new Map<number, Map<string, Set<string>>>();
  for (const s of seen) {
    const root = uf.find(index.get(s.key)!);
    let d = drafts.get(root);
    if (!d) drafts.set(root, (d = { name: "", aliases: new Set(), articles: new Set() }));
    d.articles.add(s.article);
    d.aliases.add(s.name);
    if (s.surface && /\p{Lu}/u.test(s.surface)) d.aliases.add(display(s.surface));
    if (!votes.has(root)) votes.set(root, new Map());
    const v = votes.get(root)!;
    if (!v.has(s.name)) v.set(s.name, new Set());
    v.get(s.name)!.add(s.article);
  }
  for (const [root, d] of drafts) {
    d.name = [...votes.get(root)!.entries()].sort(
      ([a, sa], [b, sb]) => sb.size - sa.size || b.length - a.length || a.localeCompare(b),
    )[0]![0];
    const f = foldText(d.name);
    for (const alias of d.aliases) if (foldText(alias) === f) d.aliases.delete(alias);
  }
  return {
    organisations: [...drafts.values()],
    organisationOf: (_articleId, name) => {
      if (!name) return null;
      const i = index.get(nameKey(display(name)));
      return i === undefined ? null : (drafts.get(uf.find(i)) ?? null);
    },
  };
}
