import type { FindSimilar } from "../link/index.ts";
import type { SimilarPair } from "../link/stories.ts";
import type { SimilarJob } from "./similar-worker.ts";
import { firstReply, tsWorker } from "./ts-worker.ts";

/**
 * similarArticles on a worker thread, so a large corpus's story texts are compared while this
 * thread resolves people and statements (the linking stage's two largest parts, ~4 s each at
 * 10,000 articles; bench/).
 */
export const findSimilarOnThread: FindSimilar = (texts, dates) => {
  const worker = tsWorker(new URL("./similar-worker.ts", import.meta.url));
  worker.postMessage({ texts, dates } satisfies SimilarJob);
  return firstReply<SimilarPair[]>(worker, "story similarity");
};
