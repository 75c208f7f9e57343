import type { Claim, Mention, Paragraph, Speaker } from "../model/index.ts";
import { analyse, type ParagraphAnalysis, type Sentence, type Token } from "./nlp/analyse.ts";
import { isTimeWord } from "./nlp/lexicon.ts";
import { CLAUSE_CUES, HEARER_CUES } from "./claims/cues.ts";
import { SPEECH_VERBS, framesIn, mainSubject, nearestSubject, reportAfterQuote, signatureAfterDash, speakerBeforeColon, type Frame } from "./claims/frames.ts";
import { QUOTE_CHARS, findQuotes, type QuoteSpan } from "./claims/quotes.ts";
import { descriptionGender, NOBODY, resolveLabel, resolveSpeaker, type ResolveContext } from "./claims/speaker.ts";
import { headlineFrame, transcriptTurn } from "./claims/headline.ts";
import { continuationSpeaker } from "./claims/continuation.ts";
import { isFieldLabel, labelledQuoteSpeaker } from "./claims/field-label.ts";
import { askedQuestion, type AskedQuestion } from "./claims/asked.ts";
import { interviewAnswers } from "./claims/interview.ts";
import { passiveReportClause, reportedlyClause, seemingClause } from "./claims/seeming.ts";
import { datelineLength } from "../clean/credits.ts";

interface Draft {
  start: number;
  end: number;
  cue: Claim["cue"];
  speaker: Speaker;
  para: number;
  /** The speaker's own words without quotation marks (an interview's answer): direct. */
  verbatim?: true;
}

/** One person described, not named: "A spokeswoman for the department", "an official", "a county water department employee". */
const ONE_PERSON = /^(?:an?|the|one)\s+(?:[\p{L}-]+\s+){0,3}?(spokes(?:wo)?man|spokesperson|official|employee|officer|source|representative|aide|executive|analyst|worker|resident)\b/iu;

/** Conjunctions of contrast or time that open a clause of the narrative, not of the report. */
const CONTRASTS = new Set(["while", "as", "although", "though", "whereas"]);

/** Words that open a subordinate clause (the tagger often calls "as" a preposition). */
const SUBORDINATORS = new Set(["as", "when", "while", "after", "although", "though", "because", "since", "before", "if", "once", "until"]);
const TRAILING = /^[.,;:!?…–—-]$/;
/** Prepositions that open where, when, how or to whom something was said, not what. */
const CIRCUMSTANCES = new Set(["in", "at", "by", "from", "to", "during", "after", "before", "since", "via"]);
/**
 * What may follow a verb of saying that ends a report of the clause before it ("…, Hollande said
 * Tuesday in Paris", "…, said Mr. English of Mr. Cruz"). Unlike CIRCUMSTANCES, not "to" (an
 * infinitive is content) nor "by", "after", "before", "since" (they open clauses too).
 */
const SAID_WHERE = new Set(["in", "at", "on", "during", "via", "from", "of"]);
/** Cues whose bare object is the one told or asked. */
const TELLING = new Set(["tell", "ask"]);
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Token range [from, to) trimmed of punctuation at both ends. */
function trim(tokens: Token[], from: number, to: number): [number, number] {
  while (from < to && TRAILING.test(tokens[from]!.text)) from++;
  while (to > from && TRAILING.test(tokens[to - 1]!.text)) to--;
  return [from, to];
}

/**
 * A token range with no verb and no quotation in it: a phrase, not a clause. With `participles`,
 * a participle right after a noun is part of the phrase ("in a statement provided to POLITICO").
 */
function isBare(tokens: Token[], [from, to]: [number, number], quotes: readonly QuoteSpan[], participles = false): boolean {
  if (to <= from) return true;
  const start = tokens[from]!.start, end = tokens[to - 1]!.end;
  // Only before a preposition or a time word, or ending the phrase: "the committee raised $57 million" is a clause.
  const modifier = (k: number) => participles && /(ed|en|ing)$/.test(tokens[k]!.lower) && tokens[k - 1]?.pos === "NOUN"
    && (k + 1 >= to || tokens[k + 1]!.pos === "ADP" || isTimeWord(tokens[k + 1]!.lower));
  return !quotes.some((q) => q.start < end && q.end > start)
    && !tokens.slice(from, to).some((t, i) => (t.pos === "VERB" || t.pos === "AUX") && !modifier(from + i));
}

/** Where a report can be made: "on Twitter", "on the campaign trail" tell where, not what about. */
const MEDIA = new Set(["twitter", "facebook", "instagram", "tiktok", "youtube", "telegram", "linkedin", "threads", "television", "tv", "radio", "air", "camera", "stage", "trail", "media", "website", "blog", "podcast", "program", "programme", "broadcast"]);

/** Where the reported content of a frame lies, as a character span; null when there is none. */
function contentOf(text: string, pa: ParagraphAnalysis, s: Sentence, f: Frame, frames: Frame[], quotes: QuoteSpan[], used: Set<QuoteSpan>, silent: ReadonlySet<Frame>): { start: number; end: number } | null {
  const { tokens } = pa;
  const left = Math.min(f.cueFrom, f.spkFrom), right = Math.max(f.cueTo, f.spkTo);
  const leftPos = tokens[left]!.start, rightPos = tokens[right - 1]!.end;
  // A programme or work named in passing ("on Fox News’s “Sunday Morning Futures,” Issa said") is not the content.
  const free = quotes.filter((q) => !used.has(q) && !(isTitleOrMarkup(text, q) && /(\b(on|in|of|at|from)|['’]s)\s*$/i.test(text.slice(Math.max(0, q.start - 6), q.start))));
  // "…wheelhouse.” He said, twice, that …": after a closed sentence, a capitalised pronoun starts a
  // new one; so does a name after a full stop when the cue goes straight on to a clause ("…Deal.''
  // Mr. Trump said a smaller jet would have cost more"), where "“…!” LeVell declared, …" and
  // "“….” McDonough wrote in an email" still report the quotation.
  const next = tokens[right];
  const clauseAfter = !!next && (next.lower === "that" || /^(DET|PRON|PROPN|NOUN|NUM)$/.test(next.pos))
    && tokens.slice(right + 1, s.to).some((t) => t.pos === "VERB" || t.pos === "AUX");
  const speakerFirst = f.spkFrom === left && !f.inverted;
  const closes = (q: QuoteSpan, marks: RegExp) => marks.test(text.slice(q.start, q.end).replace(/\s*(["”»]|'')$/, "").slice(-1));
  const newSentence = (q: QuoteSpan) => speakerFirst
    && ((/^(He|She|They|We)$/.test(tokens[left]!.text) && closes(q, /[.!?]/)) || (clauseAfter && closes(q, /\./)));
  const qBefore = free.find((q) => q.end <= leftPos && /^[\s,–—-]*$/.test(text.slice(q.end, leftPos)) && !newSentence(q));
  // Not past another report's cue ("…, Spicer said, adding, “…”": the quotation is the adding's).
  const cueBetween = (q: QuoteSpan) => frames.some((g) => g !== f && tokens[g.cueFrom]!.start >= rightPos && tokens[g.cueFrom]!.end <= q.start);
  // Nor one with a report of its own right after it ("… had lost its identity: “…,” he claimed.").
  // That report is short and says nothing else: what follows it ends the clause or tells where or when.
  const reportedAfter = (q: QuoteSpan) => frames.some((g) => {
    const from = Math.min(g.spkFrom, g.cueFrom), to = Math.max(g.cueTo, g.spkTo), next = tokens[to];
    if (g === f || g.type !== "verb" || to - from > 6 || tokens[from]!.start < q.end || !/^[\s,]*$/.test(text.slice(q.end, tokens[from]!.start))) return false;
    return !next || to >= s.to || /^[.,;:!?]$/.test(next.text) || next.pos === "ADP" || isTimeWord(next.lower);
  });
  const following = free.find((q) => q.start >= rightPos && q.start - rightPos <= 90 && !QUOTE_CHARS.test(text.slice(rightPos, q.start)) && !/[.!?]/.test(text.slice(rightPos, q.start)) && /^\s*$|[,:]\s*$/.test(text.slice(rightPos, q.start)) && !cueBetween(q));
  const handedOn = following && reportedAfter(following);
  const qAfter = handedOn ? undefined : following;
  if (qBefore) {
    used.add(qBefore);
    if (qAfter && /^\s*,\s*$/.test(text.slice(rightPos, qAfter.start))) { used.add(qAfter); return { start: qBefore.start, end: qAfter.end }; }
    return { start: qBefore.start, end: qBefore.end };
  }
  if (qAfter && (f.type !== "source" || /^\s*,\s*$/.test(text.slice(rightPos, qAfter.start)))) { used.add(qAfter); return { start: qAfter.start, end: qAfter.end }; }

  // Indirect (or mixed) content: the clause after the cue, or before the frame.
  // A later report ends this one, at its speaker or, when it shares this report's subject
  // (joined by "and", "but", a comma or a closing quotation mark), at its cue ("He said … and
  // said that …", "…, telling X that …"); a relative clause's report ends at the main verb's cue
  // ("Graham, who says …, tweeted that …").
  const relative = f.spkTo - f.spkFrom === 1 && /^(who|which)$/.test(tokens[f.spkFrom]!.lower);
  const sharesSubject = (g: Frame) => g.spkFrom < right && /^(and|but|,|[”"»]|'')$/.test(tokens[g.cueFrom - 1]?.lower ?? "");
  const laterFrame = frames.find((g) => g !== f && (relative || sharesSubject(g) ? g.cueFrom : Math.min(g.cueFrom, g.spkFrom)) > right);
  let stop = laterFrame ? (laterFrame.spkFrom > right ? Math.min(laterFrame.cueFrom, laterFrame.spkFrom) : laterFrame.cueFrom) : s.to;
  if (laterFrame && !sharesSubject(laterFrame)) {
    // A quotation right before the next frame is that frame's ("… that X - “…,” she said"), unless
    // the next frame shares this one's subject ("said the cost was “…,” noting …").
    const stopPos = tokens[stop]!.start;
    const theirs = free.find((q) => q.end <= stopPos && /^[\s,–—-]*$/.test(text.slice(q.end, stopPos)));
    if (theirs) while (stop > right && tokens[stop - 1]!.start >= theirs.start) stop--;
  }
  // (Nor does the next clause's "and that" stay with this one: "… “not acceptable,” and that she had asked …".)
  while (stop > right && (/^(and|but|,)$/.test(tokens[stop - 1]!.lower) || (tokens[stop - 1]!.lower === "that" && /^(and|but)$/.test(tokens[stop - 2]?.lower ?? "")))) stop--;
  let after: [number, number] = [right, stop];
  if (f.type === "verb" && !f.inverted) {
    let from = right;
    const lemma = tokens[f.cueFrom]!.lemma;
    // Where and to whom can run long before the clause ("said in an interview with The Associated
    // Press last week that …"); a "that" after another noun there is a relative one.
    const circumstantial = CIRCUMSTANCES.has(tokens[right]?.lower ?? "") || TELLING.has(lemma);
    for (let k = right; k < Math.min(stop, right + (circumstantial ? 16 : 9)); k++) {
      const t = tokens[k]!;
      if (t.lower === "that") {
        const prev = tokens[k - 1]!;
        if (k < right + 9 || prev.pos === "PROPN" || isTimeWord(prev.lower)) from = k;
        break;
      }
      if (t.pos === "VERB" || t.pos === "AUX" || QUOTE_CHARS.test(t.text)) break;
    }
    after = trim(tokens, from === right && !HEARER_CUES.has(lemma) ? right : from, stop);
  } else {
    after = trim(tokens, right, stop);
  }
  // An earlier report that reported nothing does not end the clause before this one.
  const earlier = frames.filter((g) => g !== f && !silent.has(g) && Math.max(g.cueTo, g.spkTo) <= left).at(-1);
  const before = trim(tokens, earlier ? Math.max(earlier.cueTo, earlier.spkTo) : s.from, left);
  const beforeOk = before[1] - before[0] >= 3 && tokens[left - 1]?.text === ",";
  // "…, according to Brian Wieser, an analyst at …": after a clause, a source's report is that
  // clause, unless the source interrupts it ("a maneuver that, in the words of X, constitutes …").
  let v = after[0];
  while (v < after[1] && tokens[v]!.pos === "ADV") v++;
  // ("…, according to the administration, cutting off the hospital": a participle after the comma is
  // the clause's own adjunct, not its verb going on.)
  const clauseGoesOn = v < after[1] && (tokens[v]!.pos === "AUX" || (tokens[v]!.pos === "VERB" && !/ing$/.test(tokens[v]!.lower)));
  // Where, when or of whom it was said, after a clause that is what was said (SAID_WHERE).
  const opening0 = tokens[after[0]];
  // (After other cues only a phrase: "…, Berg announced on Tuesday"; "warned on Tuesday that …" reports the clause after.)
  const saidWhere = f.type === "verb" && (SPEECH_VERBS.has(tokens[f.cueFrom]!.lemma) || isBare(tokens, after, free)) && !!opening0 && after[0] <= right + 1
    && (SAID_WHERE.has(opening0.lower) || isTimeWord(opening0.lower))
    && tokens.slice(before[0], before[1]).some((t) => t.pos === "VERB" || t.pos === "AUX");
  // "…, a school spokesman told The Wall Street Journal": the one told, no content; the clause before is.
  const onlyHearer = TELLING.has(tokens[f.cueFrom]!.lemma) && isBare(tokens, after, free);
  // "North Korea fired a missile, the military said, a day before the election": a phrase with no
  // verb set off after the cue tells when or where; the clause before is what was said.
  // So is a noun phrase whose only verbs are in its relative clause ("…, local authorities say, the
  // latest in a string of floods that have hit the region").
  const verbAt = (from: number) => tokens.slice(from, after[1]).findIndex((t) => t.pos === "VERB" || t.pos === "AUX" || QUOTE_CHARS.test(t.text));
  const relativeOnly = (from: number) => /^(DET|ADJ|NOUN)$/.test(tokens[from]?.pos ?? "") && verbAt(from) > 0
    && tokens.slice(from + 1, from + verbAt(from)).some((t) => /^(that|which|who)$/.test(t.lower));
  // And so is a contrast or a time set off after it ("…, the Air Force said, while 19 drones struck …",
  // "…, she said, as inventories fall").
  const adjunct = f.type === "verb" && tokens[right]?.text === "," && (verbAt(after[0]) < 0 || relativeOnly(right + 1) || CONTRASTS.has(tokens[right + 1]?.lower ?? ""));
  // "…, an FAA official told NBC News, speaking on the condition of anonymity because …": the one
  // told and the terms, running to the end; the clause before is what was said.
  const afterText = after[1] > after[0] ? text.slice(tokens[after[0]]!.start, tokens[after[1] - 1]!.end) : "";
  const untold = afterText.replace(/^[^,]{1,60},\s*/, "");
  const terms = tokens[f.cueFrom]!.lemma === "tell" && !untold.includes(",") && isAnonymityTerms(untold);
  const afterOk = after[1] - after[0] >= 2 && !terms && !(((f.inverted && f.type === "verb") || (f.type === "source" && !clauseGoesOn) || saidWhere || onlyHearer || adjunct) && beforeOk);
  // A report whose quotation went to the next one keeps only what it introduced the quotation with.
  const pick = afterOk && !(handedOn && TELLING.has(tokens[f.cueFrom]!.lemma)) ? after : beforeOk && !handedOn ? before : null;
  if (!pick) return null;
  let start = tokens[pick[0]]!.start, end = tokens[pick[1] - 1]!.end;
  // "Private tanker operators, he alleged, had raised prices …": a report set into its clause between
  // the subject and the verb; the content is the clause around it, subject included.
  const inserted = pick === after && f.type === "verb" && !f.inverted && tokens[left - 1]?.text === "," && tokens[right]?.text === ","
    && before[0] === s.from && before[1] - before[0] >= 1 && isBare(tokens, before, free) && (tokens[v]?.pos === "VERB" || tokens[v]?.pos === "AUX");
  if (inserted) start = tokens[before[0]]!.start;
  // A phrase with no verb is no report when it is a circumstance or the one told ("said in a
  // statement", "said on Thursday", "reported by MSNBC", "told The Huffington Post"), or after a
  // cue that reports only clauses ("police found the car"); after other prepositions it is what
  // the cue is about ("called for a moratorium", "commented on the death").
  const opening = tokens[pick[0]]!;
  const phrase = tokens.slice(pick[0], pick[1]);
  const circumstance = CIRCUMSTANCES.has(opening.lower)
    || (opening.lower === "on" && phrase.some((t) => isTimeWord(t.lower) || MEDIA.has(t.lower)));
  const bare = isBare(tokens, pick, free, circumstance);
  if (bare && (circumstance || (pick === after && TELLING.has(tokens[f.cueFrom]!.lemma)) || CLAUSE_CUES.has(tokens[f.cueFrom]!.lemma))) return null;
  // A quotation that starts inside the content belongs to it whole.
  for (const q of free) if (q.start >= start && q.start < end && q.end > end) end = q.end;
  for (const q of free) if (q.start >= start && q.end <= end) used.add(q);
  return { start, end };
}

/**
 * "that it was reviewing the study and that it “supports efforts …”": two clauses said, each its own
 * claim when only the second quotes (a mixed claim starts at its quotation, which would leave the
 * first clause out). Without a quotation PolNeAR annotates "that A and that B" as one attribution.
 */
function thatClauses(tokens: Token[], content: { start: number; end: number }, quotes: readonly QuoteSpan[]): { start: number; end: number }[] {
  const from = tokens.findIndex((t) => t.start >= content.start);
  if (from < 0 || tokens[from]!.lower !== "that") return [content];
  const inside = (t: Token) => quotes.some((q) => q.start <= t.start && t.end <= q.end);
  for (let k = from + 3; k < tokens.length - 3 && tokens[k + 1]!.end <= content.end; k++) {
    if (tokens[k]!.lower !== "and" || tokens[k + 1]!.lower !== "that" || inside(tokens[k]!)) continue;
    // Only where the second holds the quotation: "that A and that B" in reported words alone is one claim.
    if (quotes.some((q) => q.start < tokens[k]!.start && q.end > content.start) || !quotes.some((q) => q.start > tokens[k]!.start && q.start < content.end)) return [content];
    let last = k - 1;
    while (last > from && tokens[last]!.text === ",") last--;
    return [{ start: content.start, end: tokens[last]!.end }, { start: tokens[k + 1]!.start, end: content.end }];
  }
  return [content];
}

/** Direct when the content is one quotation (or two joined by the cue), mixed when it holds one, else indirect. */
function kindOf(text: string, start: number, end: number, quotes: readonly QuoteSpan[]): { kind: Claim["kind"]; start: number } {
  const inner = quotes.filter((q) => q.start >= start && q.end <= end);
  if (inner.length === 0) return { kind: "indirect", start };
  if (inner[0]!.start === start && inner.at(-1)!.end === end) return { kind: "direct", start };
  // Mixed: the claim starts at its first quotation mark so its text leads with the speaker's own words.
  return { kind: "mixed", start: inner[0]!.start };
}

const wordCount = (s: string) => (s.match(/\p{L}+/gu) ?? []).length;

/**
 * "who asked not to be named", "spoke on the condition of anonymity", "asked me not to use their
 * name": the terms a source spoke on, not what they said.
 */
const isAnonymityTerms = (content: string): boolean =>
  (wordCount(content) <= 12 && /\b(?:not to be (?:named|identified|quoted)|not to use (?:his|her|their|my) (?:full )?name|condition of anonymity|anonymity (?:to|because)\b)/i.test(content))
  // "who asked not to be named because he was not authorised to speak to the media": the reason goes with the terms.
  || /^not to be (?:named|identified|quoted)(?: (?:because|as|since)\b.*)?$/i.test(content);

const SMALL_WORDS = new Set(["a", "an", "the", "of", "and", "for", "in", "on", "to", "at", "with", "or", "by", "is"]);

/** Answers of `isTitleOrMarkup` by quote: every frame of a paragraph asks about each of its quotes. */
const titleOrMarkup = new WeakMap<QuoteSpan, boolean>();

/** A title ("State of the Union") or markup attribute (tweet-id="…"): quoted, but nobody says it. */
function isTitleOrMarkup(text: string, q: QuoteSpan): boolean {
  let answer = titleOrMarkup.get(q);
  if (answer === undefined) titleOrMarkup.set(q, (answer = titleOrMarkupOf(text, q)));
  return answer;
}

function titleOrMarkupOf(text: string, q: QuoteSpan): boolean {
  if (/=\s*$/.test(text.slice(Math.max(0, q.start - 2), q.start))) return true;
  const words = text.slice(q.start, q.end).match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  if (words.length === 0) return true;
  if (words.length > 8) return false;
  const content = words.filter((w) => !SMALL_WORDS.has(w));
  return content.length > 0 && content.every((w) => /^[\p{Lu}\p{N}]/u.test(w)) && /^[\p{Lu}\p{N}]/u.test(words[0]!);
}

/** A headline in a list of links ("…," by Jo Smith of the Daily Star): a title, not someone's words. */
const isByline = (text: string, q: QuoteSpan) => /^,?\s*by\s+\p{Lu}/u.test(text.slice(q.end, q.end + 12)) && /[,.]\s*(["”»]|'')$/.test(text.slice(q.start, q.end));

/** A short quoted term used as a modifier ("the “safety check” feature"): a label, not a claim. */
function isPremodifier(text: string, tokens: Token[], q: QuoteSpan, words: number): boolean {
  if (words > 3 || /[.,;:!?…]\s*(["”»]|'')$/.test(text.slice(q.start, q.end))) return false;
  const next = tokens.findIndex((t) => t.start >= q.end);
  return next > 0 && tokens[next]!.pos === "NOUN" && tokens[next]!.spaced;
}

/**
 * "Trump told reporters he thought Fields had “made up the story”": a pronoun reporting inside
 * an earlier report by the same person is that report; the outer mention is the speaker.
 */
function outerSpeaker(ctx: ResolveContext, tokens: Token[], s: Sentence, frames: Frame[], f: Frame, quotes: readonly QuoteSpan[]): Speaker | null {
  if (f.inverted) return null;
  const outer = frames.find((g) => g !== f && g.type === "verb" && !g.inverted && g.cueTo <= f.spkFrom && f.spkFrom - g.cueTo <= 4);
  // "Lee said Kim called on members to be “closely coordinated”", "Lee says … and that she expects “…”":
  // the words are reported by the outer speaker.
  // Not across a quotation, nor a clause break right before ("While not everything Kim says is true, Lee said …").
  const between = (g: Frame) => tokens.slice(g.cueTo, f.spkFrom);
  const reporting = outer && !between(outer).some((t) => t.text === "," || QUOTE_CHARS.test(t.text)) ? outer
    : tokens[f.spkFrom - 1]?.lower === "that" ? frames.find((g) => g !== f && g.type === "verb" && !g.inverted && g.cueTo <= f.spkFrom && !between(g).some((t) => QUOTE_CHARS.test(t.text))) : undefined;
  if (reporting && reporting.spkFrom !== f.spkFrom && SPEECH_VERBS.has(tokens[reporting.cueFrom]!.lemma)) return resolveSpeaker(ctx, tokens, reporting.spkFrom, reporting.spkTo);
  if (f.spkTo - f.spkFrom !== 1 || !/^(he|she|they)$/.test(tokens[f.spkFrom]!.lower)) return null;
  // Or the sentence's subject, whatever its verb ("Sanders has made clear that he expects …").
  const span = outer ? [outer.spkFrom, outer.spkTo] : tokens[f.spkFrom - 1]?.lower === "that" ? mainSubject(tokens, s, f.spkFrom, quotes) : null;
  if (!span || span[0] === f.spkFrom) return null;
  const a = resolveSpeaker(ctx, tokens, span[0]!, span[1]!), b = resolveSpeaker(ctx, tokens, f.spkFrom, f.spkTo);
  return a.name && a.name === b.name ? a : null;
}


/** A claim of tokens [from, to) reported by the verb at `cue`, with no speaker. */
function unattributed(tokens: Token[], r: { cue: number; from: number; to: number }, para: number): Draft {
  const verb = tokens[r.cue]!;
  return { start: tokens[r.from]!.start, end: tokens[r.to - 1]!.end, cue: { start: verb.start, end: verb.end, text: verb.text }, speaker: NOBODY, para };
}

/** The claim of a question put: its asker is named only by an agent ("asked by Kim whether …"). */
function questionDraft(ctx: ResolveContext, tokens: Token[], a: AskedQuestion, para: number): Draft {
  const d = unattributed(tokens, a, para);
  return a.agent ? { ...d, speaker: resolveSpeaker(ctx, tokens, a.agent[0], a.agent[1]) } : d;
}

/**
 * Whether `aside` is a participle's report ("referring to …", "adding that …") or a relative
 * clause's ("…, who backed …") closing the sentence of the quotation `quoted` reports, right
 * before the quotation `q` in that paragraph.
 */
function isAside(text: string, quoted: Draft, aside: Draft, q: QuoteSpan): boolean {
  return quoted.para === aside.para && aside.start >= quoted.end && aside.end <= q.start
    && QUOTE_CHARS.test(text.slice(quoted.start, quoted.end)) && !QUOTE_CHARS.test(text.slice(aside.start, aside.end))
    && (/ing\b/.test(aside.cue?.text ?? "") || /^(who|which)$/i.test(aside.speaker.text ?? "")) && !/[.!?]\s/.test(text.slice(quoted.end, aside.start)) && /^[\s.,;:!?]*$/.test(text.slice(aside.end, q.start));
}

/** A claim's id: unique in the corpus, since article ids are and a claim starts where no other of its article does. */
export const claimId = (articleId: string, start: number): string => `${articleId}-c${start}`;

/** Direct, mixed and indirect quotes with cue and speaker. `statement` and `speaker.id` stay null. */
export function findClaims(text: string, paragraphs: readonly Paragraph[], mentions: readonly Mention[], articleId: string): Claim[] {
  const paras = analyse(text, paragraphs);
  const quotesByPara = paras.map((pa) => findQuotes(pa.paragraph));
  const ctx: ResolveContext = { text, mentions, quotes: quotesByPara.flat(), speakers: [] };
  const drafts: Draft[] = [];
  const keep = (d: Draft) => {
    drafts.push(d);
    const at = { start: d.speaker.start ?? d.start, end: d.speaker.end ?? d.end };
    if (d.speaker.kind === "person" && d.speaker.name) ctx.speakers.push({ name: d.speaker.name, ...at });
    // "A spokeswoman for the department": one person, unnamed, whom a pronoun may go on with.
    const one = d.speaker.kind === "unnamed" || d.speaker.kind === "organisation" ? ONE_PERSON.exec(d.speaker.text ?? "") : null;
    if (one) ctx.speakers.push({ name: d.speaker.name, kind: d.speaker.kind === "organisation" ? "organisation" : "unnamed", gender: descriptionGender(one[1]!.toLowerCase()), ...at });
    // "The ministry said …": a body speaking as itself, whom "It said …" goes on with.
    else if (d.speaker.kind === "organisation" && d.speaker.name) ctx.speakers.push({ name: d.speaker.name, kind: "organisation", gender: "it", ...at });
  };
  const add = (d: Draft) => {
    if (!drafts.some((x) => overlaps(x, d))) keep(d);
  };

  // "Dr. Ward stated:" closing a paragraph introduces the quotation that opens the next one.
  let introducer: { speaker: Speaker; cue: Claim["cue"]; para: number } | null = null;
  // Questions put ("Asked whether …, Lee said") and appearances ("He seemed tired"), added last:
  // they have no speaker, and must not pass for the claim a quotation continues.
  const unspoken: Draft[] = [];
  for (const pa of paras) {
    const quotes = quotesByPara[pa.index]!;
    const used = new Set<QuoteSpan>();
    const { tokens } = pa;
    for (const s of pa.sentences) {
      for (let i = s.from; i < s.to; i++) {
        const a = askedQuestion(tokens, s, i, quotes);
        if (a) unspoken.push(questionDraft(ctx, tokens, a, pa.index));
        const seen = seemingClause(tokens, s, i, quotes) ?? reportedlyClause(tokens, s, i, quotes) ?? passiveReportClause(tokens, s, i, quotes);
        if (seen) unspoken.push(unattributed(tokens, seen, pa.index));
      }
      const frames = framesIn(tokens, s, quotes);
      const silent = new Set<Frame>();
      for (const f of frames) {
        // "In a Post poll, 60 percent of voters said …": a source before a report frames that report, not words of its own.
        if (f.type === "source" && f.cueTo - f.cueFrom === 1 && tokens[f.cueFrom]!.lower === "in" && frames.some((g) => g.type === "verb" && g.cueFrom > f.spkTo)) continue;
        let content = contentOf(text, pa, s, f, frames, quotes, used, silent);
        if (content && isAnonymityTerms(text.slice(content.start, content.end))) content = null;
        const cue = { start: tokens[f.cueFrom]!.start, end: tokens[f.cueTo - 1]!.end, text: text.slice(tokens[f.cueFrom]!.start, tokens[f.cueTo - 1]!.end) };
        if (!content) {
          silent.add(f);
          if (/:\s*$/.test(text.slice(cue.end, pa.paragraph.end))) introducer = { speaker: resolveSpeaker(ctx, tokens, f.spkFrom, f.spkTo), cue, para: pa.index };
          continue;
        }
        // "“…,” Lee said, according to the Star", "According to the Star, Lee said", "…, Lee said, the Star reported":
        // the report is the outer source's.
        const via = f.type === "verb" ? frames.find((g) => g.type === "source" || (tokens[g.cueFrom]!.lemma === "report" && Math.min(g.cueFrom, g.spkFrom) > Math.max(f.cueTo, f.spkTo))) : undefined;
        const speaker = via ? resolveSpeaker(ctx, tokens, via.spkFrom, via.spkTo) : outerSpeaker(ctx, tokens, s, frames, f, quotes) ?? resolveSpeaker(ctx, tokens, f.spkFrom, f.spkTo);
        // A wire story's lede reports from its dateline on: "WASHINGTON (AP) — The Senate passed …, officials said."
        const dateline = content.start === pa.paragraph.start ? datelineLength(pa.paragraph.text) : 0;
        if (dateline && content.start + dateline < content.end) content = { ...content, start: content.start + dateline };
        for (const part of thatClauses(tokens, content, quotes)) add({ ...part, cue, speaker, para: pa.index });
      }
    }
    // "Amara Okafor: Frustration, mostly. We have been promised …": an interview's answer is its
    // speaker's, whole, around the reports inside it (the body nests claims).
    const turn = transcriptTurn(pa);
    // (Unless a claim inside starts where it does: a claim's id is its article's and its start.)
    if (turn && !drafts.some((d) => d.start === turn.start)) {
      keep({ start: turn.start, end: turn.end, cue: turn.cue, speaker: resolveLabel(ctx, tokens, turn.spkFrom, turn.spkTo), para: pa.index });
    }
    if (!drafts.some((d) => d.para === pa.index)) {
      const h = headlineFrame(pa);
      if (h) add({ start: h.start, end: h.end, cue: h.cue, speaker: resolveSpeaker(ctx, tokens, h.spkFrom, h.spkTo), para: pa.index });
    }
    // Quotations with no cue of their own: the speaker goes on, someone in the sentence is quoted, or scare quotes.
    for (const q of quotes) {
      if (used.has(q) || drafts.some((d) => overlaps(d, q))) continue;
      const inner = text.slice(q.start, q.end);
      if (isTitleOrMarkup(text, q) || isByline(text, q)) continue;
      const words = wordCount(inner);
      if (isPremodifier(text, tokens, q, words)) continue;
      const following = tokens.findIndex((t) => t.start >= q.end);
      const signed = signatureAfterDash(tokens, following);
      if (signed) {
        add({ start: q.start, end: q.end, cue: null, speaker: resolveSpeaker(ctx, tokens, signed[0], signed[1]), para: pa.index });
        continue;
      }
      const reported = reportAfterQuote(tokens, following);
      if (reported) {
        const verb = tokens[reported.cue]!;
        add({ start: q.start, end: q.end, cue: { start: verb.start, end: verb.end, text: verb.text }, speaker: resolveSpeaker(ctx, tokens, ...reported.spk), para: pa.index });
        continue;
      }
      const s = pa.sentences.find((x) => q.start >= x.start && q.start < x.end);
      const atSentenceStart = q.start === pa.paragraph.start || (s !== undefined && s.start === q.start);
      const sentenceLike = words >= 4 && (atSentenceStart || /[.,!?…]\s*(["”»]|'')$/.test(inner) || !q.closed);
      const last = drafts.at(-1);
      // A quotation left open at the end of a paragraph goes on in the next one that opens with a mark.
      const openBefore = quotesByPara[pa.index - 1]?.at(-1);
      if (last && openBefore && !openBefore.closed && last.end === openBefore.end && q.start === pa.paragraph.start) {
        last.end = q.end;
        last.para = pa.index;
        continue;
      }
      if (sentenceLike && last && last.para === pa.index && last.end <= q.start && QUOTE_CHARS.test(text.slice(last.start, last.end))) {
        last.end = q.end; // the speaker goes on in the same paragraph
        continue;
      }
      // "“…,” he said, referring to the party. “…”": the speaker goes on past an aside of their report.
      const quoted = drafts.at(-2);
      if (sentenceLike && last && quoted && last.para === pa.index && isAside(text, quoted, last, q)) {
        drafts.pop();
        quoted.end = q.end;
        continue;
      }
      const firstTok = tokens.findIndex((t) => t.start >= q.start);
      const colonAt = firstTok > 0 && tokens[firstTok - 1]!.text === ":" ? firstTok - 1 : -1;
      const colon = colonAt < 0 ? null
        // "Kasich resisted: “…”": whoever did what the colon introduces.
        : tokens[colonAt - 1]?.pos === "VERB" && s ? nearestSubject(tokens, { ...s, to: colonAt }, colonAt, quotes)
        : speakerBeforeColon(tokens, colonAt, s && s.start < q.start ? s.from : 0);
      // "As Lee spoke, the union was chanting “…”": an opening subordinate clause's subject is not the main one.
      const subordinate = s && (tokens[s.from]?.pos === "SCONJ" || SUBORDINATORS.has(tokens[s.from]?.lower ?? "")) && tokens.slice(s.from, firstTok).some((t) => t.text === ",");
      const subj = colon ?? (!atSentenceStart && s && firstTok >= 0
        ? (subordinate ? nearestSubject(tokens, s, firstTok, quotes) ?? mainSubject(tokens, s, firstTok, quotes) : mainSubject(tokens, s, firstTok, quotes) ?? nearestSubject(tokens, s, firstTok, quotes))
        : null);
      let speaker: Speaker;
      let cont: Speaker | null;
      if (colonAt >= 0 && isFieldLabel(tokens, colonAt)) {
        add({ start: q.start, end: q.end, cue: null, speaker: labelledQuoteSpeaker(paras, pa.index, ctx.mentions), para: pa.index });
        continue;
      }
      if (introducer && introducer.para === pa.index - 1 && q.start === pa.paragraph.start) {
        add({ start: q.start, end: q.end, cue: introducer.cue, speaker: introducer.speaker, para: pa.index });
        continue;
      }
      if (subj) speaker = resolveSpeaker(ctx, tokens, subj[0], subj[1]);
      else if (sentenceLike && (cont = continuationSpeaker(ctx, paras, pa, q, last))) speaker = cont;
      else if (!sentenceLike && words < 4) continue; // a scare quote with nobody to say it
      else speaker = NOBODY;
      add({ start: q.start, end: q.end, cue: null, speaker, para: pa.index });
    }
  }

  // A question-and-answer interview's answers are the interviewee's own words, reports inside them too.
  for (const a of interviewAnswers(text, paragraphs, mentions)) {
    if (drafts.some((d) => d.start === a.start)) continue;
    const m = a.interviewee;
    const para = paras.findIndex((pa) => pa.paragraph.start <= a.start && a.end <= pa.paragraph.end);
    keep({ start: a.start, end: a.end, cue: a.cue, speaker: { name: m.name, kind: "person", text: m.text, start: m.start, end: m.end, id: null }, para, verbatim: true });
  }

  for (const d of unspoken) add(d);
  drafts.sort((a, b) => a.start - b.start);
  return drafts.map((d) => {
    const { kind, start } = d.verbatim ? { kind: "direct" as const, start: d.start } : kindOf(text, d.start, d.end, ctx.quotes);
    return { id: claimId(articleId, start), kind, start, end: d.end, text: text.slice(start, d.end), cue: d.cue, speaker: d.speaker, statement: null };
  });
}
