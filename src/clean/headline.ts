import { isBareName, isWriterJob } from "./bylines.ts";
import { trailingPhotoCredit } from "./credits.ts";
import { isDateLine } from "./dateline.ts";
import { endsSentence, type Line, normalise, wordCount } from "./lines.ts";

/**
 * Where the headline stands among a page's lines, -1 when none does. `wanted` is front matter's
 * title, normalised: the line that says it. Else, in order: the headline-shaped line right above
 * the first byline or date, the one right under a section menu, the first headline-shaped line
 * near the top. `reasons` are the lines already found to be chrome (none of them is the headline).
 */
export function findHeadline(lines: readonly Line[], reasons: readonly (string | null)[], wanted: string | null): number {
  if (wanted !== null) return lines.slice(0, TOP_LINES).findIndex((l, i) => !reasons[i] && normalise(trimHeadline(l).text) === wanted);
  const found = headlineOverByline(lines, reasons);
  if (found >= 0) return found;
  const underMenu = headlineUnderMenu(lines, reasons);
  if (underMenu >= 0) return underMenu;
  for (let i = 0; i < Math.min(lines.length, TOP_LINES); i++) {
    const line = lines[i]!, next = lines[i + 1];
    if (reasons[i]) continue;
    if (looksLikeHeadline(line, next) && (!isProse(line) || !next || next.afterBlank)) return i;
    if (isProse(line)) return -1;
  }
  return -1;
}

/** How near the top the first headline-shaped line may stand. */
const TOP_LINES = 15;

/** Headlines are one sentence of 4–40 words, or a shorter line standing alone before a blank line. */
function looksLikeHeadline(line: Line, next: Line | undefined): boolean {
  const words = wordCount(line.text);
  const oneSentence = !/\p{L}{2,}[.!?]["”’]?\s+["“‘]?\p{Lu}/u.test(line.text.replace(ABBREVIATIONS, ""));
  if (!oneSentence || words > 40 || line.text.length > 250 || isDateLine(line.text)) return false;
  return words >= 4 || (words >= 2 && (next === undefined || next.afterBlank));
}

/** A site's menu: lines dropped as chrome, or short labels ("World", "Sign In", "e-Edition"). */
const isMenuLine = (line: Line, reason: string | null): boolean =>
  reason !== null || (wordCount(line.text) <= 3 && line.text.length <= 30 && !/[.!?:]$/.test(line.text));

/** How far down a page's header (menus, taglines, headline, byline) is searched, and how many menu lines make a menu. */
const HEADER_LINES = 60;
const MENU_LINES = 3;

/** How far above its byline or date a headline may stand (a standfirst, a caption, "Listen" between). */
const BYLINE_REACH = 5;

/**
 * The headline is right above the byline or the date: the first headline-shaped line of the
 * few above the first byline or date line that has one there ("Measles outbreak … grows to 198
 * cases" over a caption and "By DEVI SHASTRI and JAMIE STENGLE", where the menu above has a
 * four-word item and a weather widget). -1 when no byline or date has one above it.
 */
function headlineOverByline(lines: readonly Line[], reasons: readonly (string | null)[]): number {
  // A menu's short label ("Science", "Today's Paper"), not a writer's name or job.
  const label = (l: Line, k: number) => !reasons[k] && wordCount(l.text) <= 3 && !endsSentence(l.text) && !isBareName(l.text) && !isWriterJob(l.text);
  // (Past a few lines of prose the article has begun: a byline there is the writer's box under it.)
  for (let b = 1, prose = 0; b < Math.min(lines.length, HEADER_LINES) && prose < 3; b++) {
    if (isProse(lines[b]!)) prose++;
    if (reasons[b] !== "byline" && reasons[b] !== "dateline") continue;
    // (A masthead's date over its menu, "Tuesday, June 3, 2025" over "Today's Paper", dates no article.)
    if (reasons[b] === "dateline" && lines[b + 1] && label(lines[b + 1]!, b + 1)) continue;
    // The first such line not followed by a menu's short labels ("Search the news archive" over
    // "Science"); when the first byline or date with such lines has none, the page is another kind
    // (a live blog's "Key events" under its headline, then timestamped posts).
    const shaped: number[] = [];
    for (let i = Math.max(0, b - BYLINE_REACH); i < b; i++) {
      // (A caption ends on its picture's credit: "… on June 21. ST PHOTO: NG HUI WEN".)
      const text = lines[i]!.text;
      if (!reasons[i] && !isWriterJob(text) && !isBareName(text) && trailingPhotoCredit(text) === null && headlineShaped(lines[i]!, lines[i + 1])) shaped.push(i);
    }
    if (shaped.length) return shaped.find((i) => !lines.slice(i + 1, b).some((l, k) => label(l, i + 1 + k))) ?? -1;
  }
  return -1;
}

/** A headline's shape, or one opening on a short sentence and ending without a full stop ("… is overdue. It will also be …"). */
function headlineShaped(line: Line, next: Line | undefined): boolean {
  if (wordCount(line.text) < 4 || isProse(line)) return false;
  const kicker = /^[^.!?]*[.!?]\s/.exec(line.text)?.[0];
  return looksLikeHeadline(line, next)
    || (!!kicker && wordCount(kicker) <= 8 && !endsSentence(line.text) && wordCount(line.text) <= 30 && line.text.length <= 250);
}

/**
 * A page copied whole opens on its site's menus, often with a tagline or the site's name among
 * them ("Exclusive news, data and analytics for …", "Germany's news in English"): the headline
 * is the last headline-shaped line right under a menu, before the byline or date that follows
 * it or the first paragraph. Such a headline may open on a short sentence when it ends without
 * a full stop ("Canada's turn to Europe is overdue. It will also be harder than Ottawa admits").
 * -1 when no menu stands right above a headline.
 */
function headlineUnderMenu(lines: readonly Line[], reasons: readonly (string | null)[]): number {
  let found = -1;
  for (let i = MENU_LINES; i < Math.min(lines.length, HEADER_LINES); i++) {
    const line = lines[i]!;
    if (isProse(line) || (found >= 0 && (reasons[i] === "byline" || reasons[i] === "dateline"))) break;
    if (reasons[i]) continue;
    const shaped = headlineShaped(line, lines[i + 1]);
    const above = lines.slice(i - MENU_LINES, i);
    // A section menu, not a share bar: some of its labels are no chrome ("World", "Politics").
    const menu = above.every((l, k) => isMenuLine(l, reasons[i - MENU_LINES + k]!)) && above.some((_, k) => !reasons[i - MENU_LINES + k]);
    if (shaped && menu) found = i;
  }
  return found;
}

/** Title abbreviations whose period does not end a sentence ("Gov. John Kasich"). */
const ABBREVIATIONS = /\b(?:Mr|Mrs|Ms|Dr|Prof|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Adm|Rev|St|Jr|Sr|Pres|Sec|Atty|Supt|vs)\./g;

/** A line of running prose: the headline never comes after one. */
export const isProse = (line: Line): boolean => endsSentence(line.text) && wordCount(line.text) >= 12;

/** "Title | Section" → "Title", "Title | DW | 11.12.2024" → "Title": trailing section or site labels after bars. */
export function trimHeadline(line: Line): Line {
  // Every kept line comes through here; most have no bar, and the pattern is slow to rule out.
  if (!line.text.includes("|")) return line;
  let text = line.text;
  for (let i = 0; i < 2; i++) {
    const m = /\s+\|\s+[^|]{1,40}$/.exec(text);
    if (!m || wordCount(m[0]) > 4) break;
    text = text.slice(0, -m[0].length);
  }
  return { ...line, end: line.start + text.length, text };
}
