import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ArticleRecord } from "../model/index.ts";
import { extractorVersion } from "./version.ts";

/**
 * Per-article records on disk, keyed by the seed's content hash and the extractor version; the
 * pipeline checks the record's article id and counts hits and misses. A rebuild re-extracts only
 * what changed. A record that fails validation is treated as a miss, so a corrupt cache costs
 * time, never correctness.
 */
export class ArticleCache {
  hits = 0;
  misses = 0;
  private readonly version = extractorVersion();

  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  private file(contentHash: string): string {
    const key = createHash("sha256").update(`${this.version}\0${contentHash}`).digest("hex");
    return path.join(this.dir, `${key}.json`);
  }

  /**
   * The record last extracted from this content, whatever id it got then (ids depend on the
   * other seeds too). The caller counts hits and misses, once it knows the id the record needs.
   */
  get(contentHash: string): ArticleRecord | null {
    try {
      return ArticleRecord.parse(JSON.parse(readFileSync(this.file(contentHash), "utf8")));
    } catch {
      return null;
    }
  }

  set(record: ArticleRecord): void {
    const file = this.file(record.contentHash);
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(record));
    renameSync(tmp, file); // atomic, so a killed build never leaves half a record
  }
}
