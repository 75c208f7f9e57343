import * as chrono from "chrono-node";

/** A line that is (almost) only a date, such as "Monday, October 28, 2024" or "19 June 2024, 09:12". */
export function isDateLine(text: string): boolean {
  // chrono is the slow part of cleaning: only lines that could hold a day number get to it.
  if (text.length > 60 || !/\d/.test(text)) return false;
  const found = chrono.en.parse(text);
  const covered = found.reduce((n, r) => n + r.text.length, 0);
  return covered > 0 && covered >= text.replace(/[\s,|·–—-]+/g, " ").trim().length * 0.6;
}
