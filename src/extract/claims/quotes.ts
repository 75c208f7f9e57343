import type { Paragraph } from "../../model/index.ts";

/** A quoted passage, marks included; absolute offsets. `closed` is false when it runs to the paragraph end. */
export interface QuoteSpan {
  start: number;
  end: number;
  closed: boolean;
}

const OPENERS = new Set(["“", "„", "«", '"']);
const CLOSERS = new Set(["”", "»", '"']);
/** Every mark the scan reacts to; jumping between them spares a look at each character. */
const MARKS = /["“”„«»]|''/g;

/** An opening mark written where a closing one belongs, after a word and before a space or punctuation ("not,“ he said"). */
const closesLikeACloser = (s: string, i: number, c: string): boolean =>
  c === "“" && i > 0 && !/\s/.test(s[i - 1]!) && (i + 1 === s.length || /[\s,.;:!?)]/.test(s[i + 1]!));

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
  for (const m of s.matchAll(MARKS)) {
    const i = m.index, c = m[0];
    const twoApostrophes = c === "''";
    if (open < 0) {
      if (OPENERS.has(c) || twoApostrophes) open = i;
    } else if (CLOSERS.has(c) || twoApostrophes || closesLikeACloser(s, i, c)) {
      out.push({ start: p.start + open, end: p.start + i + c.length, closed: true });
      open = -1;
    }
  }
  // A mark that ends the paragraph opens nothing: it closes a quotation whose opener is missing.
  const end = s.replace(/\s+$/, "").length;
  if (open >= 0 && end > open + 1) out.push({ start: p.start + open, end: p.start + end, closed: false });
  return out;
}

export const QUOTE_CHARS = /["“”„«»]|''/;
