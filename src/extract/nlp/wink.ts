import { createRequire } from "node:module";
import type WinkNLP from "wink-nlp";

const require = createRequire(import.meta.url);

/** What is used here of wink-nlp's internal lexeme cache (src/cache.js). */
interface WinkCache {
  lookup(text: string): number[] | null;
  add(text: string, category: number): number;
  currentSize(): number;
}
type CacheFactory = (model: unknown, featureFn: unknown) => WinkCache;

/** Caches made since the last `newNlp`, and the sizes they had when it was made. */
const made: { cache: WinkCache; known: number }[] = [];

/** Wraps wink's cache factory so that lookups find only what the cache held when `newNlp` returned. */
function historyFreeCache(factory: CacheFactory): CacheFactory {
  return (model, featureFn) => {
    const cache = factory(model, featureFn);
    const entry = { cache, known: Infinity };
    made.push(entry);
    const { lookup, add } = cache;
    // While a word is added, the model's feature functions look up its lower case, just added.
    let adding = false;
    cache.add = (text, category) => {
      adding = true;
      try {
        return add(text, category);
      } finally {
        adding = false;
      }
    };
    cache.lookup = (text) => {
      const found = lookup(text);
      return !adding && found && found.length === 1 && found[0]! >= entry.known ? null : found;
    };
    return cache;
  };
}

const cachePath = require.resolve("wink-nlp/src/cache.js");
const cacheModule = require.cache[cachePath] ?? (require(cachePath), require.cache[cachePath]!);
if (require.cache[require.resolve("wink-nlp")]) throw new Error("wink-nlp was loaded before its cache could be wrapped");
cacheModule.exports = historyFreeCache(cacheModule.exports as CacheFactory);
const winkNLP = require("wink-nlp") as typeof WinkNLP;

/**
 * A wink-nlp instance whose tokeniser does not depend on what it parsed before. wink's cache
 * learns every out-of-vocabulary word it meets, and the tokeniser takes a learned word as known
 * ("D-Md." kept whole or split, a name with a period), so an article's tokens depended on which
 * articles its thread had parsed first: of 800 articles extracted forwards and backwards, 334
 * records differed, and a build on two workers differed from one on four. Here the tokeniser's
 * lookups see only the words the cache held once the instance was made (the model's, and the few
 * wink adds while loading); learned words are still added and found by `add`, so a token keeps
 * its properties. wink has no option for this, so its cache factory is wrapped before wink-nlp
 * loads it (wink reads `cache.lookup` at each call).
 */
export function newNlp(...args: Parameters<typeof WinkNLP>): ReturnType<typeof WinkNLP> {
  const nlp = winkNLP(...args);
  // currentSize() leaves out the OOV symbol at index 0.
  for (const entry of made.splice(0)) {
    entry.known = entry.cache.currentSize() + 1;
    vocabulary ??= entry.cache;
  }
  return nlp;
}

let vocabulary: WinkCache | null = null;

/** Whether the model's vocabulary has `word` as written (learned words do not count). */
export const inVocabulary = (word: string): boolean => vocabulary?.lookup(word) != null;
/** Whether `inVocabulary` can answer yet: the model loads with the first text analysed. */
export const vocabularyLoaded = (): boolean => vocabulary !== null;
