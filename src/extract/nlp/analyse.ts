import type { ItemSentence } from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Paragraph } from "../../model/index.ts";
import { foldForTagger } from "./fold.ts";
import { newNlp } from "./wink.ts";

/**
 * Tokens, part-of-speech tags and sentences for the kept paragraphs, with source offsets.
 * wink-nlp is used rather than compromise because it is ~15× faster per article (measured:
 * DESIGN.md, and scripts/eval-polnear.ts reports the whole-corpus time); its lack of a PERSON
 * entity is made up for by compromise's name lexicon (see lexicon.ts).
 * Only sentences and tags are read, so the pipe skips entities, negation and sentiment: those
 * stages only add annotations of their own and cost about 40% of the parse.
 * wink's tokeniser is made independent of what it parsed before (see wink.ts).
 */
const nlp = newNlp(model, ["sbd", "pos"]);
const its = nlp.its;

export interface Token {
  text: string;
  lower: string;
  lemma: string;
  pos: string;
  /** Absolute offsets into the source text. */
  start: number;
  end: number;
  /** Whitespace precedes this token. */
  spaced: boolean;
}

export interface Sentence {
  /** Token index range in the paragraph, end exclusive. */
  from: number;
  to: number;
  start: number;
  end: number;
}

export interface ParagraphAnalysis {
  index: number;
  paragraph: Paragraph;
  tokens: Token[];
  sentences: Sentence[];
}

/** Finite forms of the commonest verbs of saying. */
const REPORTED: ReadonlySet<string> = new Set(["said", "says", "told", "tells", "wrote", "writes", "added", "adds"]);

function analyseParagraph(p: Paragraph, index: number): ParagraphAnalysis {
  const folded = foldForTagger(p.text);
  const doc = nlp.readDoc(folded);
  const all = doc.tokens();
  const values = all.out(its.value);
  const pos = all.out(its.pos);
  // `its.lemma` is typed as needing model addons; the lite model supplies them at run time.
  const lemma = all.out(its.lemma as unknown as typeof its.value);
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? "";
    // wink is lossless, but locating each value keeps offsets exact even if a token is normalised.
    let at = folded.indexOf(v, cursor);
    if (at < 0) at = cursor;
    const spaced = at > cursor || (at > 0 && /\s/.test(p.text[at - 1] ?? ""));
    cursor = at + v.length;
    const text = folded === p.text ? v : p.text.slice(at, at + v.length);
    // A folded word's lemma is of the folded spelling; names (the words folding touches) are their own lemma.
    const lower = text.toLowerCase();
    tokens.push({ text, lower, lemma: text === v ? (lemma[i] ?? v).toLowerCase() : lower, pos: pos[i] ?? "X", start: p.start + at, end: p.start + at + v.length, spaced });
  }
  const sentences: Sentence[] = [];
  doc.sentences().each((s: ItemSentence) => {
    const [a, b] = s.out(its.span) as unknown as [number, number];
    const first = tokens[a], last = tokens[b];
    if (first && last) sentences.push({ from: a, to: b + 1, start: first.start, end: last.end });
  });
  // "Sen. Ann Lee (D-Md.) said …": an abbreviation is not a sentence end when lower case follows.
  for (let i = 0; i + 1 < sentences.length; i++) {
    const s = sentences[i]!, next = sentences[i + 1]!;
    // "Sen. Ann Lee (D-N.Y.) said": nor is one inside an open parenthesis.
    let depth = 0;
    for (let k = s.from; k < s.to; k++) depth += tokens[k]!.text === "(" ? 1 : tokens[k]!.text === ")" ? -1 : 0;
    const open = depth > 0;
    // Nor one a comma follows ("Rep. Ann Lee (D-Md.), a member of …, said").
    const last = tokens[s.to - 1]?.text ?? "", lower = /^\p{Ll}/u.test(tokens[next.from]?.text ?? "");
    // Nor a question or exclamation quoted before its speaker ("“… cars?” launched Rousseau").
    const quoted = /^[?!]$/.test(last) || (/^[”"»]$|^''$/.test(last) && /^[?!,]$/.test(tokens[s.to - 2]?.text ?? ""));
    const attributed = lower && tokens[next.from]?.pos === "VERB" && /^(PROPN|DET)$/.test(tokens[next.from + 1]?.pos ?? "");
    // Nor a decimal point the tokeniser split off ("N3.2m", "€1.5bn"): digits follow it with no space.
    const decimal = last === "." && tokens[next.from]?.spaced === false && /^\d/.test(tokens[next.from]!.text);
    if (((lower || /^[,;:]$/.test(tokens[next.from]?.text ?? "") || open) && /^[.)]$/.test(last)) || (quoted && attributed) || decimal) {
      sentences.splice(i + 1, 1);
      sentences[i] = { from: s.from, to: next.to, start: s.start, end: next.end };
      i--;
    }
  }
  // The lite model often tags capitalised names as verbs or auxiliaries ("said Will Doyle",
  // "Tom Burke"). Mid-sentence, in running text, a capitalised word is a proper noun.
  if (p.kind !== "heading") {
    const starts = new Set(sentences.map((s) => s.from));
    tokens.forEach((t, i) => {
      const prev = tokens[i - 1];
      if (t.pos === "PROPN" || starts.has(i) || t.text === "I" || !/^\p{Lu}\p{Ll}/u.test(t.text)) return;
      if (!prev || /^[“"‘'(:\[•·–—-]$/.test(prev.text) || prev.text === "''") return;
      t.pos = "PROPN";
    });
    // "Cook said …", "Rose said …": opening a sentence, a surname that is also a verb is tagged a
    // verb, but a verb is never followed by a finite "said", "says", "told" or "wrote".
    for (const { from } of sentences) {
      const t = tokens[from], next = tokens[from + 1];
      if (t?.pos === "VERB" && /^\p{Lu}\p{Ll}/u.test(t.text) && next?.pos === "VERB" && REPORTED.has(next.lower)) [t.pos, t.lemma] = ["PROPN", t.lower];
    }
  }
  return { index, paragraph: p, tokens, sentences };
}

let memo: { text: string; paragraphs: readonly Paragraph[]; result: ParagraphAnalysis[] } | null = null;

/** Analyses every paragraph; remembers the last call so mentions and claims share one pass. */
export function analyse(text: string, paragraphs: readonly Paragraph[]): ParagraphAnalysis[] {
  if (memo && memo.text === text && memo.paragraphs === paragraphs) return memo.result;
  const result = paragraphs.map(analyseParagraph);
  memo = { text, paragraphs, result };
  return result;
}
