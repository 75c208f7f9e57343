import type { Sentence, Token } from "../nlp/analyse.ts";
import { isCueLemma } from "./cues.ts";
import { inQuote, raisingPassive } from "./frames.ts";
import type { QuoteSpan } from "./quotes.ts";

/** Verbs of seeming: the writer reports how something looks, not a fact. */
const SEEMING = new Set(["seem", "appear"]);
const CLAUSE_BREAK = /^[,;:()–—]$/;

/** What "seem" or "appear" is followed by when it reports an appearance: "to be …", "unperturbed", "that …", "as if …". */
function complementAt(tokens: Token[], k: number): boolean {
  const t = tokens[k], next = tokens[k + 1];
  if (!t) return false;
  if (t.lower === "to") return next?.pos === "VERB" || next?.pos === "AUX";
  if (t.lower === "that" || t.lower === "like" || (t.lower === "as" && /^(if|though)$/.test(next?.lower ?? ""))) return true;
  if (t.pos === "ADJ") return true;
  if (t.pos === "VERB" && /ed$/.test(t.lower)) return true; // "appeared paralyzed"
  return t.pos === "ADV" && complementAt(tokens, k + 1); // "seemed equally unperturbed"
}

/**
 * "The speaker appeared closer to endorsing him", "Both objections seemed to carry little
 * weight", "It appears that …": a verb of seeming reports an appearance, as PolNeAR annotates
 * it (an attribution without a source). The claim is the clause: its subject and what it seems,
 * or after an empty "it" only what follows. "appeared on Fox News" (being seen) is no report.
 */
export function seemingClause(tokens: Token[], s: Sentence, i: number, quotes: readonly QuoteSpan[]): { cue: number; from: number; to: number } | null {
  const t = tokens[i]!;
  if (!SEEMING.has(t.lemma) || t.pos !== "VERB" || inQuote(t, quotes) || !complementAt(tokens, i + 1) || i + 1 >= s.to) return null;
  const prev = tokens[i - 1];
  // "to appear", "seemingly": not a finite verb of seeming.
  if (prev?.lower === "to") return null;
  const { from, to } = clauseAround(tokens, s, i, quotes);
  const expletive = i - from === 1 && /^(it|there)$/.test(tokens[from]!.lower);
  if (from === i && !expletive) return null;
  return { cue: i, from: expletive ? i + 1 : from, to };
}

/**
 * "The central bank is expected to act in December", "He is said to be furious": a passive cue
 * before an infinitive reports what unnamed others expect or say; PolNeAR annotates it as an
 * attribution without a source, its subject and the infinitive the content.
 */
export function passiveReportClause(tokens: Token[], s: Sentence, i: number, quotes: readonly QuoteSpan[]): { cue: number; from: number; to: number } | null {
  const t = tokens[i]!;
  if (!isCueLemma(t.lemma) || inQuote(t, quotes) || !raisingPassive(tokens, i)) return null;
  const { from, to } = clauseAround(tokens, s, i, quotes);
  return from < i ? { cue: i, from, to } : null;
}

/**
 * "Trump reportedly offered him the post": "reportedly" says someone unnamed reported the
 * clause, which PolNeAR annotates as an attribution without a source.
 */
export function reportedlyClause(tokens: Token[], s: Sentence, i: number, quotes: readonly QuoteSpan[]): { cue: number; from: number; to: number } | null {
  const t = tokens[i]!;
  if (t.lower !== "reportedly" || inQuote(t, quotes)) return null;
  const { from, to } = clauseAround(tokens, s, i, quotes);
  return to - from >= 3 ? { cue: i, from, to } : null;
}

/** The clause around token `i`: from the last clause break (and any conjunction after it) to the next. */
function clauseAround(tokens: Token[], s: Sentence, i: number, quotes: readonly QuoteSpan[]): { from: number; to: number } {
  let from = i;
  while (from > s.from && !CLAUSE_BREAK.test(tokens[from - 1]!.text) && !inQuote(tokens[from - 1]!, quotes)) from--;
  while (from < i && /^(CCONJ|SCONJ)$/.test(tokens[from]!.pos)) from++;
  let to = i + 1;
  while (to < s.to && !/^[,;:.!?]$/.test(tokens[to]!.text) && !inQuote(tokens[to]!, quotes)) to++;
  return { from, to };
}
