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
 * in some newspaper archives. Single quotes count only in a paragraph without double ones
 * (`singleQuotes`): they nest inside double ones and double as apostrophes.
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
  return out.length || MARKS_ANY.test(s) ? out : singleQuotes(p);
}

const MARKS_ANY = /["“”„«»]|''/;
const SINGLE_OPENER = /(?<=^|[\s([—–])['‘‚](?=[\p{L}\p{N}])/gu;
const SINGLE_CLOSER = /(?<=[\p{L}\p{N}.,!?…])['’‘](?=[\s.,;:!?)\]—–]|$)/gu;

/**
 * Quotations in single marks, in a paragraph with no double ones: some outlets quote with ‘…’ or
 * '…' (British tabloids, translations). Since the same marks are apostrophes, only a passage of
 * three words or more that ends like a quotation counts: punctuation inside the closing mark
 * ("…homework,’ he said") or right after it ("… ‘no surrender’.").
 */
function singleQuotes(p: Paragraph): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const s = p.text;
  let from = 0;
  for (const o of s.matchAll(SINGLE_OPENER)) {
    if (o.index < from) continue;
    SINGLE_CLOSER.lastIndex = o.index + 1;
    for (let c = SINGLE_CLOSER.exec(s); c; c = SINGLE_CLOSER.exec(s)) {
      const endsLikeQuote = /[.,!?…]/.test(s[c.index - 1]!) || /[.,;:!?]/.test(s[c.index + 1] ?? "");
      if (!endsLikeQuote) continue;
      const words = s.slice(o.index, c.index).match(/\p{L}+/gu) ?? [];
      // A title in title case ("‘Reeks of Fear.’") is named, not said.
      const titled = words.filter((w) => w.length >= 4).every((w) => /^\p{Lu}/u.test(w));
      if (words.length >= 3 && !titled) {
        out.push({ start: p.start + o.index, end: p.start + c.index + 1, closed: true });
        from = c.index + 1;
      }
      break;
    }
  }
  return out;
}

export const QUOTE_CHARS = /["“”„«»]|''/;
