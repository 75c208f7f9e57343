/**
 * wink's tokeniser knows letters up to Latin-1 only: it cuts a word at any other letter, so
 * "Erdoğan" became "Erdo ğ an" and "Šefčovič" five tokens, and such names were lost or
 * misread. The tokeniser and tagger are therefore given a copy of the text in which every such
 * letter is replaced by one it knows, in the same number of UTF-16 units, so every offset still
 * points at the same character of the original; tokens take their text from the original.
 */
const foreign = /[^\u0000-\u00ff]/gu;

/** Same length as `text`; letters beyond Latin-1 become their base letter, or x/X. */
export function foldForTagger(text: string): string {
  return /[^\u0000-\u00ff]/u.test(text) ? text.replace(foreign, foldChar) : text;
}

function foldChar(c: string): string {
  if (c.length !== 1) return c; // a character outside the BMP: two units, never a Latin letter
  if (/\p{M}/u.test(c)) return "x"; // a combining accent (decomposed text) would split the word too
  if (!/\p{L}/u.test(c)) return c; // punctuation and symbols tokenise as they are
  const base = c.normalize("NFD")[0]!;
  if (base <= "\u00ff" && /\p{L}/u.test(base)) return base;
  return c === c.toLowerCase() ? "x" : "X";
}
