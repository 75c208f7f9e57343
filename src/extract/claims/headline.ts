import type { Claim } from "../../model/index.ts";
import type { ParagraphAnalysis, Token } from "../nlp/analyse.ts";
import { isRoleNoun } from "../nlp/lexicon.ts";

/** A headline attribution by colon: "Gingrich: Trump must …" or "… in exchange for troops: NATO chief". */
export interface HeadlineFrame {
  start: number;
  end: number;
  cue: NonNullable<Claim["cue"]>;
  spkFrom: number;
  spkTo: number;
}

const namesSomeone = (ts: Token[]) => ts.length > 0 && ts.length <= 5 && !ts.some((t) => t.pos === "VERB" || t.pos === "AUX")
  && ts.some((t) => t.pos === "PROPN" || isRoleNoun(t.lower));

export function headlineFrame(text: string, pa: ParagraphAnalysis): HeadlineFrame | null {
  const { paragraph: p, tokens } = pa;
  const headlineLike = p.kind === "heading" || p.kind === "title" || (tokens.length <= 25 && !/[.!?"”]\s*$/.test(p.text));
  if (!headlineLike) return null;
  const colons = tokens.map((t, i) => (t.text === ":" ? i : -1)).filter((i) => i >= 0);
  if (colons.length !== 1) return null;
  const c = colons[0]!;
  const left = tokens.slice(0, c), right = tokens.slice(c + 1);
  const cue = { start: tokens[c]!.start, end: tokens[c]!.end, text: ":" };
  const endOf = (ts: Token[]) => ts.at(-1)!.end;
  if (namesSomeone(left) && right.length >= 3) return { start: right[0]!.start, end: endOf(right), cue, spkFrom: 0, spkTo: c };
  if (namesSomeone(right) && left.length >= 3) return { start: left[0]!.start, end: endOf(left), cue, spkFrom: c + 1, spkTo: tokens.length };
  return null;
}
