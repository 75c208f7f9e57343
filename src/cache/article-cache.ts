import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ArticleRecord } from "../model/index.ts";
import { extractorVersion } from "./version.ts";

/**
 * Per-article records on disk, keyed by the seed's content hash, its article id and the
 * extractor version: a rebuild re-extracts only what changed. A record that fails validation
 * is treated as a miss, so a corrupt cache costs time, never correctness.
 */
export class ArticleCache {
  hits = 0;
  misses = 0;
  private readonly version = extractorVersion();

  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  private file(contentHash: string, id: string): string {
    const key = createHash("sha256").update(`${this.version}\0${contentHash}\0${id}`).digest("hex");
    return path.join(this.dir, `${key}.json`);
  }

  get(contentHash: string, id: string): ArticleRecord | null {
    try {
      const record = ArticleRecord.parse(JSON.parse(readFileSync(this.file(contentHash, id), "utf8")));
      this.hits++;
      return record;
    } catch {
      this.misses++;
      return null;
    }
  }

  set(record: ArticleRecord): void {
    const file = this.file(record.contentHash, record.id);
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(record));
    renameSync(tmp, file); // atomic, so a killed build never leaves half a record
  }
}
