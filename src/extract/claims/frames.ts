import type { Sentence, Token } from "../nlp/analyse.ts";
import { inVocabulary } from "../nlp/wink.ts";
import { isCommonWord, isTimeWord, NAME_PARTICLES, NATURAL_FEATURES, ORG_HEADS, ORG_WORDS, isRoleNoun, UNNAMED_HEADS } from "../nlp/lexicon.ts";
import { CLAUSE_CUES, INVERTING_CUES, isCueLemma, isStanceLemma, PARTICLE_CUES, PREPOSITION_CUES, SOURCE_PHRASES } from "./cues.ts";
import { QUOTE_CHARS, type QuoteSpan } from "./quotes.ts";
import { descriptionHead, isRoleWord, isTitle } from "./role-head.ts";

/** Who (speaker tokens) reports (cue tokens); token indices within a paragraph, ends exclusive. */
export interface Frame {
  cueFrom: number;
  cueTo: number;
  spkFrom: number;
  spkTo: number;
  /** "verb": X said; "source": according to X; "colon": X: … in a headline. */
  type: "verb" | "source" | "colon";
  /** The speaker follows the cue ("…,” said Rutte). */
  inverted: boolean;
}

const POSSESSIVES = new Set(["her", "his", "their", "its", "my", "our", "your"]);
export const SPEECH_VERBS: ReadonlySet<string> = new Set(["say", "tell", "add", "write", "ask", "tweet", "state", "declare", "reply", "respond", "allege", "claim", "report", "note", "read", "conclude", "explain",
  "contend", "argue", "continue", "suggest", "warn", "insist", "assert", "charge", "maintain", "predict", "describe", "cite", "quote", "chant"]);
/** Who hears evidence: "the court heard that …". */
const HEARING_BODIES: ReadonlySet<string> = new Set(["court", "jury", "tribunal", "inquest", "inquiry", "hearing", "committee", "panel", "magistrates", "trial"]);
/** Verbs whose object does what a bare infinitive says ("help workers find jobs"). */
const CAUSATIVES: ReadonlySet<string> = new Set(["help", "let", "make", "have", "watch", "see", "hear"]);
/** Verbs whose subject is a record rather than a speaker ("a video of the episode shows", "the data suggest"): any noun will do. */
const EVIDENCE_VERBS: ReadonlySet<string> = new Set(["show", "find", "suggest", "indicate", "reveal"]);
/** Verbs that may follow their content and precede their subject ("…,” said Rutte). */
const QUOTE_MARK = /^(["“”„«»]|'')$/;
const NOMINAL = new Set(["PROPN", "NOUN", "PRON"]);
const SKIP_BEFORE_CUE = new Set(["ADV", "AUX", "PART"]);
const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "we", "i", "you", "it", "who", "one"]);

export const inQuote = (t: Token, quotes: readonly QuoteSpan[]) => quotes.some((q) => t.start >= q.start && t.end <= q.end);

/** Whether a noun phrase can be someone who speaks: a name, a pronoun, a role, a group, an organisation. */
function canSpeak(tokens: Token[], from: number, to: number, speechVerb = false): boolean {
  const head = tokens[to - 1];
  if (!head) return false;
  // A verb of saying makes its subject a source whatever it is ("the insider said", "the suit says").
  if (speechVerb && head.pos === "NOUN") return true;
  // "the River Otter have left … and are demanding": a natural feature does not speak ("Washington said"
  // does). Its name only: "the Mount Sinai hospital said" is the hospital.
  if (to - from === 3 && tokens[from]!.lower === "the" && /^\p{Lu}/u.test(tokens[from + 1]!.text) && NATURAL_FEATURES.has(tokens[from + 1]!.lower)) return false;
  if (head.pos === "PROPN") return true;
  if (head.pos === "PRON") return SUBJECT_PRONOUNS.has(head.lower);
  const h = head.lemma;
  if (isRoleNoun(h) || isRoleNoun(head.lower) || UNNAMED_HEADS.has(head.lower) || UNNAMED_HEADS.has(h) || ORG_HEADS.has(h) || isTitle(head)) return true;
  // "A spokeswoman for the port authority": a role the phrase opens with, before "for" or "of".
  return tokens.slice(from, to).some((t, k) => t.pos === "PROPN" || roleOfAt(tokens, from + k + 1, from));
}

/**
 * A participle the tagger took for a verb, between a modifier (or a preposition) and the noun it
 * describes: "one unaligned strategist", "271 pledged delegates", "well-known candidates", "in
 * pledged delegates", "Clinton's stated position". It neither reports nor ends a noun phrase.
 */
function modifiesNoun(tokens: Token[], i: number): boolean {
  const t = tokens[i]!, prev = tokens[i - 1];
  const after = prev && (/^(DET|NUM|ADJ|ADP)$/.test(prev.pos) || (/^['’]s$/.test(prev.text) && !prev.spaced) || (prev.text === "-" && !t.spaced));
  return !!after && /(ed|en|wn)$/.test(t.lower) && /^(NOUN|PROPN|ADJ)$/.test(tokens[i + 1]?.pos ?? "");
}

/** Extends a noun phrase left from its head: "NATO Secretary General Mark Rutte", "the Clinton campaign". */
function npLeft(tokens: Token[], head: number, limit: number): number {
  let a = head;
  if (tokens[head]?.pos === "PRON") return head;
  while (a - 1 >= limit && head - a < 9) {
    const t = tokens[a - 1]!;
    if (t.pos === "PROPN" || t.pos === "NOUN" || t.pos === "ADJ" || t.pos === "NUM" || isTitle(t) || (t.text === "-" && !t.spaced)) { a--; continue; }
    // An article, or a possessive ("her aides"), opens the phrase.
    if ((t.pos === "DET" && t.lower !== "that") || (t.pos === "PRON" && POSSESSIVES.has(t.lower))) { a--; break; }
    if (/^['’]s$/.test(t.text) && !t.spaced) { a--; continue; } // "Clinton's campaign"
    // "a spokesman for committee Democrats", "the head of NATO": a role and what it serves.
    if (roleOfAt(tokens, a - 1, limit)) { a -= 2; continue; }
    // "The Joint Chiefs of Staff (JCS) said": a name joined by "of".
    if (t.lower === "of" && a - 2 >= limit && tokens[a]!.pos === "PROPN" && tokens[a - 2]!.pos === "PROPN" && /^\p{Lu}/u.test(tokens[a - 2]!.text)) { a -= 2; continue; }
    break;
  }
  return a;
}

/** Whether `tokens[k]` is the "of" or "for" after a role ("head of", "a spokesman for"), both at or after `limit`. */
function roleOfAt(tokens: Token[], k: number, limit: number): boolean {
  const t = tokens[k], role = tokens[k - 1];
  // ("at" and "with" only after a role: "An official at the agency", "a spokeswoman with the department".)
  return k - 1 >= limit && !!t && !!role && (/^(?:for|of)$/.test(t.lower) || (/^(?:at|with)$/.test(t.lower) && isRoleNoun(role.lemma)))
    && (isRoleNoun(role.lemma) || UNNAMED_HEADS.has(role.lower));
}

/**
 * A phrase opened by an article, with the role it follows ("the dockworkers union" → "The head
 * of the dockworkers union"). Applied to a subject once found, since npLeft stops at the article.
 */
const withRole = (tokens: Token[], a: number, limit: number): number =>
  (tokens[a]?.pos === "DET" && roleOfAt(tokens, a - 1, limit) ? npLeft(tokens, a - 2, limit) : a);

/** Extends a noun phrase right from its start: "the NATO Secretary General", "the head of the Alliance". */
function npRight(tokens: Token[], from: number, limit: number): number {
  let b = from;
  let usedOf = false;
  while (b < limit && b - from < 10) {
    const t = tokens[b]!;
    // An article opens the phrase, or what follows its "of" ("the head of the Alliance").
    const opens = b === from || (usedOf && /^(of|for)$/.test(tokens[b - 1]!.lower));
    if (t.pos === "PROPN" || t.pos === "NOUN" || t.pos === "ADJ" || t.pos === "NUM" || isTitle(t) || (t.pos === "DET" && opens)) { b++; continue; }
    // "his Facebook profile": a possessive opens the phrase as an article does; another pronoun is all of it.
    if (t.pos === "PRON" && b === from) { b++; if (POSSESSIVES.has(t.lower)) continue; break; }
    if (t.pos === "VERB" && b > from && modifiesNoun(tokens, b)) { b++; continue; }
    // "the recall notice": a noun the tagger took for a verb, between the article and the head.
    if (t.pos === "VERB" && tokens[b - 1]?.pos === "DET" && b > from && /^(NOUN|PROPN)$/.test(tokens[b + 1]?.pos ?? "")) { b++; continue; }
    if (/^['’]s$/.test(t.text) && !t.spaced && b > from) { b++; continue; }
    // "a new poll": an adjective the tagger took for an adverb, after the article.
    if (t.pos === "ADV" && tokens[b - 1]?.pos === "DET" && b > from && /^(NOUN|PROPN|ADJ)$/.test(tokens[b + 1]?.pos ?? "")) { b++; continue; }
    if ((t.lower === "of" || t.lower === "for") && !usedOf && b > from && tokens[b + 1] && /^(DET|PROPN|NOUN|ADJ)$/.test(tokens[b + 1]!.pos)) { usedOf = true; b++; continue; }
    if (/^[-/]$/.test(t.text) && !t.spaced) { b++; continue; } // "Rust-Belt", "Times/CBS"
    break;
  }
  // An appositive name after a role ("the EU High Representative, Josep Borrell,").
  if (tokens[b]?.text === "," && tokens[b + 1]?.pos === "PROPN") {
    let c = b + 1;
    while (c < limit && (tokens[c]!.pos === "PROPN" || (tokens[c]!.text === "-" && !tokens[c]!.spaced) || (!tokens[c]!.spaced && /^\p{L}/u.test(tokens[c]!.text)))) c++;
    if (tokens[c]?.text === "," || c >= limit) b = c;
  }
  return b;
}

/** Skips a short parenthesis ending at `k` ("Sen. Ann Lee (D-Md.) said"): the index before it, else `k`. */
function beforeParenthesis(tokens: Token[], k: number, from: number): number {
  if (tokens[k]?.text !== ")") return k;
  for (let j = k - 1; j >= from && k - j <= 8; j--) if (tokens[j]!.text === "(") return j - 1;
  return k;
}

const POLL_HEADS = new Set(["poll", "survey"]);
/** Words that name a share of the people asked ("half", "most"), and the participles that name them ("those surveyed"). */
const SHARES = new Set(["half", "third", "thirds", "quarter", "quarters", "fifth", "majority", "majorities", "plurality", "minority", "most", "some", "many", "few", "others", "percent", "%"]);
const POLLED = new Set(["surveyed", "polled", "questioned", "interviewed", "sampled"]);
const APPROXIMATE = new Set(["about", "over", "under", "around", "nearly", "almost", "roughly", "just", "more", "less", "fewer", "at"]);

/**
 * A share of the people polled as the subject of "say" ("Six in 10 say …", "Nearly half said
 * …", "By big margins, those surveyed say …", "But majorities in all five say …"): the clause's
 * words before the verb, from the sentence's start or the last comma, when they count people
 * rather than name them. The tagger calls "say" after a number a noun, and a number is no noun
 * phrase head, so the general subject rule finds neither.
 */
function shareBefore(tokens: Token[], s: Sentence, c: number): [number, number] | null {
  let a = c;
  const opens = (t: Token) => /^[,;:–—(]$/.test(t.text) || (t.text === "-" && t.spaced) || QUOTE_MARK.test(t.text);
  while (a > s.from && !opens(tokens[a - 1]!)) a--;
  if (a < c && tokens[a]!.pos === "CCONJ") a++;
  const phrase = tokens.slice(a, c);
  // "In 2015 the company said": a clause opened by a preposition is not a count ("About one in five" is).
  if (phrase.length === 0 || phrase.length > 10 || (phrase[0]!.pos === "ADP" && !APPROXIMATE.has(phrase[0]!.lower))) return null;
  const fits = phrase.every((t) => /^(NUM|NOUN|ADJ|DET|ADP|ADV|SYM)$/.test(t.pos) || POLLED.has(t.lower) || t.text === "-");
  const counts = phrase.some((t, k) => (t.pos === "NUM" && !/^(19|20)\d\d$/.test(t.text)) || SHARES.has(t.lower) || (POLLED.has(t.lower) && phrase[k - 1]?.lower === "those"));
  // "many backers privately say": the adverb is how they said it.
  let end = c;
  while (end > a + 1 && tokens[end - 1]!.pos === "ADV") end--;
  return fits && counts ? [a, end] : null;
}
/** Verbs of belief, which a share of those polled holds as it says ("Most believe", "few think"). */
const BELIEVING = new Set(["believe", "think", "fear", "expect", "hope", "worry", "feel", "agree", "disagree"]);
/** Words that pick a share of a group ("most of them", "two of us"). */
const QUANTIFIERS = new Set(["most", "many", "some", "all", "none", "few", "several", "both", "each", "one", "two", "three", "four", "half", "either", "neither", "any", "more", "others"]);
/** First words of the source phrases: most tokens start none, and need not be matched against each. */
const SOURCE_STARTS: ReadonlySet<string> = new Set(SOURCE_PHRASES.map((ph) => ph[0]!));
const REFLEXIVES = new Set(["himself", "herself", "themselves", "itself"]);

/** Skips a time phrase ending at `k` ("Trump on Wednesday said", "Priebus later Thursday told"): the index before it, else `k`. */
function beforeTimePhrase(tokens: Token[], k: number, from: number): number {
  let j = k;
  while (j >= from && (isTimeWord(tokens[j]!.lower) || tokens[j]!.pos === "NUM" || (j < k && /^(the|this|last|next|that|later|earlier)$/.test(tokens[j]!.lower)))) j--;
  if (j === k || !isTimeWord(tokens[k]!.lower)) return k;
  if (j >= from && /^(on|at|in|during|by|since|until)$/.test(tokens[j]!.lower)) j--;
  while (j >= from && SKIP_BEFORE_CUE.has(tokens[j]!.pos)) j--;
  return j;
}

/**
 * "The self-described democratic socialist said", "Another ranking says": the tagger calls the
 * head noun an adjective, but an adjective never ends the subject of a verb of saying when an
 * article or another modifier comes before it.
 */
function nounTaggedAdjective(tokens: Token[], k: number, from: number, speechVerb: boolean): boolean {
  // ("South Korea's military said", "its military said": after a possessive too; "The Ukrainian
  // military said": after a name the article opens.)
  const prev = tokens[k - 1];
  const named = prev?.pos === "PROPN" && tokens[k - 2]?.pos === "DET";
  if (!speechVerb || tokens[k]!.pos !== "ADJ" || k - 1 < from || !(/^(DET|ADJ)$/.test(prev!.pos) || named || (/^['’]s$/.test(prev!.text) && /^(NOUN|PROPN)$/.test(tokens[k - 2]?.pos ?? "")) || POSSESSIVES.has(prev!.lower))) return false;
  // Not the object of a preposition ("polls in the past showed").
  let a = k - 1;
  while (a > from && /^(DET|ADJ|PROPN)$/.test(tokens[a - 1]!.pos)) a--;
  return tokens[a - 1]?.pos !== "ADP";
}

const CLOSE_TO = new Set(["close", "familiar", "loyal", "sympathetic", "allied", "friendly", "near"]);

/** The start of "a source close to" / "people familiar with" ending right before `a`, else null. */
function closeTo(tokens: Token[], a: number, from: number): number | null {
  const prep = tokens[a - 1], adj = tokens[a - 2], noun = tokens[a - 3];
  if (a - 3 < from || !prep || !/^(to|with)$/.test(prep.lower) || !adj || !CLOSE_TO.has(adj.lower) || !noun || !/^(NOUN|PROPN)$/.test(noun.pos)) return null;
  return withRole(tokens, npLeft(tokens, a - 3, from), from);
}

/** The subject of the cue at `c`, looking left: skips adverbs/auxiliaries and an appositive or relative clause. */
function subjectBefore(tokens: Token[], s: Sentence, c: number, quotes: readonly QuoteSpan[]): [number, number] | null {
  const evidence = EVIDENCE_VERBS.has(tokens[c]!.lemma);
  const speechVerb = SPEECH_VERBS.has(tokens[c]!.lemma) || evidence;
  let k = c - 1;
  while (k >= s.from && SKIP_BEFORE_CUE.has(tokens[k]!.pos)) k--;
  k = beforeParenthesis(tokens, k, s.from);
  const beforeTime = k;
  k = beforeTimePhrase(tokens, k, s.from);
  // "A court document filed Thursday says": the participle before the time describes the subject.
  if (k < beforeTime && tokens[k]?.pos === "VERB" && /(ed|en|wn)$/.test(tokens[k]!.lower) && tokens[k - 1]?.pos === "NOUN" && k - 1 >= s.from) k--;
  // "Sen. Ann Lee (D-Calif.) last week said": the party tag may come before the time too.
  k = beforeParenthesis(tokens, k, s.from);
  // "Cruz himself said": the reflexive stresses the subject before it.
  if (tokens[k] && REFLEXIVES.has(tokens[k]!.lower)) k--;
  const t = tokens[k];
  if (!t || k < s.from || inQuote(t, quotes)) return null;
  const relative = beforeRelative(tokens, s, k, quotes);
  if (relative && canSpeak(tokens, relative[0], relative[1], speechVerb)) return relative;
  // "the two write": a number after "the" stands for the people counted.
  if (t.pos === "NUM" && tokens[k - 1]?.lower === "the" && k - 1 >= s.from) return [k - 1, k + 1];
  // "Most of them said", "Some of us believe": a share of a group named by a pronoun.
  if (/^(them|us|those)$/.test(t.lower) && tokens[k - 1]?.lower === "of" && k - 2 >= s.from && QUANTIFIERS.has(tokens[k - 2]!.lower)) return [k - 2, k + 1];
  if (NOMINAL.has(t.pos) || isTitle(t) || nounTaggedAdjective(tokens, k, s.from, speechVerb)) {
    let a = withRole(tokens, npLeft(tokens, k, s.from), s.from);
    // "A source close to him said", "people familiar with the planning say": the noun before the
    // adjective's phrase is the subject ("a source"), not what it is close to.
    const near = closeTo(tokens, a, s.from);
    if (near !== null) return [near, a - 2];
    // "A video of the meeting shows": the record is the subject, not what it is of.
    if (evidence && tokens[a - 1]?.lower === "of" && tokens[a - 2]?.pos === "NOUN" && a - 2 >= s.from) a = npLeft(tokens, a - 2, s.from);
    // "A letter from the Legion obtained by The Associated Press warns", "Protesters marching
    // through the streets chanted": a participle's phrase belongs to the noun it describes, the subject.
    const participle = tokens[a - 2];
    // (A past form is a participle for sure only with its agent: "the DOJ responded with" is a clause.)
    const described = participle?.pos === "VERB" && (tokens[a - 1]?.lower === "by" ? /(ed|en|wn|ne)$/ : /ing$/).test(participle.lower);
    if (tokens[a - 1]?.pos === "ADP" && described && a - 3 >= s.from && NOMINAL.has(tokens[a - 3]!.pos) && tokens[a - 3]!.pos !== "PRON") {
      const outer = withRole(tokens, npLeft(tokens, a - 3, s.from), s.from);
      // An agent may name the source ("written by Senate aides"); "speaking to Fox News" does not.
      if (canSpeak(tokens, outer, a - 2, speechVerb)) return [outer, tokens[a - 1]!.lower === "by" ? k + 1 : a - 2];
    }
    const where = placeOfNoun(tokens, s, a, k + 1);
    if (where && canSpeak(tokens, where[0], where[1], speechVerb)) return where;
    return canSpeak(tokens, a, k + 1, speechVerb) || nounTaggedAdjective(tokens, k, s.from, speechVerb) ? [a, k + 1] : null;
  }
  return t.text === "," ? commaChain(tokens, s, k, quotes) : null;
}

/**
 * "Tourism operators in eastern P.E.I. say", "An IMD official in Chennai said": a name after a
 * common noun and "in", "from" or "at" says where they are, not who spoke; the noun's phrase is
 * the subject. (A body's name is the body the noun speaks for: "officials at the White House".)
 */
function placeOfNoun(tokens: Token[], s: Sentence, a: number, b: number): [number, number] | null {
  const prep = tokens[a - 1], noun = tokens[a - 2];
  if (a - 2 < s.from || !prep || !/^(?:in|from|at|across|around|throughout)$/.test(prep.lower) || !noun) return null;
  // (Opening the sentence, the noun is capitalised, and tagged as a name: "Voters in Iowa".)
  const common = noun.pos === "NOUN" ? /^\p{Ll}/u.test(noun.text) : a - 2 === s.from && (isCommonWord(noun.lower) || inVocabulary(noun.lower));
  if (!common) return null;
  const name = tokens.slice(a, b);
  if (!name.some((t) => t.pos === "PROPN") || name.some((t) => ORG_WORDS.has(t.lower) || ORG_HEADS.has(t.lower))) return null;
  return [withRole(tokens, npLeft(tokens, a - 2, s.from), s.from), a - 1];
}

/**
 * The noun a relative clause ending at `k` describes, as the subject: "Scientists who track the
 * reefs say", "An official who was not authorized to speak publicly said" (not "the reefs", or
 * "who"). Set off by commas, the clause is commaChain's.
 */
function beforeRelative(tokens: Token[], s: Sentence, k: number, quotes: readonly QuoteSpan[]): [number, number] | null {
  for (let r = k; r > s.from && k - r < 14; r--) {
    const t = tokens[r]!;
    if (/^[,;:()]$/.test(t.text) || QUOTE_CHARS.test(t.text) || inQuote(t, quotes)) return null;
    const pronoun = /^(?:who|whose|whom)$/.test(t.lower) || (t.lower === "that" && /^(?:VERB|AUX)$/.test(tokens[r + 1]?.pos ?? ""));
    if (!pronoun) continue;
    // ("who" opens a clause whose verb the tagger may call a noun: "who track the reefs".)
    const head = tokens[r - 1]!;
    if (!/^(?:NOUN|PROPN)$/.test(head.pos) || r === k || tokens[r + 1]!.pos === "DET") return null;
    const a = withRole(tokens, npLeft(tokens, r - 1, s.from), s.from);
    return placeOfNoun(tokens, s, a, r) ?? [a, r];
  }
  return null;
}

/**
 * The subject before a quotation that closes an insertion with its comma, right before the cue at
 * `c` ("Mr. Manafort, citing “the unique magic of Trump,” said the candidate …").
 */
function subjectBeforeInsertion(tokens: Token[], s: Sentence, c: number, quotes: readonly QuoteSpan[]): [number, number] | null {
  if (/ing$/.test(tokens[c]!.lower)) return null; // "…,” saying …" has the subject of the clause before
  let k = c - 1;
  while (k > s.from && tokens[k]!.pos === "ADV") k--;
  const close = tokens[k]!, q = quotes.find((x) => x.end === close.end);
  if (!q) return null;
  let mark = k;
  while (mark > s.from && tokens[mark]!.start >= q.end - 2 && /^["”»']$/.test(tokens[mark]!.text)) mark--;
  if (tokens[mark]!.text !== ",") return null;
  let open = mark;
  while (open > s.from && tokens[open - 1]!.start >= q.start) open--;
  return commaChain(tokens, s, open, quotes);
}

/**
 * The subject before an insertion that ends at `k` ("Mrs. Clinton, who did not …, said", "Cory
 * James, 22, of Flint, Mich., said"): the phrase before the first comma of the chain.
 */
function commaChain(tokens: Token[], s: Sentence, k: number, quotes: readonly QuoteSpan[]): [number, number] | null {
  let found = appositiveName(tokens, s, k);
  // A name set off after a role is the whole subject: "Bloomberg's pollster, Douglas Schoen,
  // says", "In Washington, the adviser of Donald Trump, Mike Waltz, said" (not a place after a
  // place: "Dean Johnson, of Sumter, South Carolina, said").
  if (found && describedByRole(tokens, found[0], k)) return [withRole(tokens, found[0], s.from), found[1]];
  for (let j = k - 1; j > s.from && k - j < 40; j--) {
    const u = tokens[j]!;
    if (u.text !== "," || inQuote(u, quotes)) continue;
    const h = beforeParenthesis(tokens, j - 1, s.from);
    if (!tokens[h] || !(tokens[h]!.pos === "PROPN" || (tokens[h]!.pos === "NOUN" && canSpeak(tokens, h, h + 1)))) continue;
    const head = npLeft(tokens, h, s.from);
    // A phrase describing a noun belongs to it ("Executives for Mondelez, which …, say"); a
    // preposition's object is no subject ("In nearby Decatur, the plant is …, said X", "the
    // attacks in San Bernardino", "as arguments resonate with voters, …"). (After "after" or
    // "as" a clause may start: "two days after the Huffington Post, which …, said"; and "by"
    // names an agent: "run by Michael McDonald".)
    let a = head;
    const prep = () => a - 1 >= s.from && PLAIN_PREPOSITIONS.test(tokens[a - 1]!.lower);
    while (prep() && a - 2 >= s.from && NOMINAL.has(tokens[a - 2]!.pos)) a = npLeft(tokens, a - 2, s.from);
    if (prep()) continue;
    found = [a, h + 1];
    // (A described noun after a comma describes the name before it: "Dean Johnson, a salesman from Sumter, said".)
    if (a === s.from || /^(and|but|so|then|yet)$/i.test(tokens[a - 1]?.lower ?? "") || (tokens[a - 1]?.text === "," && a === head)) break;
  }
  return found && [withRole(tokens, found[0], s.from), found[1]];
}

/** Prepositions that never open a clause (unlike "after", "as", "before"). */
const PLAIN_PREPOSITIONS = /^(?:of|for|in|at|from|on|with)$/;

/** Whether the subject [a, k) is a role, then a comma and a name: the description's head is a role. */
function describedByRole(tokens: Token[], a: number, k: number): boolean {
  if (!tokens.slice(a, k).some((t) => t.text === ",")) return false;
  const head = descriptionHead(tokens.slice(a, k));
  return !!head && isRoleWord(head);
}

/**
 * The name set off by commas right before `k` ("The pollster, Douglas Schoen, said"): the speaker
 * when no phrase before it can speak (a role the lexicon does not know names no one).
 */
function appositiveName(tokens: Token[], s: Sentence, k: number): [number, number] | null {
  let j = k - 1;
  // (Its words may be joined by hyphens and particles: "General Abdel Fattah al-Burhan".)
  const inName = (t: Token) => t.pos === "PROPN" || (!t.spaced && t.text === "-") || NAME_PARTICLES.has(t.text);
  while (j > s.from && inName(tokens[j]!)) j--;
  if (!(tokens[j]?.text === "," && k - j >= 3 && k - j <= 8 && /^\p{Lu}/u.test(tokens[j + 1]!.text))) return null;
  // With the description, so the whole subject is the speaker's text (its name is resolved from it).
  // ("The army chief": the tagger may call the head an adjective.)
  const described = j - 1 >= s.from && (NOMINAL.has(tokens[j - 1]!.pos) || tokens[j - 1]!.pos === "ADJ") && tokens[j - 1]!.pos !== "PRON";
  return [described ? withRole(tokens, npLeft(tokens, j - 1, s.from), s.from) : j + 1, k];
}

/** A phrase right after the cue that is not itself the subject of a following verb ("…,” said Rutte."). */
function speakerAfter(tokens: Token[], s: Sentence, c: number, afterQuote: boolean): [number, number] | null {
  // Away from a quotation only verbs of saying invert ("…, said Rutte, …"); after others
  // ("called Haley “weak”", "noting the economy") the phrase is the object.
  if (!afterQuote && !INVERTING_CUES.has(tokens[c]!.lemma)) return null;
  if (/ing$/.test(tokens[c]!.lower)) return null;
  let to = npRight(tokens, c + 1, s.to);
  // "said a source close to the campaign": the adjective starts a modifier, not the head.
  while (to > c + 2 && tokens[to - 1]!.pos === "ADJ") to--;
  // "said Monday" is when; "said Jan de Vries" is who ("Jan" names a month too).
  const phrase = tokens.slice(c + 1, to);
  if (phrase.some((t, k) => isTimeWord(t.lower) && !(t.pos === "PROPN" && phrase[k + 1]?.pos === "PROPN"))) return null;
  // Right after a quotation any noun phrase will do ("…,” wrote one commenter).
  if (to <= c + 1 || !(canSpeak(tokens, c + 1, to) || (afterQuote && NOMINAL.has(tokens[to - 1]!.pos)))) return null;
  let n = to;
  while (tokens[n] && n < s.to && (tokens[n]!.pos === "ADV" || tokens[n]!.pos === "PART" || QUOTE_MARK.test(tokens[n]!.text))) n++;
  if (n < s.to && (tokens[n]!.pos === "VERB" || tokens[n]!.pos === "AUX")) return null;
  return [c + 1, to];
}

/**
 * "…, the utility estimates.": a cue in the present, the tagger's noun, ending the sentence after a
 * comma and a short subject. The subject's range, or null.
 */
function closingReport(tokens: Token[], s: Sentence, i: number): [number, number] | null {
  const t = tokens[i]!;
  if (t.pos !== "NOUN" || !/s$/.test(t.lower) || !isCueLemma(t.lemma) || !/^[.!?]$/.test(tokens[i + 1]?.text ?? "")) return null;
  let k = i - 1;
  while (k > s.from && i - k <= 5 && /^(DET|ADJ|NOUN|PROPN)$/.test(tokens[k]!.pos)) k--;
  return k < i - 1 && tokens[k]!.text === "," && /^(DET|PROPN)$/.test(tokens[k + 1]!.pos) ? [k + 1, i] : null;
}

/**
 * A present-tense cue the tagger took for a plural noun: right after a quotation and its speaker
 * ("…,” Smith notes.", "…,” he points out."), or between a subject and its content.
 */
function nounTaggedCue(tokens: Token[], s: Sentence, i: number): boolean {
  if (tokens[i]!.pos !== "NOUN") return false;
  const next = tokens[i + 1], prev = tokens[i - 1];
  // "Commission records show Pate has …", "Officials claim that …": a plural subject, then a clause.
  if (!/s$/.test(tokens[i]!.lower)) {
    // ("Polls show that …": opening a sentence, the plural is tagged a proper noun.)
    // "Early polls show voters …", "…, records show.": after a record, what follows is its content or the clause's end.
    const recordGoesOn = EVIDENCE_VERBS.has(tokens[i]!.lemma) && !!next && (/^[,.;]$/.test(next.text) || /^(NOUN|DET|ADJ|NUM)$/.test(next.pos));
    return !!prev && i - 1 >= s.from && /^(NOUN|PROPN)$/.test(prev.pos) && /s$/.test(prev.lower) && !!next && (next.lower === "that" || /^(PROPN|PRON)$/.test(next.pos) || recordGoesOn);
  }
  // "The ad claims “…”", "The lawsuit contends that …": a subject's head, then the content.
  if (prev && i - 1 >= s.from && /^(NOUN|PROPN)$/.test(prev.pos) && next && /^(that|:)$|^[“"«]$|^''$/.test(next.lower)) return true;
  let k = i - 1;
  while (k >= s.from && i - k <= 4 && (tokens[k]!.pos === "PROPN" || (tokens[k]!.pos === "PRON" && SUBJECT_PRONOUNS.has(tokens[k]!.lower)))) k--;
  if (k === i - 1) return false;
  while (k >= s.from && tokens[k]!.text === ",") k--;
  return k >= s.from && /^[”"»]$|^''$/.test(tokens[k]!.text);
}

/**
 * Where a source phrase ends: its noun phrase and what qualifies it up to the clause's end ("a
 * count by The Associated Press", "a poll conducted last week"), which is not reported content.
 * A clause break is a comma or the sentence's end; another word after the phrase starts one.
 */
function sourceEnd(tokens: Token[], to: number, end: number): number {
  const next = tokens[to];
  if (!next || to >= end || !(next.pos === "ADP" || (next.pos === "VERB" && /(ed|ing|en)$/.test(next.lower)))) return to;
  let k = to;
  while (k < end && !/^[,;:.!?]$/.test(tokens[k]!.text) && !QUOTE_MARK.test(tokens[k]!.text)) k++;
  return k;
}

/**
 * "according to the spokesman of the ministry, Jacek Dobrzyński, …": the name set off after a
 * source phrase headed by a role is part of it ("according to an FBI summary, Cheryl Mills, a
 * top aide, sent …" names the subject of what is reported).
 */
function withAppositive(tokens: Token[], from: number, to: number, end: number): number {
  const head = tokens.slice(from, to).find((t) => t.pos === "NOUN" || t.pos === "PROPN");
  if (tokens[to]?.text !== "," || !head || !isRoleWord(head)) return to;
  let k = to + 1;
  while (k < end && k - to <= 4 && tokens[k]!.pos === "PROPN") k++;
  return k > to + 1 && tokens[k]?.text === "," ? k : to;
}

/** "according to the State Secretariat (SECO), …": the source's bracketed short name is part of it. */
function pastParenthesis(tokens: Token[], to: number, end: number): number {
  if (tokens[to]?.text !== "(") return to;
  const close = tokens.findIndex((t, k) => k > to && k < end && k - to <= 6 && t.text === ")");
  return close > to ? close + 1 : to;
}

/** "X was quoted (cited) by Y as saying": a frame for X whose cue runs to "saying", or null. */
function quotedAsSaying(tokens: Token[], s: Sentence, i: number, from: number, quotes: readonly QuoteSpan[]): Frame | null {
  if (!/^(quoted|cited)$/.test(tokens[i]!.lower) || !BE.test(tokens[i - 1]?.lower ?? "")) return null;
  const to = npRight(tokens, from, s.to);
  if (tokens[to]?.lower !== "as" || !/ing$/.test(tokens[to + 1]?.lower ?? "") || !isCueLemma(tokens[to + 1]!.lemma)) return null;
  const subj = subjectBefore(tokens, s, i, quotes);
  return subj ? { cueFrom: i, cueTo: to + 2, spkFrom: subj[0], spkTo: subj[1], type: "verb", inverted: false } : null;
}

/** Every attribution frame in a sentence. */
export function framesIn(tokens: Token[], s: Sentence, quotes: readonly QuoteSpan[]): Frame[] {
  const out: Frame[] = [];
  for (let i = s.from; i < s.to; i++) {
    const t = tokens[i]!;
    if (inQuote(t, quotes)) continue;
    const phrase = SOURCE_STARTS.has(t.lower) ? SOURCE_PHRASES.find((ph) => ph.every((w, k) => tokens[i + k]?.lower === w)) : undefined;
    if (phrase) {
      const from = i + phrase.length;
      // "Xi was quoted by state media as saying that …": Xi speaks, the media only carry it.
      const carried = quotedAsSaying(tokens, s, i, from, quotes);
      if (carried) { out.push(carried); i = carried.cueTo - 1; continue; }
      // "according to exit polls": a noun the tagger took for a verb opens the source.
      const opens = tokens[from]?.pos === "VERB" && /^(NOUN|PROPN)$/.test(tokens[from + 1]?.pos ?? "") ? from + 1 : from;
      // ("according to police,": a lone noun the tagger took for a verb is the source itself.)
      const np = npRight(tokens, opens, s.to);
      const head = np > opens ? np : tokens[opens]?.pos === "VERB" && /^[,.;]$/.test(tokens[opens + 1]?.text ?? "") ? opens + 1 : np;
      const to = withAppositive(tokens, opens, pastParenthesis(tokens, sourceEnd(tokens, head, s.to), s.to), s.to);
      if (to > from) out.push({ cueFrom: i, cueTo: from, spkFrom: from, spkTo: to, type: "source", inverted: true });
      i = to - 1;
      continue;
    }
    // "For Rutte, the confirmation has a second reading", "To most voters, …": a sentence-initial
    // "for" or "to", someone who can hold a view, and a comma ("For years, …", "For one, …" name no one).
    if (i === s.from && (t.lower === "for" || t.lower === "to") && tokens[i + 1] && tokens[i + 1]!.pos !== "VERB" && tokens[i + 1]!.lower !== "one") {
      const to = npRight(tokens, i + 1, s.to);
      if (tokens[to]?.text === "," && to - i <= 8 && to > i + 1 && canSpeak(tokens, i + 1, to) && !tokens.slice(i + 1, to).some((u) => isTimeWord(u.lower))) {
        out.push({ cueFrom: i, cueTo: i + 1, spkFrom: i + 1, spkTo: to, type: "source", inverted: true });
        i = to - 1;
      }
      continue;
    }
    // "In a Post-ABC poll released Monday, 75 percent said …": the poll is the source of what its respondents say.
    if (i === s.from && t.lower === "in") {
      let j = i + 1;
      while (j < s.to && j - i <= 12 && tokens[j]!.text !== ",") j++;
      const polled = tokens.slice(i + 1, j).some((u) => u.pos === "NOUN" && POLL_HEADS.has(u.lemma));
      if (polled && tokens[j]?.text === ",") { out.push({ cueFrom: i, cueTo: i + 1, spkFrom: i + 1, spkTo: j, type: "source", inverted: true }); i = j; continue; }
    }
    const prev = tokens[i - 1];
    // "…,” he went on.", "Smith shot back that …": the subject before the verb speaks.
    const particle = PARTICLE_CUES.get(t.lemma);
    if (particle && tokens[i + 1]?.lower === particle && i + 1 < s.to && !(particle === "on" && tokens[i + 2]?.lower === "to" && !isCueLemma(tokens[i + 3]?.lemma ?? ""))) {
      const subj = subjectBefore(tokens, s, i, quotes);
      if (subj) out.push({ cueFrom: i, cueTo: i + 2, spkFrom: subj[0], spkTo: subj[1], type: "verb", inverted: false });
      i++;
      continue;
    }
    // ("Most believe that …", "few think …": verbs of belief have such subjects too.)
    if (((t.lemma === "say" && t.pos === "NOUN") || (t.pos === "VERB" && (t.lemma === "say" || BELIEVING.has(t.lemma)))) && i > s.from) {
      const share = shareBefore(tokens, s, i);
      if (share) { out.push({ cueFrom: i, cueTo: i + 1, spkFrom: share[0], spkTo: share[1], type: "verb", inverted: false }); continue; }
    }
    // "The court heard that Pelling targeted 11 clients": in a court report, what was said in court.
    if (t.lemma === "hear" && tokens[i + 1]?.lower === "that") {
      const heard = subjectBefore(tokens, s, i, quotes);
      if (heard && HEARING_BODIES.has(tokens[heard[1] - 1]!.lower)) out.push({ cueFrom: i, cueTo: i + 1, spkFrom: heard[0], spkTo: heard[1], type: "verb", inverted: false });
      continue;
    }
    // "referring to the convention", "talked about jobs": the preposition is part of the cue.
    const cueTo = PREPOSITION_CUES.get(t.lemma) === tokens[i + 1]?.lower && i + 1 < s.to ? i + 2 : i + 1;
    const closing = closingReport(tokens, s, i);
    if (closing) { out.push({ cueFrom: i, cueTo: i + 1, spkFrom: closing[0], spkTo: closing[1], type: "verb", inverted: false }); continue; }
    if (!(isCueLemma(t.lemma) || cueTo === i + 2 || verbAfterQuotation(tokens, i)) || !(t.pos === "VERB" || nounTaggedCue(tokens, s, i))) continue;
    // "when asked about …": a passive with no one named, not a report.
    if (/^(when|after|if|once|before|until|unless)$/.test(prev?.lower ?? "") && /ed$|^told$/.test(t.lower)) continue;
    // "to say", "have to tell": an infinitive is not a report; "her comment": a noun.
    if (prev?.lower === "to" || prev?.pos === "DET" || POSSESSIVES.has(prev?.lower ?? "")) continue;
    if (modifiesNoun(tokens, i)) continue;
    // "a memo written by Senate aides": a participle with its agent describes the noun before it.
    // ("Zucker responded by saying" is a report, and how it was made).
    if (tokens[i + 1]?.lower === "by" && /(ed|en|wn|ne)$/.test(t.lower) && prev?.pos === "NOUN" && !/ing$/.test(tokens[i + 2]?.lower ?? "")) continue;
    // "the contests known as Super Tuesday": naming, not a report.
    if (t.lower === "known" && tokens[i + 1]?.lower === "as") continue;
    // "When terrorists are revealed as …": what a record shows, in the passive, is not its subject's report.
    if (EVIDENCE_VERBS.has(t.lemma) && /^(is|are|was|were|be|been|being)$/.test(prev?.lower ?? "") && /(ed|en|wn)$/.test(t.lower)) continue;
    // "The bank is expected to act": nobody named expects it (seeming.ts makes the clause a claim).
    if (raisingPassive(tokens, i)) continue;
    // "without saying how": what was not said.
    if (prev?.lower === "without") continue;
    // "continues to buck the trend": going on doing something, not saying it.
    if (t.lemma === "continue" && tokens[i + 1]?.lower === "to") continue;
    // "the initiative would continue next year", "continue his policies": going on. It reports
    // before what it introduces: "he continued, “…”", "continued: …", "continued that …".
    if (t.lemma === "continue" && !/^(?:[:,.;“"«]|''|that)$/.test(tokens[i + 1]?.lower ?? ".")) continue;
    // "1,850 suspects have been charged", "the car was found": charged or found by no one named, not a report.
    if (CLAUSE_CUES.has(t.lemma) && BE.test(prev?.lower ?? "") && tokens[i + 1]?.lower !== "by") continue;
    // "several foreign investors he knew were already looking …": a relative clause without "that"
    // describes the noun; knowing, seeing or meeting someone is no report.
    if (/^(?:know|see|find|feel|meet)$/.test(t.lemma) && prev?.pos === "PRON" && !/^(?:who|that|which)$/.test(prev.lower) && tokens[i - 2]?.pos === "NOUN" && /^(?:AUX|VERB)$/.test(tokens[i + 1]?.pos ?? "")) continue;
    // "Parents can find the lot numbers on a label": what one can or will find is no finding reported
    // (what a record could show or reveal may be: PolNeAR counts "they would reveal …").
    if (t.lemma === "find" && /^(?:can|could|will|would|may|might|cannot|can't|can’t)$/.test(modalBefore(tokens, i))) continue;
    // "17 companies were added to the list": put on it, not saying more; nor is "will add about $4.50 a
    // month to the bill" ("added that …", "he added, “…”" and "…, she added." say more).
    if (t.lemma === "add" && BE.test(prev?.lower ?? "")) continue;
    if (t.lemma === "add" && !/^(?:that|[,:“"«]|'')$/.test(tokens[i + 1]?.lower ?? "") && (/^(?:will|would|could|can|may|might|to)$/.test(modalBefore(tokens, i))
      || tokens[i + 1]?.pos === "NUM" || /^(?:\$|£|€|about|nearly|almost|roughly|some|up|another)$/.test(tokens[i + 1]?.lower ?? ""))) continue;
    // "before the first death was reported to regulators", "the plan was announced Thursday": what
    // was said, in the passive, is no speaker (with "by" the agent speaks, below). Only verbs that
    // report a statement: PolNeAR counts "was accused of …", "was mentioned as …" as reports.
    if (PASSIVE_NO_SPEAKER.has(t.lemma) && BE.test(prev?.lower ?? "") && !/^(?:by|that)$/.test(tokens[i + 1]?.lower ?? "") && t.lower !== t.lemma && !/(?:ing|s)$/.test(t.lower)) continue;
    // "companies accused of helping Russia": a participle after its noun describes it.
    if (/ed$/.test(t.lower) && prev?.pos === "NOUN" && /^(of|with)$/.test(tokens[i + 1]?.lower ?? "")) continue;
    // "voters who showed up": turning up, not showing something; nor is "backed off" backing.
    if (t.lemma === "show" && tokens[i + 1]?.lower === "up") continue;
    if (t.lemma === "back" && /^(off|down|away|out|up)$/.test(tokens[i + 1]?.lower ?? "")) continue;
    // "sees Sanders as electable", "saw that …" hold a view; "saw a man careening" is sight.
    if (VIEWING.has(t.lemma) && !seesAsView(tokens, i, s.to)) continue;
    // "would not call elections", "called a meeting": convening, not calling something a name.
    if (t.lemma === "call" && convenes(tokens, i)) continue;
    // "sought to calm the party" is an aim; "seeking a fifth term" is running for office.
    if (t.lemma === "seek" && tokens[i + 1]?.lower !== "to") continue;
    const last = out[out.length - 1];
    // "…,” noting …": a participle after a quotation is never an inverted report.
    const participle = /ing$/.test(t.lower) && (prev?.text === "," || prev?.pos === "NOUN" || /^[”"»]$|^''$/.test(prev?.text ?? ""));
    const coordinated = /^(and|but)$/.test(prev?.lower ?? "");
    // ", adding that …", "called her weak and said …": shares the subject of the report before it,
    // or else of the main clause ("Fiorina threw her support behind Cruz, saying …").
    if (participle || coordinated) {
      const shared: [number, number] | null = last ? [last.spkFrom, last.spkTo] : mainSubject(tokens, s, i, quotes) ?? subjectBefore(tokens, s, i, quotes);
      if (shared) out.push({ cueFrom: i, cueTo, spkFrom: shared[0], spkTo: shared[1], type: "verb", inverted: false });
      continue;
    }
    const afterQuote = (() => {
      let k = i - 1;
      while (k >= s.from && (tokens[k]!.pos === "ADV" || tokens[k]!.text === ",")) k--;
      return k >= s.from && /^[”"»']+$/.test(tokens[k]!.text);
    })();
    // "Lee was asked by host Kim, “…”": in the passive the agent speaks.
    if (tokens[i + 1]?.lower === "by" && prev?.pos === "AUX" && /^(was|were|been|is|are|being)$/.test(prev.lower)) {
      const to = npRight(tokens, i + 2, s.to);
      if (to > i + 2 && canSpeak(tokens, i + 2, to)) { out.push({ cueFrom: i, cueTo: i + 1, spkFrom: i + 2, spkTo: to, type: "verb", inverted: true }); i = to - 1; continue; }
    }
    const subj = afterQuote ? null : subjectBefore(tokens, s, i, quotes);
    // "to help laid-off workers find jobs": a bare infinitive after "help", "let" or "make" is no finding.
    if (subj && EVIDENCE_VERBS.has(t.lemma) && afterCausative(tokens, subj[0])) continue;
    // "Lee said that she did not want to think about it": a stance inside a report is part of what is reported.
    // So is one in a sentence a source reports ("More voters view him as likable, according to a poll").
    if (subj && isStanceLemma(t.lemma) && (out.some((g) => reportsClauseAt(tokens, g, subj[0])) || hasSourcePhrase(tokens, s))) continue;
    if (subj) { out.push({ cueFrom: i, cueTo, spkFrom: subj[0], spkTo: subj[1], type: "verb", inverted: false }); continue; }
    // "…,” said Rutte" / "…,” recalled the NATO Secretary General".
    const after = speakerAfter(tokens, s, i, afterQuote);
    if (after) { out.push({ cueFrom: i, cueTo: i + 1, spkFrom: after[0], spkTo: after[1], type: "verb", inverted: true }); continue; }
    const inserted = afterQuote ? subjectBeforeInsertion(tokens, s, i, quotes) : null;
    if (inserted) { out.push({ cueFrom: i, cueTo, spkFrom: inserted[0], spkTo: inserted[1], type: "verb", inverted: false }); continue; }
    const main = afterQuote ? null : nearestSubject(tokens, s, i, quotes);
    if (main) out.push({ cueFrom: i, cueTo, spkFrom: main[0], spkTo: main[1], type: "verb", inverted: false });
  }
  return out;
}

const BE = /^(is|are|was|were|be|been|being|'s|’s|'re|’re)$/;

/** The word before token `i` past a negation ("cannot find", "will not find"). */
function modalBefore(tokens: Token[], i: number): string {
  let k = i - 1;
  while (k > 0 && /^(?:not|n't|n’t|never)$/.test(tokens[k]!.lower)) k--;
  return tokens[k]?.lower ?? "";
}

/** Whether a causative verb stands right before the noun phrase at `k`, past its modifiers ("help laid-off workers"). */
function afterCausative(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    if (CAUSATIVES.has(tokens[j]!.lemma) && tokens[j]!.pos === "VERB") return true;
    if (/^[,;:.“”"]$/.test(tokens[j]!.text)) return false;
  }
  return false;
}

/** Verbs of stating whose passive subject is what was stated. */
const PASSIVE_NO_SPEAKER: ReadonlySet<string> = new Set(["report", "announce", "state", "declare", "confirm", "reveal", "post", "publish", "recall"]);

/**
 * "“Are we going to sacrifice our farmers?” launched Arnaud Rousseau": between a quotation that
 * ends on a comma, question or exclamation mark and a name, any past-tense verb says who said
 * it (translated articles carry their language's verbs: launched, hammered, recalled).
 */
function verbAfterQuotation(tokens: Token[], i: number): boolean {
  const t = tokens[i]!, close = tokens[i - 1], mark = tokens[i - 2], next = tokens[i + 1];
  if (!(t.pos === "VERB" && /ed$/.test(t.lower) && !!close && /^[”"»]$|^''$/.test(close.text) && !!mark && /^[,?!]$/.test(mark.text))) return false;
  if (!next || !(next.pos === "PROPN" || (next.pos === "DET" && tokens[i + 2]?.pos !== "VERB"))) return false;
  // The speaker ends the clause: "…,” thanked Obama for …" thanks him.
  let k = i + 1;
  while (tokens[k] && /^(PROPN|DET|NOUN|ADJ)$/.test(tokens[k]!.pos) && k - i <= 6) k++;
  return !tokens[k] || /^[,.;]$/.test(tokens[k]!.text);
}

/**
 * "The central bank is expected to act", "He is said to be furious", "She was widely believed to
 * have won": a cue in the passive, before an infinitive, reports what unnamed others expect or
 * say of its subject, which is no speaker.
 */
export function raisingPassive(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!/(ed|en|said|thought|known|seen)$/.test(t.lower) || tokens[i + 1]?.lower !== "to" || !/^(VERB|AUX)$/.test(tokens[i + 2]?.pos ?? "")) return false;
  let k = i - 1;
  while (k >= 0 && tokens[k]!.pos === "ADV") k--;
  return k >= 0 && BE.test(tokens[k]!.lower);
}

/**
 * Whether the subject at `k` lies in what the earlier report `g`, a verb of saying, reports
 * ("said (in an interview) that she …"), not in a clause of its own ("… after she blamed …").
 */
function reportsClauseAt(tokens: Token[], g: Frame, k: number): boolean {
  if (g.type !== "verb" || g.inverted || !SPEECH_VERBS.has(tokens[g.cueFrom]!.lemma) || g.cueTo > k) return false;
  return !tokens.slice(g.cueTo, k).some((t) => (t.pos === "SCONJ" && t.lower !== "that") || SUBORDINATING.has(t.lower));
}
const SUBORDINATING = new Set(["after", "before", "when", "while", "as", "because", "since", "although", "if", "until"]);

/** Whether the sentence holds a source phrase ("according to", "in the words of"). */
const hasSourcePhrase = (tokens: Token[], s: Sentence) =>
  tokens.slice(s.from, s.to).some((t, k) => SOURCE_STARTS.has(t.lower) && SOURCE_PHRASES.some((ph) => ph.every((w, j) => tokens[s.from + k + j]?.lower === w)));

/** Verbs of sight or thought that hold a view only with "that" or "as" ("views the deal as a win"). */
const VIEWING = new Set(["see", "view", "regard", "consider"]);

/** What is called when it is convened: "call (snap) elections", "call a meeting". */
const CONVENED = new Set(["election", "vote", "referendum", "meeting", "session", "conference", "strike", "summit", "hearing", "recess", "poll"]);
function convenes(tokens: Token[], i: number): boolean {
  let k = i + 1;
  while (k < i + 4 && /^(DET|ADJ|NUM)$/.test(tokens[k]?.pos ?? "")) k++;
  // "called an emergency meeting": the last noun of a compound heads it.
  while (k < i + 5 && tokens[k]?.pos === "NOUN" && tokens[k + 1]?.pos === "NOUN") k++;
  // The noun heads what is called: "called the election-night remarks sexist" calls remarks.
  const head = tokens[k + 1]?.text !== "-" && tokens[k + 1]?.pos !== "NOUN";
  return head && (CONVENED.has(tokens[k]?.lemma ?? "") || CONVENED.has(tokens[k]?.lower ?? ""));
}

/** Whether "see" at `i` holds a view: "that" follows, or "as" before the clause's end. */
function seesAsView(tokens: Token[], i: number, end: number): boolean {
  if (tokens[i + 1]?.lower === "that") return true;
  for (let k = i + 2; k < Math.min(end, i + 10) && !/^[,;:.]$/.test(tokens[k]!.text); k++) if (tokens[k]!.lower === "as") return true;
  return false;
}

/** The nearest subject before token `before` in the sentence: a speaker-like phrase followed by a verb. */
export function nearestSubject(tokens: Token[], s: Sentence, before: number, quotes: readonly QuoteSpan[]): [number, number] | null {
  for (let k = before - 1; k >= s.from; k--) {
    const t = tokens[k]!;
    if (inQuote(t, quotes) || isTimeWord(t.lower) || !(t.pos === "PROPN" || (t.pos === "PRON" && SUBJECT_PRONOUNS.has(t.lower) && t.lower !== "it") || t.pos === "NOUN")) continue;
    let n = k + 1;
    if (tokens[n]?.text === "(") for (let j = n + 1; j < s.to && j - n <= 8; j++) if (tokens[j]!.text === ")") { n = j + 1; break; }
    while (tokens[n] && (tokens[n]!.pos === "ADV" || tokens[n]!.pos === "AUX" || (tokens[n]!.pos === "PART" && tokens[n]!.lower !== "to"))) n++;
    if (tokens[n]?.pos !== "VERB" && tokens[n - 1]?.pos !== "AUX") continue;
    const a = npLeft(tokens, k, s.from);
    if (canSpeak(tokens, a, k + 1)) return [a, k + 1];
  }
  return null;
}

/**
 * "“…,” Hannity pressed.", "“…,” an angry Hollande retaliated": after a quotation, a subject
 * and a verb that ends the sentence or clause report it, whatever the verb. `from` is the first
 * token after the quotation; returns the subject's span and the verb's index.
 */
export function reportAfterQuote(tokens: Token[], from: number): { spk: [number, number]; cue: number } | null {
  if (from < 0) return null;
  let k = from;
  while (tokens[k]?.text === ",") k++;
  const end = tokens.length;
  const to = npRight(tokens, k, end);
  if (to <= k || !canSpeak(tokens, k, to)) return null;
  let v = to;
  while (v < end && tokens[v]!.pos === "ADV") v++;
  const verb = tokens[v];
  if (!verb || verb.pos !== "VERB" || /ing$/.test(verb.lower)) return null;
  const next = tokens[v + 1];
  return !next || /^[.,!?;]$/.test(next.text) ? { spk: [k, to], cue: v } : null;
}

/**
 * "“…” ― Pamela Padilla": a name after a dash that closes a quotation, ending its paragraph,
 * signs it (readers' comments, pull quotes, epigraphs). `from` is the first token after the quotation.
 */
export function signatureAfterDash(tokens: Token[], from: number): [number, number] | null {
  if (!/^[―—–-]$/.test(tokens[from]?.text ?? "")) return null;
  const a = from + 1;
  let b = a;
  while (b < tokens.length && (/^\p{Lu}/u.test(tokens[b]!.text) || (b > a && /^[.'’-]$/.test(tokens[b]!.text) && !tokens[b]!.spaced))) b++;
  while (b > a && /^[.'’-]$/.test(tokens[b - 1]!.text)) b--;
  const rest = tokens.slice(b);
  if (b === a || b - a > 6 || !rest.every((t) => /^[.,;!]$/.test(t.text))) return null;
  return tokens.slice(a, b).some((t) => t.pos === "PROPN") ? [a, b] : null;
}

/** "Philip Bump: “…”", "From the report: “…”": the phrase before a colon that introduces a quotation. */
export function speakerBeforeColon(tokens: Token[], colon: number, from: number): [number, number] | null {
  const h = colon - 1;
  const t = tokens[h];
  if (!t || h < from || !(t.pos === "PROPN" || t.pos === "NOUN")) return null;
  const a = npLeft(tokens, h, from);
  return canSpeak(tokens, a, h + 1) ? [a, h + 1] : null;
}

/** The first subject of the sentence before token `before`: the main clause's speaker. */
export function mainSubject(tokens: Token[], s: Sentence, before: number, quotes: readonly QuoteSpan[]): [number, number] | null {
  // A sentence that opens with a name, a pronoun or a role: "Donald Trump on Thursday ratcheted up …, saying".
  let k = s.from;
  while (k < before && (tokens[k]!.pos === "CCONJ" || tokens[k]!.pos === "ADV")) k++;
  // "ROME, NOVEMBER 28 - Premier Giorgia Meloni …", "PARIS, July 25 — …": the subject follows a dateline with its date.
  const dash = tokens.slice(k, Math.min(before, k + 8)).findIndex((t) => /^[—–-]$/.test(t.text));
  if (dash > 2 && tokens.slice(k, k + dash).every((t) => t.text === "," || t.pos === "NUM" || isTimeWord(t.lower) || (t.text.length > 1 && t.text === t.text.toUpperCase()))) k += dash + 1;
  let opening = npRight(tokens, k, before);
  // A dateline says where: after "WASHINGTON —" the subject may follow; "PHILADELPHIA, July 25 —"
  // opens with none.
  const dateline = opening > k && opening - k <= 3 && tokens.slice(k, opening).every((t) => t.text.length > 1 && t.text === t.text.toUpperCase()) && /^[,—–-]$/.test(tokens[opening]?.text ?? "");
  if (dateline && tokens[opening]!.text !== ",") opening = npRight(tokens, (k = opening + 1), before);
  // Not a day ("Sunday on Fox News, …").
  // Any noun phrase followed by its verb is the subject ("Small groups of protesters continued …, chanting").
  const speaks = canSpeak(tokens, k, opening) || (tokens[opening - 1]?.pos === "NOUN" && tokens[opening]?.pos === "VERB");
  if (opening > k && !inQuote(tokens[k]!, quotes) && /^(PROPN|PRON|NOUN)$/.test(tokens[opening - 1]!.pos) && !isTimeWord(tokens[k]!.lower) && !(dateline && tokens[opening]?.text === ",") && speaks) return [k, opening];
  for (let j = s.from; j < before; j++) {
    const found = nearestSubject(tokens, s, j + 1, quotes);
    if (found && found[1] === j + 1 && !isTimeWord(tokens[j]!.lower)) return found;
  }
  return null;
}
