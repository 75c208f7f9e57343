/**
 * Site URLs. Record ids come from the corpus and are already slugs; they are checked, never
 * re-slugged, so a bad id fails loudly instead of producing a path outside its folder.
 */
const SLUG = /^[a-z0-9][a-z0-9-]*$/;

export const sections = {
  article: "articles",
  person: "people",
  organisation: "organisations",
  statement: "claims",
  story: "stories",
  outlet: "outlets",
} as const;
export type Section = keyof typeof sections;

export function recordUrl(kind: Section, id: string): string {
  if (!SLUG.test(id)) throw new Error(`${kind} id ${JSON.stringify(id)} is not a slug; refusing to make a URL from it`);
  return `/${sections[kind]}/${id}/`;
}

/** The whole record of an article, as JSON. */
export const articleJsonUrl = (id: string): string => `/api${recordUrl("article", id).slice(0, -1)}.json`;

/** Fragment id of a claim's sentence on its article page (HTML ids only forbid whitespace). */
export function claimAnchor(claimId: string): string {
  return `claim-${claimId.replace(/\s+/g, "-")}`;
}

export function claimUrl(articleId: string, claimId: string): string {
  return `${recordUrl("article", articleId)}#${claimAnchor(claimId)}`;
}

/** Absolute URL for feeds, sitemap and JSON-LD. Set CROSSWIRE_SITE_URL when deploying. */
export function siteUrl(): string {
  return (process.env.CROSSWIRE_SITE_URL ?? "http://127.0.0.1:8080").replace(/\/+$/, "");
}

export function absoluteUrl(path: string): string {
  return new URL(path, `${siteUrl()}/`).href;
}
