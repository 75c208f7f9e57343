import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { LinkedArticle } from "../model/index.ts";
import { articleJsonUrl } from "./urls.ts";

/** Files written at once: enough to keep libuv's threads busy, few enough to hold little text. */
const IN_FLIGHT = 32;

/**
 * Writes each article's whole linked record to `/api/articles/ID.json` under `root` (what
 * `/api/articles.json` lists). Not an Eleventy template: the file is the record as JSON, and as
 * 10,000 pagination pages Eleventy spent more on them than on stringifying them; written here
 * with async writes, the writing happens off the main thread while Eleventy renders.
 */
export async function writeArticleJson(articles: Iterable<LinkedArticle>, root: string): Promise<void> {
  let made = false;
  let batch: Promise<void>[] = [];
  for (const article of articles) {
    const file = path.join(root, articleJsonUrl(article.id));
    if (!made) await mkdir(path.dirname(file), { recursive: true });
    made = true;
    batch.push(writeFile(file, JSON.stringify(article)));
    if (batch.length === IN_FLIGHT) {
      await Promise.all(batch);
      batch = [];
    }
  }
  await Promise.all(batch);
}
