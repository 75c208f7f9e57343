import type { Claim } from "../../model/index.ts";
import type { ParagraphAnalysis, Token } from "../nlp/analyse.ts";
import { isCommonWord, isKnownPersonWord, isPlaceName, isRoleNoun, PICTURE_WORDS } from "../nlp/lexicon.ts";

/** A headline attribution by colon: "Gingrich: Trump must …" or "… in exchange for troops: NATO chief". */
export interface HeadlineFrame {
  start: number;
  end: number;
  cue: NonNullable<Claim["cue"]>;
  spkFrom: number;
  spkTo: number;
}

/**
 * A short phrase that names someone: no verb ("Watch: …"), though a surname the tagger calls one
 * is a name ("Lynch: No outside influence …").
 */
// (A city alone before the colon is where the story is, as Indian sites head theirs: "Bengaluru: 110 Localities …".)
const namesSomeone = (ts: Token[]) => ts.length > 0 && ts.length <= 5 && !(ts.length === 1 && isPlaceName(ts[0]!.lower))
  && !ts.some((t) => (t.pos === "VERB" || t.pos === "AUX") && !isKnownPersonWord(t.lower))
  && ts.some((t) => t.pos === "PROPN" || isRoleNoun(t.lower) || isKnownPersonWord(t.lower))
  // Its head names someone or something that speaks ("IG report: State was inaccurate"); "Spain
  // and Portugal blackout: power returning …" is a topic.
  && speaks(ts.at(-1)!);
const SPEAKING_HEADS = new Set(["editorial", "report", "warning", "reaction", "statement", "poll", "survey", "study", "memo", "letter", "ruling", "verdict", "review", "analysis", "message", "view"]);
const speaks = (t: Token) => t.pos === "PROPN" || /^\p{Lu}/u.test(t.text) || isRoleNoun(t.lower) || isKnownPersonWord(t.lower) || SPEAKING_HEADS.has(t.lower);

const headlineLike = ({ paragraph: p, tokens }: ParagraphAnalysis) =>
  p.kind === "heading" || p.kind === "title" || (tokens.length <= 25 && !/[.!?"”]\s*$/.test(p.text));

/** A headline's attribution by colon or "Says". */
export const headlineFrame = (pa: ParagraphAnalysis): HeadlineFrame | null =>
  (headlineLike(pa) ? colonFrame(pa.tokens) ?? saysFrame(pa.tokens) : null);

/** A transcript's turn: the whole paragraph after its speaker's label is theirs, reports inside it too. */
export const transcriptTurn = (pa: ParagraphAnalysis): HeadlineFrame | null => (headlineLike(pa) ? null : labelFrame(pa.tokens));

function colonFrame(tokens: Token[]): HeadlineFrame | null {
  const colons = tokens.map((t, i) => (t.text === ":" ? i : -1)).filter((i) => i >= 0);
  if (colons.length !== 1) return null;
  const c = colons[0]!;
  const left = tokens.slice(0, c), right = tokens.slice(c + 1);
  // A caption's label ("Illustrative: Tourists on the beach …", "File: …"); a credit after a caption
  // ("… June 21. ST PHOTO: NG HUI WEN") is cleaned away before (src/clean/credits.ts), or ends here.
  if (PICTURE_WORDS.has(tokens[c - 1]?.lower ?? "")) return null;
  const cue = { start: tokens[c]!.start, end: tokens[c]!.end, text: ":" };
  const endOf = (ts: Token[]) => ts.at(-1)!.end;
  if (namesSomeone(left) && right.length >= 3) return { start: right[0]!.start, end: endOf(right), cue, spkFrom: 0, spkTo: c };
  if (namesSomeone(right) && left.length >= 3) return { start: left[0]!.start, end: endOf(left), cue, spkFrom: c + 1, spkTo: tokens.length };
  return null;
}

/** Words that make a title-case headline's "Says" part of a question or a topic, not a report. */
const NOT_A_SOURCE = new Set(["what", "how", "why", "when", "where", "who", "whatever", "here", "everything", "nothing"]);

/**
 * "Trump Says He Never Pledged To …", "Former Clinton Pollster Says Clinton Is In Trouble": in a
 * title-case headline the tagger takes every word for a proper noun, "Says" too, so no verb of
 * saying is found; a capitalised "Says" or "Said" after a short name phrase is one.
 */
function saysFrame(tokens: Token[]): HeadlineFrame | null {
  const k = tokens.findIndex((t) => t.text === "Says" || t.text === "Said");
  if (k < 1) return null;
  let end = tokens.length;
  while (end > k + 1 && /^[.!?;,]$/.test(tokens[end - 1]!.text)) end--;
  const left = tokens.slice(0, k), right = tokens.slice(k + 1, end);
  // Only words before it: "Wow: Al Sharpton Just Said …" is a teaser, not a report.
  const words = left.every((t) => /^[\p{L}\d]|^['’]s$/u.test(t.text) && !NOT_A_SOURCE.has(t.lower));
  if (!words || !namesSomeone(left) || right.length < 2) return null;
  const said = tokens[k]!;
  return { start: right[0]!.start, end: right.at(-1)!.end, cue: { start: said.start, end: said.end, text: said.text }, spkFrom: 0, spkTo: k };
}

/** Labels of a page's notices, not of speakers ("CORRECTION: Due to an editing error, …"). */
const NOTICE_LABELS = /^(?:CORRECTION|CLARIFICATION|UPDATE|UPDATED|BREAKING|NOTE|EDITOR|EDITORS|WATCH|READ|LISTEN|WARNING|DISCLAIMER|ADVERTISEMENT|SPONSORED|EXCLUSIVE|ANALYSIS|OPINION|PHOTOS?|VIDEO|SOURCE|SOURCES)$/;

/** A transcript's speaker label: a known name ("Matthews", "Lopez"), a name in capitals ("JAKE TAPPER"), or Q and A. */
function speakerLabel(left: Token[]): boolean {
  if (left.length === 1 && /^[QA]$/.test(left[0]!.text)) return true;
  if (left.length >= 2 && left.every((t) => /^\p{Lu}[\p{Lu}.'’-]+$/u.test(t.text))) return true;
  // "POWELL:", "MODERATOR:": one word in capitals, no English word but a role, nor a place ("WASHINGTON:").
  if (left.length === 1 && /^\p{Lu}{3,}$/u.test(left[0]!.text) && (!isCommonWord(left[0]!.lower) || isRoleNoun(left[0]!.lower))
    && !isPlaceName(left[0]!.lower) && !NOTICE_LABELS.test(left[0]!.text)) return true;
  // "Amara Okafor:": a full name the tagger calls one, first and last words no English words.
  if (left.length >= 2 && left.length <= 3 && left.every((t) => t.pos === "PROPN" && /^\p{Lu}\p{Ll}/u.test(t.text))
    && !isCommonWord(left[0]!.lower) && !isCommonWord(left.at(-1)!.lower)) return true;
  return left.every((t) => /^\p{Lu}/u.test(t.text) && isKnownPersonWord(t.lower));
}

/**
 * "Matthews: Well, speculation is bad.", "JAKE TAPPER: Take a listen.", "Q: How did things go
 * for you?": in a transcript or interview a paragraph opens with its speaker's name and a
 * colon; the rest of the paragraph is what they said.
 */
function labelFrame(tokens: Token[]): HeadlineFrame | null {
  const c = tokens.findIndex((t) => t.text === ":");
  if (c < 1 || c > 3 || tokens.length - c < 4 || !speakerLabel(tokens.slice(0, c))) return null;
  const right = tokens.slice(c + 1);
  let end = right.length;
  while (end > 1 && /^[.!?;,]$/.test(right[end - 1]!.text)) end--;
  return { start: right[0]!.start, end: right[end - 1]!.end, cue: { start: tokens[c]!.start, end: tokens[c]!.end, text: ":" }, spkFrom: 0, spkTo: c };
}
