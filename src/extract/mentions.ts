import type { EntityKind, Mention, Paragraph } from "../model/index.ts";
import { analyse, type ParagraphAnalysis, type Token } from "./nlp/analyse.ts";
import {
  NAME_PARTICLES, NOT_NAMES, ORG_WORDS, isGroupWord, PARTY_WORDS, PLACE_HEADS, PLACE_NAME_STARTS, PLACE_OPENERS, PLACE_QUALIFIERS, isRoleNoun, TITLE_MODIFIERS, TITLE_WORDS, isCommonWord, isDemonym, isAdjectiveWord, isFirstName, isGivenNameWord, isPresentVerbWord, isKnownPersonWord, isLexiconFirstName, isLexiconPersonWord, isOrgName, isPlaceName,
} from "./nlp/lexicon.ts";
import { INVERTING_CUES, isCueLemma } from "./claims/cues.ts";
import { inVocabulary } from "./nlp/wink.ts";

/** A run of capitalised words in one sentence, with what surrounds it. */
interface Run {
  para: ParagraphAnalysis;
  /** Token range of the name itself (titles stripped), end exclusive. */
  from: number;
  to: number;
  titled: boolean;
  kind: EntityKind | null;
  text: string;
  /** A word opening a sentence that is a person only as the surname of a full name found ("Berg said"). */
  surnameOnly?: boolean;
}

const isCap = (t: Token) => /^\p{Lu}/u.test(t.text) && /\p{L}/u.test(t.text);
const isAcronym = (t: string) => /^(\p{Lu}\.?){2,}$/u.test(t.replace(/\./g, "")) && t.replace(/\./g, "").length <= 6;
const isAllCaps = (t: string) => /\p{L}{2}/u.test(t) && t === t.toUpperCase();
const isPossessive = (t: Token | undefined) => !!t && /^['’]s?$/.test(t.lower) && !t.spaced;
const titleWord = (t: Token) => TITLE_WORDS.has(t.lower) || TITLE_WORDS.has(t.lower.replace(/\.$/, ""));
/** A title that stands directly before a name ("Minister", "Mr."), not a modifier ("Foreign", "Former"). */
const titleHead = (t: Token) => titleWord(t) && !TITLE_MODIFIERS.has(t.lower);

/** Words that a headline in title case capitalises and that never stand inside a name. */
const TITLE_CASE_BREAKS = new Set(`Is Are Was Were Be Been Has Have Had To On With And Or But The A An Of For In By At Over Who Why What How
  Her His He She It Its As From About After Before Into Than That This Not Says Said Would Could Should`.split(/\s+/));

/** Splits a sentence's tokens into runs of capitalised words ("Kim Yong-un", "NATO Secretary General Mark Rutte"). */
/** Heads of public bodies whose names go on with "for the …". */
const BODY_HEADS: ReadonlySet<string> = new Set(["office", "institute", "centre", "center", "commission", "council", "foundation", "committee", "agency", "society", "ministry", "department"]);

function capitalisedRuns(tokens: Token[], from: number, to: number): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = from;
  while (i < to) {
    const t = tokens[i];
    // A title-case function word starts no name ("The Hague" and "A …" still run as before).
    if (!t || !isCap(t) || (TITLE_CASE_BREAKS.has(t.text) && t.text !== "The" && t.text !== "A") || isPresentVerbWord(t.lower)) { i++; continue; }
    let j = i + 1;
    // Once an organisation's head has taken "of" or "for", its name may go on so again:
    // "Office for the Coordination of Humanitarian Affairs".
    let orgName = false;
    for (;;) {
      const n = tokens[j];
      if (!n || j >= to) break;
      // Title case capitalises function words: "Bernie Sanders Is Fundraising For State …" holds
      // a name and a headline's other words, not one name.
      if (TITLE_CASE_BREAKS.has(n.text)) break;
      // Nor a verb: "Secretary Duffy Announces Plan …", "Kasich Endorses …".
      if (isCap(n) && isPresentVerbWord(n.lower)) break;
      if (isCap(n) && n.spaced) { j++; continue; }
      // A plural possessive inside an organisation's name: "National Farmers’ Union", "Workers' Party".
      // (Not a person's: "Bernie Sanders’ College for All Act".)
      if (/^['’]$/.test(n.text) && !n.spaced && /s$/.test(tokens[j - 1]!.text) && tokens[j + 1] && isCap(tokens[j + 1]!) && ORG_WORDS.has(tokens[j + 1]!.lower) && j + 1 < to
        && !tokens.slice(i, j).some((t) => isFirstName(t.lower))) { j += 2; continue; }
      // Hyphenated or apostrophe-joined pieces: "Won-sik", "Reuters-Yonhap", "O'Malley".
      const after = tokens[j + 1];
      if (/^[-‐'’]$/.test(n.text) && !n.spaced && after && !after.spaced && /^\p{L}/u.test(after.text) && j + 1 < to) { j += 2; continue; }
      if (!n.spaced && /^\p{L}/u.test(n.text) && !isPossessive(n)) { j++; continue; }
      // An organisation's head with "of" or "for": "Bank of England", "Institute for Science", "Ministry of the Interior".
      // (Not after a title: "Department of Defense Chief of Staff Jeremy Bash" names an office, then a person.)
      if ((n.text === "of" || n.text === "for") && ((orgName && !titleHead(tokens[j - 1]!)) || ORG_WORDS.has(tokens[j - 1]!.lower))) {
        // ("for the" only after a body's head: "Institute for the Study of War", not "Edison Research for the Associated Press".)
        const k = after?.text === "the" && (n.text === "of" || BODY_HEADS.has(tokens[j - 1]!.lower)) ? j + 2 : j + 1;
        // ("Office of the Inspector General": a title after "the" is an office's, which takes no name.)
        if (tokens[k] && isCap(tokens[k]!) && k < to && !(k === j + 2 && titleHead(tokens[k]!))) { j = k + 1; orgName = true; continue; }
      }
      // "and" inside an organisation's name: "Transport and Logistics Bureau", "Department of Health
      // and Human Services", "Centers for Disease Control and Prevention" (not "Smith and Jones").
      if ((n.text === "and" || n.text === "&") && n.spaced) {
        const k = andJoins(tokens, i, j, to);
        if (k > 0) { j = k; continue; }
      }
      // Particles, alone, in a row or hyphened: "da Silva", "von der Leyen", "al-Sisi".
      if (NAME_PARTICLES.has(n.text)) {
        let k = j + 1;
        while (NAME_PARTICLES.has(tokens[k]?.text ?? "") && k < to) k++;
        if (tokens[k]?.text === "-" && !tokens[k]!.spaced && k + 1 < to) k++;
        const last = tokens[k];
        if (last && isCap(last) && k < to) { j = k + 1; continue; }
      }
      break;
    }
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

/**
 * Whether the run at `ra` goes on a title's portfolio: "Minister for [Revenue and] …",
 * "Commissioner of …", "Minister of State for Sustainability and the Environment …".
 */
function portfolioBefore(tokens: readonly Token[], ra: number, from: number): boolean {
  for (let q = ra - 1; q > from && ra - q <= 12; q--) {
    const t = tokens[q]!;
    if (t.text === "of" || t.text === "for") {
      if (titleHead(tokens[q - 1]!) && isCap(tokens[q - 1]!)) return true;
    } else if (!(t.text === "and" || t.text === "&" || t.text === "the" || (isCap(t) && inVocabulary(t.lower)))) return false;
  }
  return false;
}

/** "I'm", "We're", "It's": a pronoun and its verb, in one token. */
const isPronounContraction = (text: string): boolean => /^(?:i|you|we|they|he|she|it|that|there|here|what|who|let)['’](?:m|re|ve|ll|d|s)$/i.test(text);

/**
 * Where the name starts after a title's portfolio (`from` is its first word): "Minister for
 * Education Orla Tierney", "Secretary for Transport and Logistics Vincent Tam Chi-kin",
 * "Commissioner of Revenue Administration S. Meenakshi Sundaram". An initial or a given name
 * starts it, else the words from there on are no English words; -1 when no name is left.
 */
function nameAfterPortfolio(tokens: readonly Token[], from: number, to: number): number {
  for (let p = from + 1; p < to - 1; p++) {
    const t = tokens[p]!;
    if (isCap(t) && (/^\p{Lu}\.$/u.test(t.text) || isFirstName(t.lower))) return p;
  }
  let p = to, words = 0;
  while (p - 1 > from) {
    const t = tokens[p - 1]!;
    // (A token glued to the one before is part of its word: the "-" and "kin" of "Chi-kin".)
    if (t.spaced && !(isCap(t) && !inVocabulary(t.lower))) break;
    if (t.spaced) words++;
    p--;
  }
  return words >= 2 ? p : -1;
}

/**
 * Where an organisation's name that goes on past "and" at `j` ends, or -1. In a name joined by
 * "of" or "for", English words go on with it ("Health and Human Services", "Control and
 * Prevention"); otherwise two or more words ending in an organisation's head do ("Transport and
 * Logistics Bureau", "Fish and Wildlife Conservation Commission"), after no person's name
 * ("Michael Grunwald and Washington Post reporter …", "George W. Bush and Congress").
 */
function andJoins(tokens: readonly Token[], i: number, j: number, to: number): number {
  let k = j + 1;
  while (k < to && k < j + 5 && isCap(tokens[k]!) && tokens[k]!.spaced) k++;
  const tail = tokens.slice(j + 1, k);
  if (tail.length === 0) return -1;
  const plain = (t: Token) => !isKnownPersonWord(t.lower) && !isPlaceName(t.lower);
  if (tokens.slice(i, j).some((t) => t.text === "of" || t.text === "for")) return tail.every((t) => inVocabulary(t.lower) && plain(t)) ? k : -1;
  // (Nor two whole names: "CNN and The New York Times", "the FBI and Justice Department".)
  const whole = (t: Token) => ORG_WORDS.has(t.lower) || isAcronym(t.text) || t.text === "The";
  const personBefore = isFirstName(tokens[i]!.lower) || tokens.slice(i, j).some(titleHead);
  return tail.length >= 2 && ORG_WORDS.has(tail.at(-1)!.lower) && plain(tail[0]!) && !whole(tail[0]!) && !whole(tokens[j - 1]!) && !personBefore ? k : -1;
}

/**
 * True when a role stands right before token `i`: "Kremlin leader Vladimir Putin", or an
 * appositive "the Ukrainian president, Volodymyr Zelensky" (role within a few words before the comma).
 */
function roleBefore(tokens: Token[], i: number, sentenceFrom: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || i - 1 < sentenceFrom) return false;
  if (prev.text !== ",") return isRoleNoun(prev.lower) || titleHead(prev);
  for (let k = i - 2, steps = 0; k >= sentenceFrom && steps < 8; k--, steps++) {
    const t = tokens[k]!;
    if (isRoleNoun(t.lower) || titleHead(t)) return true;
    // A preposition other than a title's "of", "for" or "to" puts the role in another phrase: "the
    // president since the shootings in San Bernardino, Calif." ("High Representative for Foreign
    // Policy, Josep Borrell", "ambassador to the EU, Vsevolod Chentsov").
    if (t.pos === "VERB" || t.pos === "AUX" || t.text === "." || t.text === "," || t.pos === "PRON" || (t.pos === "ADP" && !/^(?:of|for|to)$/.test(t.lower))) return false;
  }
  return false;
}

/** The tokens' text as it stands, spaces included. */
const surfaceOf = (ts: readonly Token[]): string => ts.map((t, i) => (i > 0 && t.spaced ? " " : "") + t.text).join("");

function classify(tokens: Token[], a: number, b: number, titled: boolean): EntityKind | null {
  const core = tokens.slice(a, b);
  const lowerAll = core.map((t) => t.lower).join(" ");
  if (core.every((t) => NOT_NAMES.has(t.lower)) || (core.length === 1 && isGroupWord(core[0]!.lower, core[0]!.text))) return null;
  const surface = surfaceOf(core);
  if (!/\s/.test(surface) && isCompound(surface)) return null;
  // "Sen. Ted Cruz, R-Texas, …": a party and state, not a name.
  if (/^[RDI]-\p{Lu}/u.test(core.map((t) => t.text).join(""))) return null;
  if (core.some((t) => ORG_WORDS.has(t.lower)) || isOrgName(lowerAll)) return "organisation";
  // "L'Osservatore Romano": a French or Italian article opens a title, not a person's name.
  if (core.length > 1 && /^L['’]\p{Lu}/u.test(core[0]!.text)) return "organisation";
  if (core.length > 1 && (PLACE_HEADS.has(core[core.length - 1]!.lower) || PLACE_OPENERS.has(core[0]!.lower))) return "place";
  // "Ottery St Mary", "St. Louis", "Bury St Edmunds": a saint's name in a run names a place, unless a
  // given name or a title opens it ("Warren St. John").
  const saint = core.findIndex((t) => /^st\.?$/.test(t.lower));
  if (saint >= 0 && saint < core.length - 1 && !titled && (saint === 0 || !isGivenNameWord(core[0]!.lower))) return "place";
  if (core.length === 1 && isAcronym(core[0]!.text)) return "organisation";
  if (isPlaceName(lowerAll) || (core.length > 1 && PLACE_QUALIFIERS.has(core[0]!.lower) && isPlaceName(core.slice(1).map((t) => t.lower).join(" ")))) return "place";
  if (core.length === 1 && (isPlaceName(core[0]!.lower) || isOrgName(core[0]!.lower))) return isPlaceName(core[0]!.lower) ? "place" : "organisation";
  if (core.some((t) => /^\d/.test(t.text))) return null;
  if (titled) return "person";
  const first = core[0]!.lower, last = core[core.length - 1]!.lower;
  // "Marine Le Pen", "Jean-Michel Le Goff": a given name, a particle and a surname, whatever the words mean in English.
  const given = givenNameEnd(core, 0, core.length);
  if (given > 0 && particleSurname(core, given, core.length)) return "person";
  // "Lewis Harkin": a given name of the lists before a surname, neither of them an English word
  // ("River Styx") nor a place's ("San Bernardino", "Sanders Iowa").
  if (core.length === 2 && isGivenNameWord(first) && /^\p{Lu}\p{Ll}/u.test(core[1]!.text) && ![first, last].some((w) => inVocabulary(w) || isCommonWord(w) || isPlaceName(w) || PLACE_NAME_STARTS.has(w))) return "person";
  if (core.length < 2 || !(isFirstName(first) || isKnownPersonWord(last))) return null;
  // A name known only from the long first-name lists, among English words, is a headline's run or
  // a thing's name ("Rand Paul Scores Direct Hit", "Nobel Peace Prize"), not a person's.
  return isLexiconFirstName(first) || isLexiconPersonWord(last) || core.every((t) => !inVocabulary(t.lower)) ? "person" : null;
}

/** The last title head inside run [a, b) that only name words follow, or -1. */
function lastTitleHead(tokens: Token[], a: number, b: number): number {
  for (let k = b - 2; k > a; k--) {
    if (titleHead(tokens[k]!)) return k;
    if (titleWord(tokens[k]!)) return -1;
  }
  return -1;
}

/** "Obama-Clinton", "Oscar-winning": a compound of known names, or ending in lower case, is no one's name. */
function isCompound(word: string): boolean {
  const parts = word.split("-");
  return parts.length > 1 && (parts.every((x) => isKnownPersonWord(x.toLowerCase())) || /^\p{Ll}/u.test(parts.at(-1)!));
}

/**
 * A role among the first words after a comma, reached through lower-case words, nationalities
 * and parties only ("a lawyer", "leader of …", "the Republican nominee"); another name first
 * ("San Bernardino, Calif. Prime Minister …") ends the search.
 */
function roleAfter(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    // The role in lower case, as running text writes an appositive ("Justice and Home Affairs" is a name's).
    if (/^\p{Ll}/u.test(t.text) && (isRoleNoun(t.lower) || titleHead(t))) return true;
    // A clause, not an appositive: "Bear Stearns, which collapsed", "NextGen Climate, founded by billionaire …".
    if (t.pos === "VERB" || t.pos === "AUX" || /^(?:which|who|whose|that|where|when)$/.test(t.lower)) return false;
    // ("the EU trade commissioner": an acronym may say whose role it is.)
    if (isCap(t) && !isDemonym(t.lower) && !PARTY_WORDS.has(t.lower) && !isAcronym(t.text)) return false;
  }
  return false;
}

/**
 * Shaped like a full name: two or three names, with initials, particles or a suffix between or
 * after ("Gene B. Sperling", "Jan de Vries", "C. Stewart Verdery Jr."); no word in capitals
 * ("POLITICO Florida"), no compound ("Los Angeles-based"), no common last name word.
 */
function looksLikeFullName(ts: readonly Token[]): boolean {
  const words = surfaceOf(ts).split(/\s+/);
  const names = words.filter((w) => !NAME_PARTICLES.has(w) && !/^\p{Lu}\.$/u.test(w) && !/^(?:Jr|Sr)\.?$|^[IVX]+$/.test(w));
  const last = names.at(-1) ?? "";
  return names.length >= 2 && names.length <= 3 && names.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !isCompound(w)) &&
    !isCommonWord(last.toLowerCase()) && !words.some((w) => NOT_NAMES.has(w.toLowerCase()));
}

/** Whether what surrounds an unknown name of two or more words, run [a, b), makes it a person. */
function namedByContext(tokens: Token[], a: number, b: number, sentenceTo: number): boolean {
  // One of up to three words that says something ("Erica Smegielski complained"). Words, not
  // tokens: "Jean-Claude Juncker" is two ("jean" alone is a common word); a compound ending in
  // lower case is no name ("a Trump-style retort").
  let k = b;
  while (tokens[k]?.pos === "ADV" || tokens[k]?.pos === "AUX") k++;
  const words = surfaceOf(tokens.slice(a, b)).split(/\s+/);
  const wordsNamed = words.every((w) => /^\p{Lu}/u.test(w.split("-").at(-1)!) && !isCommonWord(w.toLowerCase()));
  if (tokens[k] && isCueLemma(tokens[k]!.lemma) && words.length <= 3 && wordsNamed) return true;
  if (!looksLikeFullName(tokens.slice(a, b))) return false;
  const prev = tokens[a - 1];
  // '"…," said Jan de Vries, a dairy farmer': right after a verb of saying that follows a
  // quotation ('said Fianna Fáil would …' reports what a party would do).
  const afterQuote = /^[,"“”'‘’]$/.test(tokens[a - 2]?.text ?? "") || /^[,"“”'‘’]$/.test(tokens[a - 3]?.text ?? "");
  // (Not "told": '…," he told Business Insider' names the one told.)
  if (prev && INVERTING_CUES.has(prev.lemma) && prev.lemma !== "tell" && afterQuote) return true;
  // "Yoshihiko Noda, leader of the opposition …", "Şefik Doğru, a lawyer, …": a role just after;
  // not after a preposition ("At Trump National Doral, the candidate boasted" opens a clause).
  // ("According to Maroš Šefčovič, the EU trade commissioner, …" is the exception.)
  const source = prev?.lower === "to" && tokens[a - 2]?.lower === "according";
  if (tokens[b]?.text === "," && (prev?.pos !== "ADP" || source) && roleAfter(tokens, b + 1, Math.min(b + (source ? 5 : 4), sentenceTo))) return true;
  // "Rekha Thakre, whose daughter was hurt, said": a relative clause for people (a body's name,
  // "National Front, who …", is made of English words).
  if (tokens[b]?.text === "," && /^(?:who|whose)$/.test(tokens[b + 1]?.lower ?? "") && prev?.pos !== "ADP"
    && tokens.slice(a, b).every((t) => !inVocabulary(t.lower) && !isCommonWord(t.lower))) return true;
  // "Kaja Kallas is the EU's High Representative …": a name the sentence gives a role.
  return tokens[b]?.lemma === "be" && tokens.slice(b + 1, b + 7).some((t) => titleHead(t) || isRoleNoun(t.lower));
}

/** Where a given name opening run [a, b) ends, hyphenated parts included ("Jean-Michel"), or -1. */
function givenNameEnd(tokens: readonly Token[], a: number, b: number): number {
  if (!isGivenNameWord(tokens[a]!.lower)) return -1;
  let k = a + 1;
  while (k + 1 < b && tokens[k]!.text === "-" && !tokens[k]!.spaced && isGivenNameWord(tokens[k + 1]!.lower)) k += 2;
  return k < b ? k : -1;
}

/** A particle and a capitalised word at `k`: "Le Pen", "de Gaulle". */
const particleSurname = (tokens: readonly Token[], k: number, b: number): boolean =>
  k + 1 < b && NAME_PARTICLES.has(tokens[k]!.lower) && /^\p{Lu}/u.test(tokens[k + 1]!.text);

/**
 * A sentence's first word that is a given name before a surname, though also an English word:
 * "Marine Le Pen said", "Jean-Michel Le Goff, a farmer", "Bill Clinton said". Not an adjective
 * ("Young Sanders voters") unless a particle follows ("Marine Le Pen"), nor before a word that
 * is only a given name ("Morning Joe").
 */
function givenNameOpens(tokens: Token[], a: number, b: number): boolean {
  const k = givenNameEnd(tokens, a, b);
  if (k < 0 || tokens[a]!.pos !== "PROPN") return false;
  if (particleSurname(tokens, k, b)) return true;
  const surname = tokens[k]!;
  return !isAdjectiveWord(tokens[a]!.lower) && /^\p{Lu}\p{Ll}/u.test(surname.text) && !isCommonWord(surname.lower)
    && (!isFirstName(surname.lower) || isKnownPersonWord(surname.lower) && !isLexiconFirstName(surname.lower));
}

/** Endings of plurals and abstract nouns. */
const ABSTRACT = /(?:s|tion|sion|ment|ness|ship|ism|ity|ance|ence|acy)$/;

/** A lone capitalised word acting as the subject of a verb ("Putin apparently supports"). */
function looksLikeSubject(tokens: Token[], a: number, b: number, sentenceFrom: number): boolean {
  if (b - a !== 1) return false;
  const t = tokens[a]!;
  if (t.text.length < 3 || isAllCaps(t.text) || t.pos !== "PROPN") return false;
  if (isCommonWord(t.lower) || isPlaceName(t.lower) || isOrgName(t.lower) || isDemonym(t.lower) || NOT_NAMES.has(t.lower) || isGroupWord(t.lower, t.text)) return false;
  if (isCompound(t.text)) return false;
  // Opening a sentence, a plural or an abstract noun is capitalised for grammar ("Voters said",
  // "Immigration is …"); a surname like that is a person once its full name is found (resolveNames).
  if (a === sentenceFrom || /^[“"‘'(]$/.test(tokens[a - 1]?.text ?? "")) {
    if (!isKnownPersonWord(t.lower) && (ABSTRACT.test(t.lower) || inVocabulary(t.lower))) return false;
  }
  // Anywhere, an abstract noun in English is no surname: "Centers for Disease Control and Prevention sent".
  if (ABSTRACT.test(t.lower) && !/s$/.test(t.lower) && inVocabulary(t.lower) && !isKnownPersonWord(t.lower)) return false;
  const prev = tokens[a - 1];
  if (a > sentenceFrom && prev && (prev.pos === "DET" || prev.pos === "ADP")) return false;
  // "sites in Scotland and Devon had found": joined to a place by "and" or "or", a place.
  if (/^(?:and|or)$/.test(prev?.lower ?? "") && isPlaceName(tokens[a - 2]?.lower ?? "")) return false;
  // "in eastern Ladakh was completed": a region, where a compass adjective stands before it.
  if (prev && /^(?:(?:north|south)-?)?(?:north|south|east|west)(?:ern)?$|^central$/.test(prev.lower)) return false;
  // "the regulator Ofwat said", "the group Hamas said": named by a noun that is no person's role.
  // (Only before a verb of saying: "the amount Trump gave" is a clause about Trump.)
  const apposed = prev?.pos === "NOUN" && /^\p{Ll}/u.test(prev.text) && !isRoleNoun(prev.lower) && tokens[a - 2]?.pos === "DET";
  if (apposed && INVERTING_CUES.has(tokens[b]?.lemma ?? "")) return false;
  if (isPossessive(tokens[b])) return false;
  let k = b;
  while (tokens[k]?.pos === "ADV") k++;
  const next = tokens[k];
  // A verb with a noun after it is often a common noun's ("Protests erupted", "Build roads"), but
  // not a verb of saying: "Zakharova told reporters".
  return !!next && (next.pos === "AUX" || (next.pos === "VERB" && (tokens[k + 1]?.pos !== "NOUN" || isCueLemma(next.lemma))));
}

/** People, organisations and places named in the kept paragraphs, with source offsets. */
export function findMentions(text: string, paragraphs: readonly Paragraph[]): Mention[] {
  const runs: Run[] = [];
  const articled = new Set<string>();
  for (const para of analyse(text, paragraphs)) {
    const { tokens } = para;
    for (const s of para.sentences) {
      for (const [ra, rb] of capitalisedRuns(tokens, s.from, s.to)) {
        let a = ra;
        // Sentence-initial common words are capitalised for grammar, not because they are names.
        const first = tokens[a]!;
        const atStart = a === s.from || /^[“"‘'(•·–—:;…-]$|^\.\.\.$/.test(tokens[a - 1]?.text ?? "");
        // Not when the run is an organisation's name: "Amnesty International said".
        const organisation = rb - a > 1 && !/^(?:the|a|an)$/.test(first.lower) && tokens.slice(a, rb).some((t) => ORG_WORDS.has(t.lower));
        // "Mount Hood is closed": a place's first word, not a word capitalised for the sentence.
        const placeOpened = rb - a > 1 && PLACE_OPENERS.has(first.lower);
        // (Not a given name a surname follows: "Marine Le Pen said", "Jean-Michel Le Goff, a farmer".)
        if (atStart && !organisation && !placeOpened && !titleWord(first) && !givenNameOpens(tokens, a, rb) && (isCommonWord(first.lower) || NOT_NAMES.has(first.lower) || (rb - a === 1 && first.pos !== "PROPN"))) a++;
        // "I'm", "We're": a pronoun, capitalised, with its verb, is no name, nor part of one ("I’m Nancy", "Now I'm").
        if (a < rb && isPronounContraction(tokens[a]!.text)) a++;
        if (a >= rb) {
          // "Berg said …", "Berg, 54, …": a common word is a person's surname here when the article
          // names them in full (resolveNames) and the word is the subject, not a noun's modifier.
          const next = tokens[rb];
          if (rb - ra === 1 && first.text.length >= 3 && first.pos !== "PRON" && (first.pos === "PROPN" || /^(VERB|AUX)$/.test(next?.pos ?? "") || next?.text === "," || isPossessive(next))) {
            runs.push({ para, from: ra, to: rb, titled: false, kind: null, text: first.text, surnameOnly: true });
          }
          continue;
        }
        const all = tokens.slice(a, rb);
        if (all.length > 1 && all.every((t) => isAllCaps(t.text))) continue; // photo credits, shouting menus
        const roleAhead = roleBefore(tokens, a, s.from);
        let titled = false;
        // A place before a facility is part of its name ("Seoul Station"), not a word to strip, and
        // a place's own name may start with one ("Rio de Janeiro").
        const facility = rb - a > 1 && (PLACE_HEADS.has(tokens[rb - 1]!.lower) || isPlaceName(tokens.slice(a, rb).map((t) => t.lower).join(" ")));
        // Nor before an organisation's head, or in a name joined by "of" or "for" (only an
        // organisation's are): "California Democratic Party", "Bank of England".
        const body = rb - a > 1 && (ORG_WORDS.has(tokens[rb - 1]!.lower) || tokens.slice(a, rb).some((t) => t.text === "of" || t.text === "for"));
        // After a title only the name follows: "Defence Minister Israel Katz" keeps "Israel".
        let named = false;
        // An organisation's word goes before a name of two or more words ("Navy SEAL Chris Kyle"),
        // not before one: "International Security" names the organisation.
        while (!facility && !body && a < rb - 1 && (titleWord(tokens[a]!) || (!named && (isDemonym(tokens[a]!.lower) || PARTY_WORDS.has(tokens[a]!.lower) || isAcronym(tokens[a]!.text) || isPlaceName(tokens[a]!.lower) || (ORG_WORDS.has(tokens[a]!.lower) && rb - a > 2))))) {
          titled = titleHead(tokens[a]!);
          named ||= titled;
          a++;
          // "President-elect", "Prime Minister-designate": the suffix belongs to the title.
          if (titled && tokens[a]?.text === "-" && /^(?:elect|designate)$/.test(tokens[a + 1]?.lower ?? "") && a + 2 < rb) a += 2;
        }
        // A portfolio before the title: "Agriculture Minister Czesław Siekierski", "Deputy Treasury Secretary Wally Adeyemo".
        const head = lastTitleHead(tokens, a, rb);
        if (head >= 0) [a, titled] = [head + 1, true];
        // Or after it, "of" or "for" between: "Minister for Revenue and Disaster Management R. Thamizhselvan".
        const portfolio = head < 0 && portfolioBefore(tokens, ra, s.from) ? nameAfterPortfolio(tokens, ra, rb) : -1;
        if (portfolio > a) [a, titled] = [portfolio, true];
        // A title with no name ("Former Dutch Prime Minister"), unless it names an office ("State Department").
        if (titleWord(tokens[a]!) && !isFirstName(tokens[a]!.lower) && !body) continue;
        // Nor is the rest of a compound title ("Secretary-Treasurer Gary Casteel", "Minister-Coordinator").
        while (a < rb && tokens[a]!.text === "-") a += 2;
        if (a >= rb) continue;
        // "in the Bundestag", "the Bundeswehr's budget": one word a determiner names is a thing.
        if (rb - a === 1 && tokens[a - 1]?.lower === "the" && !/^(?:NOUN|PROPN)$/.test(tokens[rb]?.pos ?? "")) articled.add(tokens[a]!.text);
        let kind = classify(tokens, a, rb, titled || (roleAhead && a === ra));
        if (!kind && rb - a >= 2 && namedByContext(tokens, a, rb, s.to)) kind = "person";
        if (!kind && looksLikeSubject(tokens, a, rb, s.from)) kind = "person";
        const start = tokens[a]!.start, end = tokens[rb - 1]!.end;
        runs.push({ para, from: a, to: rb, titled, kind, text: text.slice(start, end) });
      }
    }
  }
  return resolveNames(text, runs, articled);
}

const wordsOf = (s: string) => s.split(/\s+/);
/** A name without case or accents, for comparing spellings of one name. */
const plainWords = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/**
 * Fills in unclassified single words that name a known person, and gives each mention its fullest
 * name. A single word the article also writes with "the" ("Bundestag approves …" and "in the
 * Bundestag") is nobody's name, unless a full name ends in it; nor are its other mentions.
 */
function resolveNames(text: string, runs: Run[], articled: ReadonlySet<string>): Mention[] {
  const thing = (r: Run) => r.kind === "person" && !r.titled && r.to - r.from === 1 && articled.has(r.text);
  const personNames = [...new Set(runs.filter((r) => r.kind === "person" && !thing(r)).map((r) => r.text))];
  const personSurface = new Set(personNames);
  const personWords = personNames.map(wordsOf);
  // Each name's words without case or accents, made once: comparing them was most of this stage's time.
  const personPlain = personNames.map((n) => wordsOf(plainWords(n)));
  // Runs repeat the same surfaces, and the answer depends on the surface alone.
  const found = new Map<string, string | null>();
  const surnameOf = (surface: string): string | null => {
    const full = fullest(surface);
    return full && wordsOf(full).length > 1 && plainWords(wordsOf(full).at(-1)!) === plainWords(surface) ? full : null;
  };
  const fullest = (surface: string): string | null => {
    if (found.has(surface)) return found.get(surface)!;
    const w = wordsOf(surface);
    const plain = plainWords(surface);
    let best: string | null = null, bestWords = 0;
    for (let i = 0; i < personNames.length; i++) {
      const nw = personWords[i]!;
      if (nw.length < w.length) continue;
      // "Von der Leyen" opening a sentence is "Ursula von der Leyen" (a particle's case follows the
      // sentence), and "Sefcovic" is "Maroš Šefčovič" (a page that drops accents once).
      const suffix = personPlain[i]!.slice(nw.length - w.length).join(" ") === plain;
      const prefix = w.length === 1 && nw[0] === surface && nw.length > 1;
      if ((suffix || prefix) && (!best || nw.length > bestWords)) {
        best = personNames[i]!;
        bestWords = nw.length;
      }
    }
    found.set(surface, best);
    return best;
  };
  const out: Mention[] = [];
  for (const r of runs) {
    if (r.surnameOnly && !surnameOf(r.text)) continue;
    let kind = thing(r) && !surnameOf(r.text) ? null : r.kind;
    // "Harrow said", after "Secretary Denise Harrow": a place's name is a surname the article gives in full.
    if (kind === "place" && r.to - r.from === 1 && surnameOf(r.text)) kind = "person";
    if (kind === null || kind === "person") {
      const full = fullest(r.text);
      if (full || personSurface.has(r.text)) kind = "person";
    }
    if (!kind) continue;
    const start = r.para.tokens[r.from]!.start, end = r.para.tokens[r.to - 1]!.end;
    const name = kind === "person" ? fullest(r.text) ?? r.text : r.text;
    out.push({ start, end, text: text.slice(start, end), kind, name });
  }
  return out;
}
