import type { Sentence, Token } from "../nlp/analyse.ts";
import { inQuote } from "./frames.ts";
import type { QuoteSpan } from "./quotes.ts";

/** What a question put to someone opens with: "whether", "if", a wh-word, "about" its topic. */
const QUESTION_OPENERS = new Set(["whether", "if", "what", "why", "how", "who", "whom", "which", "where", "about"]);
/** Words before a passive "asked" that leave it opening its clause ("When asked whether …", "…, asked about …"). */
const CLAUSE_OPENERS = new Set(["when", "after", "if", "once", "while", ","]);

/** A question reported with no one named as its answerer's words: the cue and the question's token range. */
export interface AskedQuestion {
  cue: number;
  from: number;
  to: number;
  /** "Asked by Stephanopoulos whether …": the one who asked, when named. */
  agent: [number, number] | null;
}

/**
 * "Asked whether he would run, Lee said …", "…,” she said when asked about the merger": a
 * passive "asked" opening its clause reports the question put, whoever answers it. Between the
 * verb and the question may come its agent and when or where it was asked ("Asked on Monday at
 * a briefing whether …"); the question runs to the clause's comma or the sentence's end.
 */
export function askedQuestion(tokens: Token[], s: Sentence, i: number, quotes: readonly QuoteSpan[]): AskedQuestion | null {
  const t = tokens[i]!;
  if (t.lower !== "asked" || inQuote(t, quotes)) return null;
  const prev = tokens[i - 1];
  if (i > s.from && !CLAUSE_OPENERS.has(prev?.lower ?? "")) return null;
  let agent: [number, number] | null = null;
  let k = i + 1;
  if (tokens[k]?.lower === "by") {
    const a = k + 1;
    while (k + 1 < s.to && /^(DET|PROPN|NOUN|ADJ)$/.test(tokens[k + 1]!.pos)) k++;
    if (k >= a) agent = [a, k + 1];
    k++;
  }
  // When or where it was asked, up to the question.
  const limit = Math.min(s.to, k + 10);
  while (k < limit && !QUESTION_OPENERS.has(tokens[k]!.lower) && !opensInfinitive(tokens, k) && !/^[,;:.!?]$/.test(tokens[k]!.text) && tokens[k]!.pos !== "VERB" && !inQuote(tokens[k]!, quotes)) k++;
  if (k >= limit || !(QUESTION_OPENERS.has(tokens[k]!.lower) || opensInfinitive(tokens, k))) return null;
  let to = k + 1;
  while (to < s.to && !/^[,;:.!?]$/.test(tokens[to]!.text) && !inQuote(tokens[to]!, quotes)) to++;
  return to - k >= 2 ? { cue: i, from: k, to, agent } : null;
}

/** "Asked to comment, …": an infinitive is what was asked for. */
const opensInfinitive = (tokens: Token[], k: number) => tokens[k]!.lower === "to" && tokens[k + 1]?.pos === "VERB";
