import type { Token } from "../nlp/analyse.ts";
import { isRoleNoun, TITLE_WORDS } from "../nlp/lexicon.ts";

/** A title word, with or without its full stop ("Sen.", "Minister"). */
export const isTitle = (t: Token): boolean => TITLE_WORDS.has(t.lower) || TITLE_WORDS.has(t.lower.replace(/\.$/, ""));

/** A noun for a person by role ("minister", "spokeswoman", "Republican"), or a title. */
export const isRoleWord = (t: Token): boolean => isRoleNoun(t.lower) || isRoleNoun(t.lemma) || isTitle(t);

/** "doctors", "candidates": the tagger's lemma drops a plural's "s". */
export const isPlural = (t: Token): boolean => t.lemma !== t.lower && /s$/.test(t.lower);

/**
 * The head of a description: its last noun (or title) before what it is of, for, at or with,
 * and before a comma ("chief of the Vatican's newspaper" → chief, "the fund's lawyer" → lawyer).
 */
export function descriptionHead(words: readonly Token[]): Token | undefined {
  const cut = words.findIndex((t) => /^(?:of|for|at|with|,)$/.test(t.lower));
  return (cut >= 0 ? words.slice(0, cut) : words).filter((t) => /^(?:NOUN|PROPN|ADJ)$/.test(t.pos) || isTitle(t)).at(-1);
}
