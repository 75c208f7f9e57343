import { hash } from "node:crypto";
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
 *
 * A cache that lives across builds (the dev server's) can also keep the records of the last
 * build in memory, already validated: reading and parsing 10,000 of them took 3–4 s of every
 * rebuild. Records are never changed once made (every stage builds new objects), so handing
 * out the same object again is safe.
 */
export class ArticleCache {
  hits = 0;
  misses = 0;
  private readonly version = extractorVersion();
  /** By content hash: records got or set in this build, and those of the build before. */
  private current: Map<string, ArticleRecord> | null;
  private previous = new Map<string, ArticleRecord>();

  constructor(readonly dir: string, options: { inMemory?: boolean } = {}) {
    mkdirSync(dir, { recursive: true });
    this.current = options.inMemory ? new Map() : null;
  }

  /** Counts from zero again; records in memory that the last build did not use are let go. */
  startBuild(): void {
    this.hits = this.misses = 0;
    if (this.current) [this.previous, this.current] = [this.current, new Map()];
  }

  private file(contentHash: string): string {
    const key = hash("sha256", `${this.version}\0${contentHash}`);
    return path.join(this.dir, `${key}.json`);
  }

  /** The record last extracted from this content, or null. */
  get(contentHash: string): ArticleRecord | null {
    const kept = this.current?.get(contentHash) ?? this.previous.get(contentHash);
    if (kept) return this.keep(kept);
    try {
      return this.keep(ArticleRecord.parse(JSON.parse(readFileSync(this.file(contentHash), "utf8"))));
    } catch {
      return null;
    }
  }

  set(record: ArticleRecord): void {
    this.setJson(record.contentHash, JSON.stringify(record));
    this.keep(record);
  }

  private keep(record: ArticleRecord): ArticleRecord {
    this.current?.set(record.contentHash, record);
    return record;
  }

  /** `set` for a record already serialised, as extraction workers have it. */
  setJson(contentHash: string, json: string): void {
    const file = this.file(contentHash);
    const tmp = `${file}.${process.pid}.${threadId}.tmp`;
    writeFileSync(tmp, json);
    renameSync(tmp, file); // atomic, so a killed build never leaves half a record
  }
}
