import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import { z } from "zod";
import { DEFAULT_MAX_BYTES, readSeed, readSeeds } from "../src/ingest/index.ts";
import { FrontMatter, type Problem, SourceDoc } from "../src/model/index.ts";
import { repoRoot } from "./helpers.ts";

const Expected = z.array(
  z.object({
    file: z.string(),
    why: z.string(),
    source: z
      .object({
        encoding: z.string(),
        format: z.enum(["txt", "md"]),
        text: z.string().optional(),
        bodyText: z.string().optional(),
        frontMatter: FrontMatter.optional(),
      })
      .nullable(),
    problems: z.array(z.object({ code: z.string(), severity: z.enum(["error", "warning"]), line: z.number().optional(), field: z.string().optional() })),
  }),
);

const hostile = path.join(repoRoot, "tests/fixtures/hostile");
const seedsDir = path.join(hostile, "seeds");
const expected = Expected.parse(JSON.parse(readFileSync(path.join(hostile, "expected.json"), "utf8")));
const result = readSeeds(seedsDir);

const shape = (p: Problem) => ({ code: p.code, severity: p.severity, ...(p.line === undefined ? {} : { line: p.line }), ...(p.field === undefined ? {} : { field: p.field }) });
const byKey = (a: { code: string; field?: string }, b: { code: string; field?: string }) =>
  `${a.code}/${a.field ?? ""}`.localeCompare(`${b.code}/${b.field ?? ""}`);

describe("hostile seed corpus", () => {
  for (const want of expected) {
    test(`${want.file}: ${want.why}`, () => {
      const got = result.sources.find((s) => s.file === want.file);
      const problems = result.problems.filter((p) => p.file === want.file);
      assert.deepEqual(problems.map(shape).sort(byKey), [...want.problems].sort(byKey));
      for (const p of problems) assert.ok(p.message.length > 10, `problem without a reason: ${JSON.stringify(p)}`);
      if (!want.source) {
        assert.equal(got, undefined, "should have been skipped");
        return;
      }
      assert.ok(got, "should have been read");
      assert.equal(got.encoding, want.source.encoding);
      assert.equal(got.format, want.source.format);
      if (want.source.text !== undefined) assert.equal(got.text, want.source.text);
      if (want.source.bodyText !== undefined) assert.equal(got.text.slice(got.bodyStart), want.source.bodyText);
      if (want.source.frontMatter !== undefined) assert.deepEqual(got.frontMatter, want.source.frontMatter);
      assert.equal(got.contentHash, createHash("sha256").update(readFileSync(path.join(seedsDir, want.file))).digest("hex"));
    });
  }

  test("every file is accounted for; dotfiles and dot-folders are ignored silently", () => {
    const listed = new Set(expected.map((e) => e.file));
    for (const file of [...result.sources.map((s) => s.file), ...result.problems.map((p) => p.file)]) {
      assert.ok(listed.has(file), `unexpected output for ${file}`);
    }
  });

  test("sources are valid records in path order, with the body inside the text", () => {
    const files = result.sources.map((s) => s.file);
    assert.deepEqual(files, [...files].sort());
    for (const s of result.sources) {
      SourceDoc.parse(s);
      assert.ok(s.bodyStart <= s.text.length);
      assert.ok(!s.text.startsWith("\uFEFF"), `${s.file} kept its BOM`);
    }
  });

  test("front matter code never runs and never pollutes prototypes", () => {
    assert.equal((globalThis as Record<string, unknown>).crosswirePwned, undefined);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  test("readSeed on one file gives what readSeeds gave for it", () => {
    for (const source of result.sources) assert.deepEqual(readSeed(seedsDir, source.file).source, source);
  });
});

describe("file-system hazards", () => {
  const root = mkdtempSync(path.join(tmpdir(), "crosswire-ingest-"));
  const seeds = path.join(root, "seeds");
  const outside = path.join(root, "outside");
  mkdirSync(seeds);
  mkdirSync(outside);
  writeFileSync(path.join(outside, "secret.txt"), "A file outside the seeds folder.\n");
  writeFileSync(path.join(seeds, "real.txt"), "A normal seed, said an editor.\n");
  after(() => {
    chmodSync(path.join(seeds, "locked.txt"), 0o644);
    rmSync(root, { recursive: true, force: true });
  });

  symlinkSync("self.txt", path.join(seeds, "self.txt"));
  symlinkSync(".", path.join(seeds, "again"));
  symlinkSync("../outside/secret.txt", path.join(seeds, "escape.txt"));
  symlinkSync("../outside", path.join(seeds, "escape-dir"));
  symlinkSync("missing.txt", path.join(seeds, "dangling.txt"));
  symlinkSync("real.txt", path.join(seeds, "alias.txt"));
  mkdirSync(path.join(seeds, "folder.txt"));
  execFileSync("mkfifo", [path.join(seeds, "pipe.txt")]);
  writeFileSync(path.join(seeds, "locked.txt"), "Locked away, said nobody.\n");
  chmodSync(path.join(seeds, "locked.txt"), 0o000);
  writeFileSync(path.join(seeds, "big.txt"), Buffer.alloc(DEFAULT_MAX_BYTES + 1, "a"));
  writeFileSync(path.join(seeds, "limit.txt"), Buffer.alloc(DEFAULT_MAX_BYTES, "b"));

  const codeOf = (r: { problems: Problem[] }, file: string) => r.problems.filter((p) => p.file === file).map((p) => p.code);
  const all = readSeeds(seeds);

  test("symlink loops, escapes and dangling links are skipped with a problem", () => {
    assert.deepEqual(codeOf(all, "self.txt"), ["symlink-loop"]);
    assert.deepEqual(codeOf(all, "again"), ["symlink-loop"]);
    assert.deepEqual(codeOf(all, "escape.txt"), ["outside-seeds"]);
    assert.deepEqual(codeOf(all, "escape-dir"), ["outside-seeds"]);
    assert.deepEqual(codeOf(all, "dangling.txt"), ["unreadable"]);
    assert.ok(!all.sources.some((s) => s.text.includes("outside the seeds folder")));
  });

  test("a symlink to another seed is read once: the later path is the duplicate", () => {
    assert.ok(all.sources.some((s) => s.file === "alias.txt"));
    assert.deepEqual(codeOf(all, "real.txt"), ["duplicate"]);
  });

  test("a FIFO named like a seed does not hang the build", () => {
    assert.deepEqual(codeOf(all, "pipe.txt"), ["not-a-file"]);
  });

  test("a folder named like a seed is walked, not read", () => {
    assert.deepEqual(codeOf(readSeed(seeds, "folder.txt"), "folder.txt"), ["not-a-file"]);
  });

  test("size limit: default 5 MiB, configurable, limit itself allowed", () => {
    assert.deepEqual(codeOf(all, "big.txt"), ["too-large"]);
    assert.equal(all.sources.find((s) => s.file === "limit.txt")?.text.length, DEFAULT_MAX_BYTES);
    assert.deepEqual(codeOf(readSeed(seeds, "real.txt", { maxBytes: 10 }), "real.txt"), ["too-large"]);
  });

  test("an unreadable file is a problem (root can read it anyway)", () => {
    const got = readSeed(seeds, "locked.txt");
    if (process.getuid?.() === 0) assert.ok(got.source);
    else assert.deepEqual(codeOf(got, "locked.txt"), ["unreadable"]);
  });

  test("paths outside the seeds folder are refused, missing ones reported", () => {
    assert.deepEqual(codeOf(readSeed(seeds, "../outside/secret.txt"), "../outside/secret.txt"), ["outside-seeds"]);
    assert.deepEqual(codeOf(readSeed(seeds, path.join(outside, "secret.txt")), path.join(outside, "secret.txt")), ["outside-seeds"]);
    assert.deepEqual(codeOf(readSeed(seeds, "nope.txt"), "nope.txt"), ["unreadable"]);
  });

  test("a missing seeds folder is a problem, not an exception", () => {
    const got = readSeeds(path.join(root, "does-not-exist"));
    assert.deepEqual(got.sources, []);
    assert.deepEqual(got.problems.map((p) => p.code), ["unreadable"]);
  });
});
