import * as chrono from "chrono-node";

/** A line that is (almost) only a date, such as "Monday, October 28, 2024" or "19 June 2024, 09:12". */
export function isDateLine(text: string): boolean {
  // chrono is the slow part of cleaning: only lines that could hold a day number get to it.
  if (text.length > 120 || !/\d/.test(text)) return false;
  // "Published on December 4, 2024, at 9:12 pm (Paris), updated at 10:05 pm", "Updated 2 hours ago".
  const label = /^(?:(?:first |last )?(?:published|updated?|posted|modified)|date)\b(?:\s+(?:on|at))?\s*:?\s*/i.exec(text);
  // "August 6, 2025 by Associated Press": a blog's date and who posted it.
  // "Sep 9, 2025 - Energy & Environment": a date and the section it was filed in.
  const rest = text.slice(label?.[0].length ?? 0).replace(/\s+by\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u, "")
    .replace(/(?<=\d)\s+[-–—|·]\s+(?:\p{Lu}[\p{L}'’.-]*|&|and)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|&|and)){0,4}$/u, "");
  if (!label && text.length > 60) return false;
  const found = chrono.en.parse(rest);
  const covered = found.reduce((n, r) => n + r.text.length, 0);
  return covered > 0 && covered >= rest.replace(/[\s,|·–—()-]+/g, " ").trim().length * (label ? 0.5 : 0.6);
}
