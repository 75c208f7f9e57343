import { createHash } from "node:crypto";

/** Case-, accent-, quote- and space-folded form used as a comparison key. */
export function foldText(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[“”„«»"]/g, '"')
    .replace(/[‘’‚`']/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/** Key of a name: folded, leading article dropped, hyphens and dots treated as spaces. */
export function nameKey(name: string): string {
  // Dotted initials close up first, so "U.S." and "US" are one key.
  return foldText(name.replace(/(?<=^|[\s.])(\p{Lu})\.(?=\p{Lu}\.|\s|$)/gu, "$1"))
    .replace(/^the\s+/, "")
    .replace(/'s$/, "")
    .replace(/[.\-‐–]/g, " ")
    .replace(/[^\p{L}\p{N} ]/gu, "")
    .replace(/\s+/g, " ")
    .trim();
}

export function nameTokens(name: string): string[] {
  return nameKey(name).split(" ").filter(Boolean);
}

// Function words and reporting filler: they carry no content, so dropping them lets
// translations that differ only in such words ("could"/"can") compare as equal.
const STOPWORDS = new Set(
  ("a an the and or but if of in on at to for from by with without about as into onto over under " +
    "is are was were be been being am do does did has have had having will would shall should can could " +
    "may might must this that these those it its it's they them their we us our you your he him his she her " +
    "i me my not no so than then there here which who whom whose what when where why how all any some " +
    "also even just very more most such only own same other both each few many much too again once up out " +
    "off down now s t").split(" "),
);

/** A light suffix stripper: enough to match "supports"/"support", "growing"/"grow" across outlets. */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  for (const suffix of ["ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "es", "ed", "ly", "s"]) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) return word.slice(0, -suffix.length);
  }
  return word;
}

/** Content words of a text, folded and stemmed, in order. */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const w of foldText(text).split(/[^\p{L}\p{N}]+/u)) {
    if (w && !STOPWORDS.has(w)) out.push(stem(w));
  }
  return out;
}

/** Short hex digest, for ids derived from content. */
export function digest(s: string, length = 8): string {
  return createHash("sha256").update(s).digest("hex").slice(0, length);
}
