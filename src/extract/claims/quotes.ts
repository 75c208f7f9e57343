import type { Paragraph } from "../../model/index.ts";

/** A quoted passage, marks included; absolute offsets. `closed` is false when it runs to the paragraph end. */
export interface QuoteSpan {
  start: number;
  end: number;
  closed: boolean;
}

const OPENERS = new Set(["“", "„", "«", '"']);
const CLOSERS = new Set(["”", "»", '"']);

/**
 * Quoted passages in one paragraph. Straight quotes toggle; curly ones pair but a straight mark
 * may close a curly one (scrapes mix them). Two apostrophes ('') count as a quotation mark, as
 * in some newspaper archives. Single quotes are left alone: they nest inside double ones and
 * double as apostrophes.
 */
export function findQuotes(p: Paragraph): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const s = p.text;
  let open = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const twoApostrophes = c === "'" && s[i + 1] === "'";
    if (open < 0) {
      if (OPENERS.has(c) || twoApostrophes) open = i;
      if (twoApostrophes) i++;
    } else if (CLOSERS.has(c) || twoApostrophes) {
      const end = i + (twoApostrophes ? 2 : 1);
      out.push({ start: p.start + open, end: p.start + end, closed: true });
      open = -1;
      if (twoApostrophes) i++;
    }
  }
  if (open >= 0) out.push({ start: p.start + open, end: p.start + s.replace(/\s+$/, "").length, closed: false });
  return out;
}

export const QUOTE_CHARS = /["“”„«»]|''/;
