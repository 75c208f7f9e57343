import slugify from "@sindresorhus/slugify";

const MAX_SLUG = 80;

/**
 * URL-safe id from a name: lowercase ASCII letters, digits and hyphens only, so nothing from a
 * seed can reach a path as `..`, a slash or markup. Falls back to `fallback` when nothing is left.
 */
export function slug(name: string, fallback = "item"): string {
  let s = slugify(name);
  if (s.length > MAX_SLUG) s = s.slice(0, MAX_SLUG).replace(/-[^-]*$/, "");
  return /^[a-z0-9]/.test(s) ? s : `${fallback}${s ? `-${s}` : ""}`;
}

/**
 * Unique ids for items that want the same slug: the first (in the caller's stable order) keeps
 * it, the others get a suffix from their own content hash, so adding a seed never renames the
 * pages of seeds that sort before it and no page overwrites another.
 */
export function uniqueIds<T>(items: readonly T[], want: (item: T) => string, hash: (item: T) => string): string[] {
  const taken = new Set<string>();
  return items.map((item) => {
    const base = want(item);
    let id = taken.has(base) ? `${base}-${hash(item).slice(0, 8)}` : base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${hash(item).slice(0, 8)}-${n}`;
    taken.add(id);
    return id;
  });
}
