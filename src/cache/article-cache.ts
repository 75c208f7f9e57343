import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { threadId } from "node:worker_threads";
import { ArticleRecord } from "../model/index.ts";
import { extractorVersion } from "./version.ts";

/**
 * Per-article records on disk, keyed by the seed's content hash and the extractor version, each
 * under the id its title alone gives it (the pipeline renames it where the corpus needs another,
 * and counts hits and misses). A rebuild re-extracts only what changed. A record that fails
 * validation is treated as a miss, so a corrupt cache costs time, never correctness.
 */
export class ArticleCache {
  hits = 0;
  misses = 0;
  private readonly version = extractorVersion();

  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  private file(contentHash: string): string {
    const key = createHash("sha256").update(`${this.version}\0${contentHash}`).digest("hex");
    return path.join(this.dir, `${key}.json`);
  }

  /** The record last extracted from this content, or null. */
  get(contentHash: string): ArticleRecord | null {
    try {
      return ArticleRecord.parse(JSON.parse(readFileSync(this.file(contentHash), "utf8")));
    } catch {
      return null;
    }
  }

  set(record: ArticleRecord): void {
    this.setJson(record.contentHash, JSON.stringify(record));
  }

  /** `set` for a record already serialised, as extraction workers have it. */
  setJson(contentHash: string, json: string): void {
    const file = this.file(contentHash);
    const tmp = `${file}.${process.pid}.${threadId}.tmp`;
    writeFileSync(tmp, json);
    renameSync(tmp, file); // atomic, so a killed build never leaves half a record
  }
}
