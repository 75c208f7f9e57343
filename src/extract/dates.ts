import * as chrono from "chrono-node";

/** What a date line is read against: the whole article's text and the years it names. */
export interface DateContext {
  text: string;
  years: readonly number[];
}

export const dateContext = (text: string): DateContext => ({ text, years: yearsIn(text) });

/**
 * The first calendar day named in `text` with day and month, as YYYY-MM-DD. A missing year is
 * inferred from the years the article mentions: the one on which the stated weekday falls
 * ("Wednesday December 4" → 2024 when the text speaks of 2024), else the latest year named.
 */
export function firstFullDate(text: string, article: DateContext): string | null {
  // Only a match with a digit counts, so text without one need not be parsed (chrono is slow).
  if (!/\d/.test(text)) return null;
  const numeric = dottedDate(text) ?? slashDate(text, article.text);
  for (const r of chrono.en.parse(text)) {
    if (numeric && numeric.index <= r.index) return numeric.date;
    const c = r.start;
    // "now" and "today" are certain too, but name no day: a stated date has a day number.
    if (!c.isCertain("day") || !c.isCertain("month") || !/\d/.test(r.text)) continue;
    // "2 days ago", "yesterday at 3 p.m." have one too, counted from the moment of the run:
    // taking them would make a record depend on when it was built.
    if ([...r.tags()].some((t) => t === "result/relativeDate" || t.startsWith("casualReference/"))) continue;
    const month = c.get("month")!;
    const day = c.get("day")!;
    const year = c.isCertain("year") ? c.get("year") : inferYear(month, day, c.isCertain("weekday") ? c.get("weekday") : weekdayNamed(text), article.years);
    if (year != null) return isoDate(year, month, day);
  }
  return numeric?.date ?? null;
}

/**
 * "11.12.2024": day, month and year with dots, as German, French and most European outlets
 * write them (chrono's English parser reads it as November 12); a year is required.
 */
function dottedDate(text: string): { index: number; date: string } | null {
  const m = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?![\d.]\d)/.exec(text);
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isCalendarDay(year, month, day) ? { index: m.index, date: isoDate(year, month, day) } : null;
}

/** Whether the day exists ("31.02." and "13/13/" do not). */
function isCalendarDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * "08/11/2024": month first in American pages, day first in most others, and pages translated
 * from European outlets carry either. A number over 12 settles it; otherwise the month the
 * article names in words ("… on November 7"), then the weekday it names (an article is dated on
 * or soon after the day it reports: "on Thursday" with 8 November, a Friday, rather than 11
 * August, a Sunday), else month first, as chrono's English parser reads it.
 */
function slashDate(line: string, article: string): { index: number; date: string } | null {
  const m = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?![\d/])/.exec(line);
  if (!m) return null;
  const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const readings = ([[a, b], [b, a]] as [number, number][]).filter(([month, day]) => isCalendarDay(year, month, day));
  if (readings.length === 0) return null;
  const pick = readings.length === 1 || a === b ? readings[0]! : likelier(readings[0]!, readings[1]!, year, article);
  return { index: m.index, date: isoDate(year, pick[0], pick[1]) };
}

function likelier(monthFirst: [number, number], dayFirst: [number, number], year: number, article: string): [number, number] {
  // (Capitalised and before a day number: "may" is mostly a verb.)
  const named = (month: number) => new RegExp(`\\b${MONTHS[month - 1]} \\d`).test(article);
  if (named(monthFirst[0]) !== named(dayFirst[0])) return named(monthFirst[0]) ? monthFirst : dayFirst;
  const weekday = weekdayNamed(article);
  if (weekday === null) return monthFirst;
  const daysAfter = ([month, day]: [number, number]) => (new Date(Date.UTC(year, month - 1, day)).getUTCDay() - weekday + 7) % 7;
  return daysAfter(dayFirst) < daysAfter(monthFirst) ? dayFirst : monthFirst;
}

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/**
 * The one weekday `text` names, as 0–6, or null: "FRANKFURT, Dec 12 (Reuters) - The ECB cut
 * rates on Thursday" dates the event on the dateline's day, which settles the dateline's year.
 */
function weekdayNamed(text: string): number | null {
  const named = new Set((text.toLowerCase().match(/\b(?:sun|mon|tues|wednes|thurs|fri|satur)day\b/g) ?? []));
  return named.size === 1 ? WEEKDAYS.indexOf([...named][0]!) : null;
}

function inferYear(month: number, day: number, weekday: number | null, years: readonly number[]): number | null {
  if (years.length === 0) return null;
  const latest = Math.max(...years);
  if (weekday === null) return latest;
  for (const y of [latest, latest + 1, latest - 1, ...years]) {
    if (new Date(Date.UTC(y, month - 1, day)).getUTCDay() === weekday) return y;
  }
  return null;
}

const yearsIn = (text: string): number[] => (text.match(/\b(?:19|20)\d{2}\b/g) ?? []).map(Number);

export const isoDate = (y: number, m: number, d: number): string =>
  `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
