import { hash } from "node:crypto";

/** Case-, accent-, quote- and space-folded form used as a comparison key. */
export function foldText(s: string): string {
  return foldBare(stripMarks(s));
}

const stripMarks = (s: string): string => s.normalize("NFKD").replace(/\p{M}+/gu, "");

function foldBare(s: string): string {
  return s
    .replace(/[“”„«»"]/g, '"')
    .replace(/[‘’‚`']/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

// Linking asks for the key of the same few thousand names hundreds of thousands of times.
const nameKeys = new Map<string, string>();
const NAME_KEY_CACHE = 200_000;

/** Key of a name: folded, leading article dropped, hyphens and dots treated as spaces. */
export function nameKey(name: string): string {
  let key = nameKeys.get(name);
  if (key === undefined) {
    if (nameKeys.size >= NAME_KEY_CACHE) nameKeys.clear();
    nameKeys.set(name, (key = computeNameKey(name)));
  }
  return key;
}

function computeNameKey(name: string): string {
  // Dotted initials close up first, so "U.S." and "US" are one key.
  return foldText(name.replace(/(?<=^|[\s.])(\p{Lu})\.(?=\p{Lu}\.|\s|$)/gu, "$1"))
    .replace(/^the\s+/, "")
    .replace(/'s$/, "")
    .replace(/[.\-‐–]/g, " ")
    .replace(/[^\p{L}\p{N} ]/gu, "")
    .replace(/\s+/g, " ")
    .trim();
}

export function nameTokens(name: string): string[] {
  return nameKey(name).split(" ").filter(Boolean);
}

// Function words and reporting filler: they carry no content, so dropping them lets
// translations that differ only in such words ("could"/"can") compare as equal.
const STOPWORDS = new Set(
  ("a an the and or but if of in on at to for from by with without about as into onto over under " +
    "is are was were be been being am do does did has have had having will would shall should can could " +
    "may might must this that these those it its it's they them their we us our you your he him his she her " +
    "i me my not no so than then there here which who whom whose what when where why how all any some " +
    "also even just very more most such only own same other both each few many much too again once up out " +
    "off down now s t").split(" "),
);

const SUFFIXES = ["ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "es", "ed", "ly", "s"];
/** SUFFIXES by their last letter, in the same order: a word need only be tested against those. */
const SUFFIXES_BY_LAST = new Map<string, string[]>();
for (const s of SUFFIXES) SUFFIXES_BY_LAST.set(s.at(-1)!, [...(SUFFIXES_BY_LAST.get(s.at(-1)!) ?? []), s]);

/** A light suffix stripper: enough to match "supports"/"support", "growing"/"grow" across outlets. */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  for (const suffix of SUFFIXES_BY_LAST.get(word.at(-1)!) ?? []) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) return word.slice(0, -suffix.length);
  }
  return word;
}

/**
 * Calls `visit` with each content word of a text: folded (foldText), split on everything but
 * letters and digits (\p{L}, \p{N}), function words dropped, stemmed, in order. Splitting makes
 * foldText's quote and space clean-up moot, so it is skipped, unless the text holds a capital
 * sigma, whose lower case depends on the characters around it. The split is a scan over a table
 * of UTF-16 units: a Unicode regex split costs several times more on long texts.
 */
export function forEachContentWord(text: string, visit: (word: string) => void): void {
  const bare = stripMarks(text);
  const folded = bare.includes("Σ") ? foldBare(bare) : bare.toLowerCase();
  const table = wordUnits();
  const emit = (start: number, end: number): void => {
    const w = folded.slice(start, end);
    if (!STOPWORDS.has(w)) visit(stem(w));
  };
  let start = -1;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && isLowSurrogate(folded.charCodeAt(i + 1));
    if (pair ? WORD_CHAR.test(folded.slice(i, i + 2)) : table[c] === 1) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      emit(start, i);
      start = -1;
    }
    if (pair) i++;
  }
  if (start >= 0) emit(start, folded.length);
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
let units: Uint8Array | undefined;

/** 1 for each UTF-16 unit that is a letter or digit on its own (never a surrogate). */
function wordUnits(): Uint8Array {
  if (!units) {
    units = new Uint8Array(0x10000);
    for (let c = 0; c < 0x10000; c++) if (WORD_CHAR.test(String.fromCharCode(c))) units[c] = 1;
  }
  return units;
}

/** Content words of a text, folded and stemmed, in order (see forEachContentWord). */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  forEachContentWord(text, (w) => out.push(w));
  return out;
}

/**
 * The distinct texts of a list, and for each entry the index of its text among them. Copies of a
 * wire story repeat the same quotes and paragraphs word for word (at 10,000 bench articles,
 * 156,000 claims have about a fifth as many distinct texts), and each need be read only once.
 */
export function distinctTexts(all: readonly string[]): { texts: string[]; of: Int32Array<ArrayBuffer> } {
  const index = new Map<string, number>();
  const of = new Int32Array(all.length);
  all.forEach((text, i) => {
    let k = index.get(text);
    if (k === undefined) index.set(text, (k = index.size));
    of[i] = k;
  });
  return { texts: [...index.keys()], of };
}

/** Short hex digest, for ids derived from content. */
export function digest(s: string, length = 8): string {
  return hash("sha256", s).slice(0, length);
}
