import type { Mention, RoleMention } from "../model/index.ts";

/** Nouns that name an office or position; a role phrase must contain one. */
const OFFICES = new Set(
  (
    "president minister secretary chancellor premier leader chief head spokesman spokeswoman spokesperson " +
    "ambassador envoy diplomat director commissioner representative governor senator congressman congresswoman " +
    "lawmaker legislator mayor king queen prince princess pope monarch emir sultan sheikh ayatollah coordinator " +
    "chairman chairwoman chairperson chair ceo commander admiral general marshal adviser advisor counsellor " +
    "judge justice speaker prosecutor attorney officer official negotiator delegate rapporteur mp mep " +
    "president-elect candidate nominee founder executive boss manager captain coach economist analyst " +
    "professor spokesperson strategist"
  ).split(" "),
);

/** Lower-case words that may stand inside a role phrase ("foreign minister", "deputy chief of staff"). */
const MODIFIERS = new Set(
  (
    "foreign defence defense interior finance prime deputy vice former acting interim federal national state " +
    "senior top high supreme security affairs trade justice health economy economic energy home military " +
    "press communications strategic general chief first principal assistant associate managing staff " +
    // Portfolios: "the environment secretary, Steve Reed", "Hungary's agriculture minister".
    "agriculture environment education transport transportation culture labour labor employment migration " +
    "asylum immigration climate industry infrastructure development digital tourism welfare housing treasury budget"
  ).split(" "),
);

/** Words joining the parts of a title ("Secretary of State", "Minister for Trade and Industry"). */
const CONNECTORS = new Set(["of", "for", "and", "the", "on"]);

/** In a title after the name, "at" joins it to the place of work ("Coordinator … at the White House"). */
const CONNECTORS_AT: ReadonlySet<string> = new Set([...CONNECTORS, "at"]);

/** Sentence openers and time words that can precede a title but are not part of it. */
const NOT_TITLE_START = new Set(
  (
    "the a an and but or so then when after before as while also however meanwhile today yesterday tonight " +
    "on in at last this next monday tuesday wednesday thursday friday saturday sunday january february march " +
    "april may june july august september october november december of for"
  ).split(" "),
);

interface Tok {
  text: string;
  start: number;
  end: number;
}

/**
 * Word tokens of `text` between `from` and `to`, with offsets; trailing punctuation stays on the
 * token. Lazy, as a title is rarely more than a few words: callers stop long before the end.
 */
function* tokens(text: string, from: number, to: number): Generator<Tok> {
  for (const m of text.slice(from, to).matchAll(/\S+/g)) {
    yield { text: m[0], start: from + m.index, end: from + m.index + m[0].length };
  }
}

const SPACE = /\s/;

/** The same tokens as `tokens`, read from `to` back towards `from`. */
function* tokensBackward(text: string, from: number, to: number): Generator<Tok> {
  let end = to;
  for (;;) {
    while (end > from && SPACE.test(text[end - 1]!)) end--;
    if (end <= from) return;
    let start = end;
    while (start > from && !SPACE.test(text[start - 1]!)) start--;
    yield { text: text.slice(start, end), start, end };
    end = start;
  }
}

const bare = (t: string): string => t.replace(/^[(\[]+|[)\],;:.!?]+$/g, "").replace(/['’]s$/, "");
const isAcronymWithDots = (t: string): boolean => /^(\p{Lu}\.){2,}$/u.test(t);
/** A token ends a clause when it carries sentence punctuation, a comma or a quotation mark. */
const endsClause = (t: string): boolean => (/[.;:!?,"“”‘’«»)]$/.test(t) && !isAcronymWithDots(t)) || /^["“”‘«(]/.test(t);

function titleToken(t: string, connectors: ReadonlySet<string>): boolean {
  const w = bare(t);
  if (!w || /\d/.test(w)) return false;
  if (/^\p{Lu}/u.test(w)) return true;
  const lower = w.toLowerCase();
  return OFFICES.has(lower) || MODIFIERS.has(lower) || connectors.has(lower);
}

/** Trims words that cannot start or end a title; null when no office word is left. */
function trimPhrase(toks: Tok[]): Tok[] | null {
  let i = 0;
  let j = toks.length;
  while (i < j && NOT_TITLE_START.has(bare(toks[i]!.text).toLowerCase())) i++;
  while (j > i && CONNECTORS.has(bare(toks[j - 1]!.text).toLowerCase())) j--;
  const kept = toks.slice(i, j);
  return kept.some((t) => OFFICES.has(bare(t.text).toLowerCase())) ? kept : null;
}

const phraseText = (text: string, toks: Tok[]): string =>
  text.slice(toks[0]!.start, toks[toks.length - 1]!.end).replace(/[,;:.]+$/, "").replace(/\s+/g, " ");

/**
 * The organisation a title names: an organisation mention inside it, else what follows "at"
 * ("… at the White House"), else a possessive ("NATO's secretary general") or an acronym that
 * is not a place ("EU High Representative").
 */
function organisationIn(text: string, toks: Tok[], mentions: readonly Mention[], atPart: Tok[] | null): string | null {
  const from = toks[0]!.start;
  const to = (atPart ?? toks)[(atPart ?? toks).length - 1]!.end;
  const org = mentions.find((m) => m.kind === "organisation" && m.start >= from && m.end <= to);
  if (org) return org.name;
  if (atPart && atPart.length > 0) return phraseText(text, atPart).replace(/^the\s+/i, "");
  const places = mentions.filter((m) => m.kind === "place");
  for (const t of toks) {
    const w = bare(t.text);
    const inPlace = places.some((p) => p.start <= t.start && t.end <= p.end);
    if (inPlace) continue;
    if (/['’]s[,]?$/.test(t.text) && /^\p{Lu}/u.test(w)) return w;
    if (/^\p{Lu}{2,}$/u.test(w)) return w;
  }
  return null;
}

/** Splits "Coordinator for X at the White House" into the title and the place of work. */
function splitAt(toks: Tok[]): [Tok[], Tok[] | null] {
  const at = toks.findIndex((t, i) => i > 0 && t.text === "at");
  return at < 0 ? [toks, null] : [toks.slice(0, at), toks.slice(at + 1)];
}

/** Start of the paragraph (or line) holding `at`, so a title never spans a line break. */
function lineStart(text: string, at: number): number {
  return text.lastIndexOf("\n", at - 1) + 1;
}

function lineEnd(text: string, at: number): number {
  const n = text.indexOf("\n", at);
  return n < 0 ? text.length : n;
}

/**
 * A title standing right before the name ("NATO Secretary General Mark Rutte", "Kremlin leader
 * Vladimir Putin") or before it across a comma ("the EU High Representative for Foreign Policy,
 * Josep Borrell").
 */
function titleBefore(text: string, m: Mention, people: readonly Mention[]): Tok[] | null {
  const phrase: Tok[] = [];
  let last = true;
  for (const t of tokensBackward(text, Math.max(lineStart(text, m.start), m.start - 300), m.start)) {
    const appositive = last && t.text.endsWith(",");
    last = false;
    if (!appositive && endsClause(t.text)) break;
    if (people.some((p) => p !== m && p.start < t.end && t.start < p.end)) break;
    if (!titleToken(t.text, CONNECTORS)) break;
    phrase.unshift(t);
  }
  return phrase.length > 0 ? trimPhrase(phrase) : null;
}

/** A title after the name between commas ("John Kirby, National Security Council Coordinator …, said"). */
function titleAfter(text: string, m: Mention): Tok[] | null {
  const rest = text.slice(m.end, lineEnd(text, m.end));
  if (!/^,\s/.test(rest)) return null;
  const phrase: Tok[] = [];
  for (const t of tokens(text, m.end + 1, m.end + Math.min(rest.length, 300))) {
    if (phrase.length === 16) break;
    if (!titleToken(t.text, CONNECTORS_AT)) return null;
    phrase.push(t);
    if (endsClause(t.text)) return /[,.;)]$/.test(t.text) ? trimPhrase(phrase) : null;
  }
  return null;
}

/**
 * Titles and offices stated for people in this article, found by form: title words before a
 * name, or an appositive before or after it. `person` is the mention's resolved name.
 */
export function findRoles(text: string, mentions: readonly Mention[]): RoleMention[] {
  const people = mentions.filter((m) => m.kind === "person" && /^\p{Lu}/u.test(m.text) && !/^the\s/i.test(m.text));
  const roles: RoleMention[] = [];
  for (const m of people) {
    const before = titleBefore(text, m, people);
    if (before) {
      roles.push({
        start: before[0]!.start,
        end: m.end,
        person: m.name,
        title: phraseText(text, before),
        organisation: organisationIn(text, before, mentions, null),
      });
    }
    const after = titleAfter(text, m);
    if (after) {
      const [title, atPart] = splitAt(after);
      if (title.length === 0 || !trimPhrase(title)) continue;
      roles.push({
        start: m.start,
        end: after[after.length - 1]!.end - (/[,.;)]$/.test(after[after.length - 1]!.text) ? 1 : 0),
        person: m.name,
        title: phraseText(text, title),
        organisation: organisationIn(text, title, mentions, atPart),
      });
    }
  }
  return roles;
}
