import { endsSentence, wordCount } from "./lines.ts";

/**
 * Words that mark a line as page interface rather than reporting: share bars, comment forms,
 * subscription prompts, navigation. General web vocabulary, not any one site's wording.
 */
const INTERFACE_WORDS = new Set(
  (
    "share shares sharing button buttons link copy print email e-mail subscribe subscribers subscription newsletter " +
    "advertisement advertisements advert ad ads sponsored promoted settings font-size font login log sign signup " +
    "register comment comments reply replies follow followers following like likes fans menu close cookie cookies " +
    "privacy accept donate patron support related latest popular trending stories articles read more click tap " +
    "facebook twitter whatsapp telegram kakao linkedin pinterest reddit instagram youtube tiktok rss top home " +
    "skip navigation search buy connected app download loading previous next back spot_img please enter"
  ).split(" "),
);

const tokens = (s: string): string[] => s.toLowerCase().match(/[\p{L}_-]+/gu) ?? [];

/** A short line built around interface vocabulary ("Copy the current link", "Stay Connected"). */
export function isInterfaceLine(text: string): boolean {
  if (text.length > 80) return false;
  const words = wordCount(text);
  if (words === 0 || words > 7) return false;
  const toks = tokens(text.replace(/([a-z])([A-Z])/g, "$1 $2"));
  const hits = toks.filter((t) => INTERFACE_WORDS.has(t)).length;
  // A short sentence of prose that happens to say "support" or "comment" is not chrome:
  // finished sentences need interface words to dominate, fragments need half.
  return endsSentence(text) ? hits >= 2 && hits * 3 >= toks.length : hits > 0 && hits * 2 >= toks.length;
}

/** Symbols, numbers, single letters, initials: "• -2", "X", "cl", "15 C". */
export function isFragment(text: string): boolean {
  if (text.length > 40) return false;
  if (!/\p{L}\P{L}*\p{L}\P{L}*\p{L}/u.test(text)) return true; // two letters or fewer
  return wordCount(text) <= 2 && /^[\p{P}\p{S}\d\s]*\p{L}{1,2}[\p{P}\p{S}\s]*$/u.test(text);
}

/** Picture credits: "Stock photo: Getty Images", "Photo: AP", "© Reuters". */
export function isImageCredit(text: string): boolean {
  return text.length <= 120 && wordCount(text) <= 12 && /(\b(photo|image|picture|illustration|credit)s?\s*:|©|\bgetty images\b)/i.test(text);
}

/** First person career notes after an article ("I have been working in the news industry…"). */
export function isAuthorBio(text: string): boolean {
  return (
    /^I\b|^(?:[A-Z][a-z]+ ){1,2}(?:is|has been) an? (?:\w+ )?(?:journalist|reporter|editor|writer|correspondent)\b/.test(text) &&
    /\b(journalis[tm]|reporter|editor|writer|correspondent|news industry|my work|my writing)\b/i.test(text)
  );
}

/** "By Jane Doe and John Roe" — a byline; `bylineNames` reads the names back. */
const BYLINE = /^by\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})*)[,|]?/iu;
export const isByline = (text: string): boolean => BYLINE.test(text) && wordCount(text) <= 12 && !endsSentence(text.replace(/\.$/, ""));
export const bylineNames = (text: string): string[] =>
  (BYLINE.exec(text)?.[1] ?? "").split(/\s*(?:,|\band\b|&)\s*/).map((n) => n.trim()).filter(Boolean);
