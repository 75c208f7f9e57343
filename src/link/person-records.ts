import type { ArticleRecord, LinkedArticle, Role } from "../model/index.ts";

/** Roles stated for each person id, with the article and its date; one per title, organisation and article. */
export function rolesByPerson(
  articles: readonly ArticleRecord[],
  personOf: (articleId: string, name: string) => string | null,
): Map<string, Role[]> {
  const out = new Map<string, Role[]>();
  const seen = new Set<string>();
  for (const a of articles) {
    for (const r of a.roles) {
      const id = personOf(a.id, r.person);
      if (!id) continue;
      const key = `${id}\u0000${r.title.toLowerCase()}\u0000${r.organisation ?? ""}\u0000${a.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const list = out.get(id) ?? out.set(id, []).get(id)!;
      list.push({ title: r.title, organisation: r.organisation, article: a.id, date: a.published?.date ?? null });
    }
  }
  for (const list of out.values()) list.sort((x, y) => (x.date ?? "").localeCompare(y.date ?? "") || x.article.localeCompare(y.article));
  return out;
}

/** For each person id, the others appearing in the same articles, most shared first. */
export function relatedPeople(articles: readonly LinkedArticle[]): Map<string, string[]> {
  const counts = new Map<string, Map<string, number>>();
  for (const a of articles) {
    for (const p of a.people) {
      const mine = counts.get(p) ?? counts.set(p, new Map()).get(p)!;
      for (const q of a.people) if (q !== p) mine.set(q, (mine.get(q) ?? 0) + 1);
    }
  }
  return new Map(
    [...counts].map(([p, m]) => [p, [...m].sort(([x, n], [y, k]) => k - n || (x < y ? -1 : 1)).map(([q]) => q)]),
  );
}
