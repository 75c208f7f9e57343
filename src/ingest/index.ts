import { createHash } from "node:crypto";
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from "node:fs";
import path from "node:path";
import { type Problem, SourceDoc } from "../model/index.ts";
import { DEFAULT_MAX_BYTES, formatOf, isBlank, looksBinary, magicKind, SEED_EXTENSIONS } from "./classify.ts";
import { decode } from "./decode.ts";
import { parseFrontMatter } from "./frontmatter.ts";
import { errorCode, isInside, listSeeds } from "./walk.ts";

export { DEFAULT_MAX_BYTES, SEED_EXTENSIONS } from "./classify.ts";

export interface ReadSeedsOptions {
  /** Files larger than this are skipped unread. Default 5 MiB. */
  maxBytes?: number;
}

export interface SeedResult {
  source?: SourceDoc;
  problems: Problem[];
}

function sha256(data: Uint8Array | string): string {
  return createHash("sha256").update(data).digest("hex");
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KB` : `${n} bytes`;
}

const skip = (file: string, severity: Problem["severity"], code: string, message: string): SeedResult => ({
  problems: [{ file, severity, code, message }],
});

/** Reads a regular file of at most `maxBytes`; O_NONBLOCK keeps a FIFO named like a seed from hanging the build. */
function readBounded(real: string, file: string, maxBytes: number): Uint8Array | SeedResult {
  let fd: number;
  try {
    fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return skip(file, "error", "unreadable", `cannot be opened (${errorCode(error)}); skipped`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return skip(file, "error", "not-a-file", "is not a regular file (a folder, FIFO, socket or device); skipped");
    if (stat.size > maxBytes) {
      return skip(file, "error", "too-large", `is ${formatBytes(stat.size)}, over the ${formatBytes(maxBytes)} limit (maxBytes); skipped unread`);
    }
    const bytes = Buffer.allocUnsafe(stat.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break; // truncated while reading: use what is there
      read += n;
    }
    return bytes.subarray(0, read);
  } catch (error) {
    return skip(file, "error", "unreadable", `cannot be read (${errorCode(error)}); skipped`);
  } finally {
    closeSync(fd);
  }
}

/** Reads one seed, given the real path of the seeds folder. Never throws. */
function readInRoot(root: string, file: string, options: ReadSeedsOptions): SeedResult {
  const format = formatOf(file);
  if (!format) return skip(file, "warning", "unsupported-extension", `is not a seed: only ${SEED_EXTENSIONS.join(", ")} files are read; skipped`);

  let real: string;
  try {
    real = realpathSync.native(path.resolve(root, file));
  } catch (error) {
    const code = errorCode(error);
    if (code === "ELOOP") return skip(file, "error", "symlink-loop", "symlink loops back on itself; skipped");
    return skip(file, "error", "unreadable", `cannot be read (${code === "ENOENT" ? "missing, or a dangling symlink" : code}); skipped`);
  }
  if (!isInside(root, real)) return skip(file, "error", "outside-seeds", "resolves outside the seeds folder (symlink or ../); skipped");

  const bytes = readBounded(real, file, options.maxBytes ?? DEFAULT_MAX_BYTES);
  if (!(bytes instanceof Uint8Array)) return bytes;
  if (bytes.length === 0) return skip(file, "warning", "empty", "is empty; skipped");
  const kind = magicKind(bytes);
  if (kind) return skip(file, "error", "binary", `is a ${kind}, not text; skipped`);

  const decoded = decode(bytes);
  if (!decoded.ok) return skip(file, "error", "binary", `${decoded.reason}: binary data, not text; skipped`);
  const { text, encoding } = decoded;
  if (looksBinary(text)) return skip(file, "error", "binary", `is mostly control characters (decoded as ${encoding}): binary data, not text; skipped`);
  if (isBlank(text)) return skip(file, "warning", "empty", "contains only whitespace; skipped");

  const problems: Problem[] = [];
  if (decoded.repaired) {
    problems.push({ file, severity: "warning", code: "encoding", message: `is UTF-8 with ${decoded.repaired} stray byte(s) that are not; they were read as Windows-1252` });
  }
  // A .txt scrape may legitimately start with `---`: only Markdown seeds carry front matter.
  const fm = format === "md" ? parseFrontMatter(text, file) : { frontMatter: {}, bodyStart: 0, problems: [] };
  problems.push(...fm.problems);
  if (isBlank(text.slice(fm.bodyStart))) return { problems: [...problems, { file, severity: "warning", code: "empty", message: "has front matter but no body; skipped" }] };

  const doc = SourceDoc.safeParse({ file, format, contentHash: sha256(bytes), encoding, text, bodyStart: fm.bodyStart, frontMatter: fm.frontMatter });
  if (!doc.success) return { problems: [...problems, { file, severity: "error", code: "invalid", message: `could not be turned into a source record (${doc.error.message}); skipped` }] };
  return { source: doc.data, problems };
}

/** Reads one seed (`relPath` relative to `dir`). Never throws: a seed that cannot be used comes back as problems only. */
export function readSeed(dir: string, relPath: string, options: ReadSeedsOptions = {}): SeedResult {
  const file = relPath.split(path.sep).join("/");
  try {
    return readInRoot(realpathSync.native(dir), file, options);
  } catch (error) {
    return skip(file, "error", "unreadable", `the seeds folder cannot be read (${errorCode(error)}); skipped`);
  }
}

/** Same article text whatever the BOM, encoding or line endings of the file. */
function duplicateKey(source: SourceDoc): string {
  return sha256(source.text.replace(/\r\n?/g, "\n").trimEnd());
}

/** Keeps the first of seeds with identical content (callers pass them in path order) and reports the rest. */
export function dropDuplicates(sources: SourceDoc[]): { sources: SourceDoc[]; problems: Problem[] } {
  const first = new Map<string, string>();
  const kept: SourceDoc[] = [];
  const problems: Problem[] = [];
  for (const source of sources) {
    const key = duplicateKey(source);
    const original = first.get(key);
    if (original === undefined) {
      first.set(key, source.file);
      kept.push(source);
    } else {
      problems.push({ file: source.file, severity: "warning", code: "duplicate", message: `has the same content as ${original}; only that one is used` });
    }
  }
  return { sources: kept, problems };
}

/** Reads every seed under `dir` (recursively, in path order). Never throws; every skipped file is a problem. */
export function readSeeds(dir: string, options: ReadSeedsOptions = {}): { sources: SourceDoc[]; problems: Problem[] } {
  const listed = listSeeds(dir);
  const problems = [...listed.problems];
  const sources: SourceDoc[] = [];
  for (const file of listed.rootReal === undefined ? [] : listed.files) {
    const result = readInRoot(listed.rootReal ?? dir, file, options);
    problems.push(...result.problems);
    if (result.source) sources.push(result.source);
  }
  const unique = dropDuplicates(sources);
  problems.push(...unique.problems);
  // Stable sort: per-file problems stay in the order they were found.
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { sources: unique.sources, problems };
}
