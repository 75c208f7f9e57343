import { agencyCredit } from "./credits.ts";
import { isDateLine } from "./dateline.ts";
import { endsSentence, wordCount } from "./lines.ts";

/**
 * Bylines: "By Jane Roe and John Poe", "Helena Marsh, Environment correspondent", a name over
 * its writer's job ("Jessica Parker" / "BBC Berlin correspondent"), and the names they give.
 */

/** "BBC Berlin correspondent", "Staff writer", "Special to The Globe and Mail": a writer's job on a line of its own, under their name. */
export const isWriterJob = (text: string): boolean =>
  text.length <= 60 && wordCount(text) <= 6 && !endsSentence(text)
  // ("News reporter @laurapenhallow": a handle may follow.)
  && (/^(?:[\p{L}.-]+\s+){0,4}(?:correspondent|editor|reporter|writer|columnist|journalist|contributor)(?:\s+@[\w.]+)?$/iu.test(text)
    || /^[Ss]pecial to (?:[Tt]he )?\p{Lu}/u.test(text)); // "Special to The Globe and Mail": a guest writer

/** A line that is only a person's name, two or three capitalised words and an initial ("Jessica Parker", "Carlos E. Cué"). */
export const isBareName = (text: string): boolean =>
  // (A possessive is no name's word: "Today's Paper".)
  text.length <= 60 && /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’-]+){1,2}$/u.test(text) && !/['’]s\b/u.test(text)
  && !PAPER_WORD.test(text) && !BOX_WORD.test(text);
/** Last words of a paper's or a section's name, under which a page repeats it: "Des Moines Register", "India News". */
const PAPER_WORD = /\s(?:News|Register|Times|Post|Herald|Gazette|Tribune|Journal|Courier|Chronicle|Observer|Examiner|Inquirer|Sentinel|Telegraph|Guardian|Express|Mirror|Mail|Press|Review|Daily|Weekly)$/;
/** Last words of a summary box's heading: "Key Points". */
const BOX_WORD = /\s(?:Points|Summary|Highlights|Takeaways)$/;
/** "Des Moines Register", "The Irish Times": a paper's name, capitalised, ending on a paper's word. */
export const isPaperName = (text: string): boolean =>
  text.length <= 60 && /^(?:The\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u.test(text) && PAPER_WORD.test(text);

/** "By Jane Doe and John Roe", "Author: Jane Doe" — a byline; `bylineNames` reads the names back. */
// Case-sensitive but for "By": with the i flag \p{Lu} matches any letter, and "and" became a name.
// ("By science reporter Ellen Marsh": a job may come before the name.)
const BYLINE = /^(?:[Bb][Yy]|[Ww]ritten [Bb]y|[Rr]eported [Bb]y|[Aa]uthors?:)(?:\s+|(?<=^By)(?=\p{Lu}\p{Ll}))(?:(?:\p{Ll}+\s+){0,3}(?:reporter|correspondent|editor|writer|columnist)\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+(?!AND\s)\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*(?:,|and|AND|&)\s*\p{Lu}[\p{L}.'’-]*(?:\s+(?!AND\s)\p{Lu}[\p{L}.'’-]*){0,3})*)[,|]?/u;
/**
 * "Helena Marsh, Environment correspondent", "Fiona Harrower Rural affairs correspondent": a name
 * and the writer's job, without "By" (without a comma, the job opens on a capital, then lower case).
 */
const SIGNED = /^(?![Bb]y\s)(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?:,\s+|\s+(?=\p{Lu}\p{Ll}+\s+\p{Ll}))(?:[\p{L}-]+\s+){0,3}[CcEeRrWwJj](?:orrespondent|ditor|eporter|riter|olumnist|ournalist)$/u;
/** Separates the names of a list: "Jane Roe, John Poe and Ann Lee". */
const NAME_LIST = /\s*(?:,|\band\b|\bAND\b|&)\s*/;

/** The names of a list that holds nothing else, or null. */
function bareNames(list: string): string[] | null {
  const names = list.trim().split(NAME_LIST).filter(Boolean);
  return names.length && names.every(isBareName) ? names : null;
}

/** A line that is only names: "Jessica Parker", "Harvey Tsang and Chloe Yuen". */
export const isNameList = (text: string): boolean => text.length <= 120 && bareNames(text) !== null;

/**
 * Writers named without "By": first of parts set apart by bars, slashes or dots, one of them a
 * date ("Selin Aydoğan and Kerem Öztürk |06.02.2025", "Manjiri Deshpande / TNN / Updated: Jul 9,
 * 2025", "Nicola MacLeod · CBC News · Posted: Jul 22, 2025"), or with a live blog's shifts
 * ("Lucía Fernández (now) and Oliver Hart (earlier)"). The names, or null.
 */
function unlabelledWriters(text: string): string[] | null {
  const parts = text.split(/\s*\|\s*|\s+[/·•]\s+/);
  if (parts.length > 1 && parts.slice(1).some((p) => isDateLine(p))) return bareNames(parts[0]!);
  const shifts = /\s*\((?:now|earlier|later)\)/g;
  return shifts.test(text) ? bareNames(text.replace(shifts, "")) : null;
}

export const isByline = (text: string): boolean =>
  SIGNED.test(text) || (BYLINE.test(text) && wordCount(text) <= 12 && !endsSentence(text.replace(/\.$/, ""))) || unlabelledWriters(text) !== null;
export function bylineNames(text: string): string[] {
  const signed = SIGNED.exec(text);
  if (signed) return [signed[1]!];
  const by = BYLINE.exec(text);
  const unlabelled = by ? null : unlabelledWriters(text);
  if (unlabelled) return unlabelled.map(unshout);
  // "By Jane Roe, December 5, 2024": a date after the names is no name.
  const names = by ? by[1]!.split(NAME_LIST).map((n) => n.trim()).filter((n) => n && !MONTH.test(n)) : isWriterJob(text) ? [] : bareNames(text) ?? [];
  // "By TOI Staff and Agencies", "Redazione ANSA": a desk, not a writer; "By Juma Otieno, Nairobi": the one word
  // after a full name is where it was written.
  return names
    .filter((n, i) => !/\b(?:staff|agenc(?:y|ies)|desk|team|bureau|reporters?|correspondents?|editors?|redazione|redaktion|rédaction|redacción)\b/i.test(n) && !(i > 0 && !/\s/.test(n) && /\s/.test(names[0]!)))
    .map(withoutPublisher).filter((n) => n !== "" && !NOT_A_WRITER.test(n))
    .map(unshout);
}

/** Links and labels that stand where a byline does: "Today's Paper", "Now Playing". */
const NOT_A_WRITER = /^(?:today['’]s paper|now playing|up next|watch live|listen live|e-?paper|print edition|latest news|top stories)$/i;

/** A publisher's or agency's name: "Fox News", "The Associated Press", "Reuters". */
const PUBLISHER = /^(?:(?:The\s+)?(?:\p{Lu}[\p{L}.&'’-]*\s+){0,2}(?:News|Press|Times|Post|Digital|Network|Media|TV|Radio|Herald|Tribune|Journal|Telegraph|Gazette)|Reuters|AFP|AP|Bloomberg)$/u;

/** "Derek Albright Fox News" → "Derek Albright"; "The Associated Press", a list's last name, → "". */
function withoutPublisher(name: string): string {
  const words = name.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const rest = words.slice(i).join(" ");
    // (Alone, only an agency or "The …" is a publisher: "Jane Post" is a writer.)
    const publisher = i === 0 ? agencyCredit(rest) !== null || (/^The\s/.test(rest) && PUBLISHER.test(rest)) : i >= 2 && (PUBLISHER.test(rest) || agencyCredit(rest) !== null);
    if (publisher) return words.slice(0, i).join(" ");
  }
  return name;
}

const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:[a-z]*)\.?(?:\s+\d|$)/i;

/** "MARÍA SAHUQUILLO" → "María Sahuquillo": bylines set in capitals name the same person. */
const unshout = (name: string): string =>
  name === name.toUpperCase() && /\p{Lu}{2}/u.test(name) ? name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase()) : name;
