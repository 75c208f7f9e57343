import type { StartTextJob } from "../link/index.ts";
import type { ClaimWords } from "../link/statements.ts";
import type { SimilarPair } from "../link/stories.ts";
import { replies, tsWorker } from "./ts-worker.ts";

/**
 * Linking's text-only parts on a worker thread (src/build/text-worker.ts), so a large
 * corpus's claims and story texts are compared while this thread resolves people (bench/).
 */
export const textJobOnThread: StartTextJob = (job) => {
  const worker = tsWorker(new URL("./text-worker.ts", import.meta.url));
  worker.postMessage(job);
  const [claimWords, similar] = replies(worker, 2, "text comparison");
  return { claimWords: claimWords as Promise<ClaimWords>, similar: similar as Promise<SimilarPair[]> };
};
