import matter from "gray-matter";
import type { z } from "zod";
import { FrontMatter, type Problem } from "../model/index.ts";

export interface FrontMatterResult {
  frontMatter: FrontMatter;
  /** Offset in the text where the body starts (0 when there is no usable front matter block). */
  bodyStart: number;
  problems: Problem[];
}

/** gray-matter's own safe YAML loader (js-yaml safeLoad); its typings leave out `matter.engines`. */
const safeYaml = (matter as unknown as { engines: { yaml: { parse(block: string): unknown } } }).engines.yaml;

/**
 * Keys other site generators use for the same fields (Eleventy, Jekyll and Hugo date a post with
 * `date`; a single `author` is common), read as the field they stand for.
 */
const ALIASES: Readonly<Record<string, keyof FrontMatter>> = { date: "published", author: "authors" };
const ALLOWED_KEYS = [...Object.keys(FrontMatter.shape), ...Object.keys(ALIASES)];
/** A top-level `key:` at column 0, bare or quoted. */
const KEY_LINE = /^(?:"([^"]+)"|'([^']+)'|([^\s#"'{[\-?:][^:#]*?))[ \t]*:(?:\s|$)(.*)$/;

type Captured = { value: unknown } | { error: unknown } | null;

/** 1-based line of each top-level key, and its raw scalar text, in the front matter block. */
function keyLines(block: string): Map<string, { line: number; raw: string }> {
  const keys = new Map<string, { line: number; raw: string }>();
  block.split("\n").forEach((text, i) => {
    const m = KEY_LINE.exec(text);
    const key = m && (m[1] ?? m[2] ?? m[3]);
    // Line 0 of the block is the rest of the opening `---` line, so block line i is file line i + 1.
    if (m && key && !keys.has(key)) keys.set(key, { line: i + 1, raw: (m[4] ?? "").replace(/\s+#.*$/, "").trim() });
  });
  return keys;
}

/** The key whose entry holds a given file line: the last top-level key at or before it. */
function keyAt(keys: Map<string, { line: number }>, line: number): string | undefined {
  let found: string | undefined;
  for (const [key, at] of keys) if (at.line <= line) found = key; // keys are in line order
  return found;
}

/**
 * js-yaml reports where it noticed a syntax error, which can be lines after the entry that
 * caused it (an unclosed list). Parsing each top-level entry alone finds the entry at fault.
 */
function locateYamlError(block: string, keys: Map<string, { line: number }>, error: unknown): { line?: number; field?: string; reason: string } {
  const lines = block.split("\n");
  const starts = [...keys.entries()];
  for (const [n, [field, at]] of starts.entries()) {
    const end = starts[n + 1]?.[1].line ?? lines.length + 1;
    try {
      safeYaml.parse(lines.slice(at.line - 1, end - 1).join("\n"));
    } catch (entryError) {
      const { line, reason } = yamlErrorPosition(entryError);
      // "end of the stream" errors point one line past the entry: clamp into it.
      return { line: Math.min(at.line + (line ?? 1) - 1, end - 1), field, reason };
    }
  }
  // Every entry parses alone (e.g. a duplicated key): trust the parser's own position.
  const { line, reason } = yamlErrorPosition(error);
  return { line, field: line === undefined ? undefined : keyAt(keys, line), reason };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

function yamlErrorPosition(error: unknown): { line?: number; reason: string } {
  const e = error as { reason?: unknown; message?: unknown; mark?: { line?: unknown; column?: unknown } };
  const reason = typeof e.reason === "string" ? e.reason : typeof e.message === "string" ? e.message.split("\n")[0] ?? "" : String(error);
  const line = typeof e.mark?.line === "number" ? e.mark.line + 1 : undefined;
  return { line, reason };
}

function describeIssue(issue: z.core.$ZodIssue, data: Record<string, unknown>): { code: string; message: string } {
  const field = String(issue.path[0]);
  const where = issue.path.map((p, i) => (i === 0 ? String(p) : typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("");
  const value = data[field];
  if (field === "url" && typeof value === "string") {
    const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
    if (scheme && scheme !== "http" && scheme !== "https") {
      return { code: "unsafe-url", message: `front matter "url" uses the ${scheme}: scheme; only http and https links are allowed, so the url is dropped` };
    }
  }
  if (field === "published" && (typeof value === "string" || value instanceof Date)) {
    const shown = typeof value === "string" ? value : value.toISOString();
    return { code: "front-matter", message: `front matter "published" is "${shown}", not a real date as YYYY-MM-DD or an ISO 8601 date-time with offset; the field is dropped` };
  }
  return { code: "front-matter", message: `front matter "${where}": ${issue.message}; the field is dropped` };
}

/**
 * Splits off and validates YAML front matter of a Markdown seed. Never throws: a broken block
 * or field becomes a warning and is dropped, the body is always kept.
 */
export function parseFrontMatter(text: string, file: string): FrontMatterResult {
  const none: FrontMatterResult = { frontMatter: {}, bodyStart: 0, problems: [] };
  if (!text.startsWith("---") || text[3] === "-") return none;

  // A length-preserving copy: lone CR becomes LF so old Mac line endings split like the others,
  // and every offset found in the copy is an offset in `text`.
  let copy = text.replace(/\r(?!\n)/g, "\n");
  const problems: Problem[] = [];
  const warn = (p: Omit<Problem, "file" | "severity">) => problems.push({ file, severity: "warning", ...p });

  const fenceEnd = copy.indexOf("\n") === -1 ? copy.length : copy.indexOf("\n");
  const language = copy.slice(3, fenceEnd).trim();
  const foreign = language !== "" && !/^ya?ml$/i.test(language);
  if (foreign) {
    // gray-matter would hand `---js` blocks to eval(); blank the tag so only YAML is ever parsed.
    copy = "---" + " ".repeat(fenceEnd - 3) + copy.slice(fenceEnd);
  }
  const close = copy.indexOf("\n---", 3);
  if (close === -1) {
    warn({ code: "front-matter", line: 1, message: "front matter opened with --- is never closed; the whole file is read as body" });
    return { ...none, problems };
  }

  // gray-matter copies its whole input into a Buffer: give it only the block, the closing fence and
  // the line break it strips after it, then measure the body from the end of that head.
  const head = copy.slice(0, close + 6);
  let captured: Captured = null;
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(head, {
      language: "yaml",
      engines: {
        yaml: (block: string) => {
          try {
            captured = { value: safeYaml.parse(block) };
          } catch (error) {
            captured = { error };
          }
          return {};
        },
        javascript: () => {
          throw new Error("JavaScript front matter is not allowed");
        },
      },
    });
  } catch (error) {
    warn({ code: "front-matter", line: 1, message: `front matter could not be read (${String(error)}); the whole file is read as body` });
    return { ...none, problems };
  }
  const bodyStart = head.length - parsed.content.length;
  const result = (frontMatter: FrontMatter): FrontMatterResult => ({ frontMatter, bodyStart, problems });
  if (foreign) {
    warn({ code: "front-matter", line: 1, message: `front matter in "${language}" is not supported (YAML only); it is ignored` });
    return result({});
  }

  const keys = keyLines(parsed.matter);
  const got = captured as Captured;
  if (got === null) return result({}); // empty block
  if ("error" in got) {
    const { line, field, reason } = locateYamlError(parsed.matter, keys, got.error);
    warn({ code: "front-matter", line, field, message: `front matter is not valid YAML (${reason}${line ? ` at line ${line}` : ""}); all of it is ignored, the body is kept` });
    return result({});
  }
  if (got.value === null || got.value === undefined) return result({});
  if (!isPlainObject(got.value)) {
    warn({ code: "front-matter", line: 2, message: "front matter must be `key: value` lines; it is ignored" });
    return result({});
  }

  const data: Record<string, unknown> = { ...got.value };
  for (const [alias, key] of Object.entries(ALIASES)) {
    if (!(alias in data)) continue;
    if (key in data) {
      warn({ code: "front-matter", field: alias, line: keys.get(alias)?.line, message: `front matter has both "${alias}" and "${key}"; "${alias}" is ignored` });
    } else {
      data[key] = alias === "author" && typeof data[alias] === "string" ? [data[alias]] : data[alias];
      if (keys.has(alias)) keys.set(key, keys.get(alias)!);
    }
    delete data[alias];
  }
  // YAML turns 2024-13-45 into a rolled-over Date; validate the date as written instead.
  const published = keys.get("published");
  if (data.published instanceof Date && published?.raw) data.published = published.raw.replace(/^(["'])(.*)\1$/, "$2");

  const check = FrontMatter.safeParse(data);
  if (check.success) return result(check.data);

  const dropped = new Set<string>();
  for (const issue of check.error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        dropped.add(key);
        warn({ code: "front-matter", field: key, line: keys.get(key)?.line, message: `unknown front matter key "${key}" (allowed: ${ALLOWED_KEYS.join(", ")}); it is ignored` });
      }
      continue;
    }
    const field = String(issue.path[0]);
    if (dropped.has(field)) continue; // one problem per field (an array can fail on every item)
    dropped.add(field);
    warn({ field, line: keys.get(field)?.line, ...describeIssue(issue, data) });
  }
  const kept = FrontMatter.safeParse(Object.fromEntries(Object.entries(data).filter(([k]) => !dropped.has(k))));
  return result(kept.success ? kept.data : {});
}
