import { parentPort } from "node:worker_threads";
import { similarArticles } from "../link/stories.ts";

export interface SimilarJob {
  texts: string[];
  dates: (string | null)[];
}

/** Finds the similar articles of the one job it is sent. */
parentPort!.once("message", ({ texts, dates }: SimilarJob) => {
  parentPort!.postMessage(similarArticles(texts, dates));
});
