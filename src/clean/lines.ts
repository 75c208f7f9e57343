/** A non-blank source line, trimmed: `text === source.slice(start, end)`. */
export interface Line {
  start: number;
  end: number;
  text: string;
  /** True when one or more blank lines stand before it. */
  afterBlank: boolean;
}

/** Splits `text[from..]` into trimmed non-blank lines, keeping exact offsets. Handles \n, \r\n and \r. */
export function splitLines(text: string, from = 0): Line[] {
  const lines: Line[] = [];
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/gy;
  re.lastIndex = from;
  let blank = false;
  while (re.lastIndex < text.length) {
    const m = re.exec(text);
    if (!m || m[0] === "") break;
    const raw = m[0].replace(/[\r\n]+$/, "");
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body === "") {
      blank = true;
      continue;
    }
    const start = m.index + lead;
    lines.push({ start, end: start + body.length, text: body, afterBlank: blank });
    blank = false;
  }
  return lines;
}

export const wordCount = (s: string): number => (s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).length;

/** Ends like a finished sentence: terminal punctuation, possibly inside closing quotes or brackets. */
export const endsSentence = (s: string): boolean => /[.!?…]["'”’»)\]]*$/u.test(s);

/** Lower case, runs of anything but letters and digits as one space: for comparing lines. */
export const normalise = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
