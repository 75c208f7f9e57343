import { escapeUTF8 } from "entities";

/**
 * Markup the site's templates build. Every value put into an `html` template is escaped unless
 * it is itself Html, so text from a seed can never become markup; only `raw` (for what another
 * escaping renderer made: article bodies, JSON-LD) skips that, and says so where it is used.
 *
 * The record pages were Nunjucks templates; rendering 30,000 of them spent more time in
 * Nunjucks' own machinery (contexts, frames, macro calls, cons-string output) than in the
 * site's code, so pages are TypeScript functions now (see README, "Rendering").
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** What a template may interpolate: text (escaped), markup, nothing, or a list of those. */
export type Part = Html | string | number | null | undefined | false | readonly Part[];

const asMarkup = (part: Part): string => {
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return part.map(asMarkup).join("");
  if (part === null || part === undefined || part === false) return "";
  return escapeUTF8(String(part));
};

export function html(strings: TemplateStringsArray, ...parts: Part[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < parts.length; i++) out += asMarkup(parts[i]!) + strings[i + 1]!;
  return new Html(out);
}

/** Markup made by a renderer that escapes on its own. */
export const raw = (markup: string): Html => new Html(markup);

/**
 * `text` cut to `length` characters at the last space before it, with "..." after; Nunjucks'
 * `truncate` filter, which the pages used before, so titles and descriptions read as they did.
 */
export function truncate(text: string, length: number): string {
  if (text.length <= length) return text;
  const space = text.lastIndexOf(" ", length);
  return `${text.slice(0, space === -1 ? length : space)}...`;
}

/** "1 article", "2 articles". */
export const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? "" : "s"}`;
