import { parentPort } from "node:worker_threads";
import type { TextJob } from "../link/index.ts";
import { claimWords } from "../link/statements.ts";
import { similarArticles } from "../link/stories.ts";

/**
 * Does the one TextJob it is sent: claimWords first (linking needs them sooner), its arrays moved
 * rather than copied, then similarArticles.
 */
parentPort!.once("message", ({ story, dates, claimTexts }: TextJob) => {
  const words = claimWords(claimTexts);
  parentPort!.postMessage(words, [words.ids.buffer, words.offsets.buffer, words.signatures.buffer]);
  parentPort!.postMessage(similarArticles(story, dates));
});
