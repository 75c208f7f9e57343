import type { FindSimilar } from "../link/index.ts";
import type { SimilarPair } from "../link/stories.ts";
import type { SimilarJob } from "./similar-worker.ts";
import { tsWorker } from "./ts-worker.ts";

/**
 * similarArticles on a worker thread, so a large corpus's story texts are compared while this
 * thread resolves people and statements (the linking stage's two largest parts, ~4 s each at
 * 10,000 articles; bench/).
 */
export const findSimilarOnThread: FindSimilar = async (texts, dates) => {
  const worker = tsWorker(new URL("./similar-worker.ts", import.meta.url));
  try {
    return await new Promise<SimilarPair[]>((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
      worker.once("exit", (code) => reject(new Error(`story similarity thread exited with code ${code}`)));
      worker.postMessage({ texts, dates } satisfies SimilarJob);
    });
  } finally {
    await worker.terminate();
  }
};
