import { slug } from "../ids.ts";
import type { ArticleRecord, Outlet } from "../model/index.ts";
import { compareStrings } from "../order.ts";
import type { IdAllocator } from "./ids.ts";
import { foldText } from "./text.ts";

/** One outlet per publisher name (folded, without "The": "The Guardian" is "Guardian"), named as most of its articles name it. */
export function buildOutlets(articles: readonly ArticleRecord[], ids: IdAllocator): Outlet[] {
  const byKey = new Map<string, { names: Map<string, number>; articles: string[]; files: string[] }>();
  for (const a of articles) {
    if (!a.outlet?.trim()) continue;
    const key = foldText(a.outlet.replace(/^the\s+/i, ""));
    let o = byKey.get(key);
    if (!o) byKey.set(key, (o = { names: new Map(), articles: [], files: [] }));
    o.names.set(a.outlet.trim(), (o.names.get(a.outlet.trim()) ?? 0) + 1);
    o.articles.push(a.id);
    o.files.push(a.file);
  }
  return [...byKey.entries()]
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([, o]) => {
      const name = [...o.names].sort(([a, x], [b, y]) => y - x || a.localeCompare(b))[0]![0];
      return { id: ids.claim(slug(name, "outlet"), o.files[0]), name, articles: o.articles.sort() };
    });
}
