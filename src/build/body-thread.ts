import type { LinkedArticle } from "../model/index.ts";
import { bodyInput } from "../site/body.ts";
import type { Db } from "../site/db.ts";
import { tsWorker } from "./ts-worker.ts";

/** Articles per message to the thread. */
const BATCH = 100;

/**
 * Article bodies made ahead on a worker thread while Eleventy renders on this one (the body
 * filter was ~40% of rendering an article page). `take` hands over a body once, if it has
 * arrived; the filter makes any other itself with the same function, so what is written never
 * depends on timing. Asked for one run's articles at a time, it holds few bodies at once.
 */
export class BodyThread {
  private readonly ready = new Map<string, string>();
  private readonly worker = tsWorker(new URL("./body-worker.ts", import.meta.url));

  constructor(private readonly db: Db) {
    this.worker.on("message", (pairs: [string, string][]) => {
      for (const [id, html] of pairs) this.ready.set(id, html);
    });
    // A failed thread costs only speed: the filter makes every body itself.
    this.worker.on("error", () => {});
    this.worker.unref();
  }

  /** Starts on these articles' bodies. */
  prepare(articles: readonly LinkedArticle[]): void {
    for (let i = 0; i < articles.length; i += BATCH) {
      this.worker.postMessage(articles.slice(i, i + BATCH).map((a) => bodyInput(a, this.db)));
    }
  }

  take(id: string): string | undefined {
    const html = this.ready.get(id);
    this.ready.delete(id);
    return html;
  }

  async close(): Promise<void> {
    this.ready.clear();
    await this.worker.terminate();
  }
}
