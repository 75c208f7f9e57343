import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import fc from "fast-check";
import { parseFrontMatter } from "../src/ingest/frontmatter.ts";
import { readSeed } from "../src/ingest/index.ts";
import { FrontMatter, Problem, SourceDoc } from "../src/model/index.ts";

const dir = mkdtempSync(path.join(tmpdir(), "crosswire-ingest-prop-"));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Pieces that have broken parsers and templates before: markup, template tags, fences, odd code units. */
const hostileFragment = fc.constantFrom(
  "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "{{ 7*7 }}", "{% include '../../etc/passwd' %}", "{#", "${x}",
  "---\n", "---js\n", "---yaml\n", "---\r\n", "---\r", "\n---\n", "title: x\n", "url: javascript:alert(1)\n", "__proto__: {a: 1}\n",
  "published: 2024-02-30\n", "authors: [", "&a [*a]\n", "? complex\n", "\r\n", "\r", "\n", "\t", "\u0000", "\u0001", "\u001b[31m",
  "\uFEFF", "\uFFFD", "\uD800", "\uDFFF", "\uD83D\uDE00", "\u202E", "\u200B", "é", "“", "€", "[x](javascript:alert(1))", "../",
);
const hostileText = fc
  .array(fc.oneof(hostileFragment, fc.string({ unit: "binary", maxLength: 20 }), fc.string({ unit: "grapheme", maxLength: 20 })), { maxLength: 40 })
  .map((parts) => parts.join(""));

const encodings = {
  utf8: (s: string) => Buffer.from(s, "utf8"),
  utf8bom: (s: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s, "utf8")]),
  utf16le: (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, "utf16le")]),
  utf16be: (s: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, "utf16le").swap16()]),
  latin1: (s: string) => Buffer.from(s, "latin1"),
};

/** The contract: never throw; either a valid record or at least one valid problem naming the file. */
function checkContract(file: string, bytes: Uint8Array): ReturnType<typeof readSeed> {
  writeFileSync(path.join(dir, file), bytes);
  const got = readSeed(dir, file);
  for (const p of got.problems) {
    Problem.parse(p);
    assert.equal(p.file, file);
  }
  if (!got.source) {
    assert.ok(got.problems.length > 0, "skipped without a problem");
    return got;
  }
  const s = SourceDoc.parse(got.source);
  assert.equal(s.file, file);
  assert.ok(s.bodyStart <= s.text.length);
  assert.ok(s.text.slice(s.bodyStart).trim().length > 0, "empty body accepted");
  assert.ok(!/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s.text), "lone surrogate in text");
  if (s.format === "txt") assert.deepEqual([s.bodyStart, s.frontMatter], [0, {}]);
  return got;
}

test("random bytes never throw, as .txt or .md", () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 2048 }), fc.constantFrom("r.txt", "r.md"), (bytes, file) => {
      checkContract(file, bytes);
    }),
    { numRuns: 300 },
  );
});

test("adversarial text in any encoding never throws", () => {
  fc.assert(
    fc.property(hostileText, fc.constantFrom(...(Object.keys(encodings) as (keyof typeof encodings)[])), fc.constantFrom("a.txt", "a.md"), (text, encoding, file) => {
      checkContract(file, encodings[encoding](text));
    }),
    { numRuns: 400 },
  );
});

test("UTF-8 and UTF-16 text comes back exactly, line endings untouched", () => {
  const printable = fc
    .array(fc.oneof(fc.string({ unit: "grapheme", maxLength: 30 }), fc.constantFrom("\r\n", "\r", "\n", "<b>", "{{ x }}", "---\n")), { minLength: 1, maxLength: 30 })
    .map((parts) => `x${parts.join("")}`.replace(/[\u0000-\u0008\u000e-\u001f\u007f\uFFFD]/g, ""));
  fc.assert(
    fc.property(printable, fc.constantFrom("utf8", "utf8bom", "utf16le", "utf16be") as fc.Arbitrary<keyof typeof encodings>, (text, encoding) => {
      const got = checkContract("exact.txt", encodings[encoding](text));
      assert.equal(got.source?.text, text);
    }),
    { numRuns: 300 },
  );
});

test("the body starts right after the closing fence, whatever the line endings", () => {
  const title = fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 20 }).filter((t) => /^[A-Za-z][A-Za-z0-9 ]*$/.test(t));
  fc.assert(
    fc.property(title, fc.constantFrom("\n", "\r\n", "\r"), hostileText, (t, eol, rest) => {
      const body = `B${rest}`;
      const text = ["---", `title: ${t}`, "---", body].join(eol);
      const got = parseFrontMatter(text, "f.md");
      assert.equal(text.slice(got.bodyStart), body);
      assert.deepEqual(got.frontMatter, { title: t.trimEnd() });
    }),
    { numRuns: 300 },
  );
});

test("front matter parsing never throws and keeps offsets inside the text", () => {
  const withFence = fc.tuple(fc.constantFrom("---\n", "---\r\n", "---\r", "---js\n", "---yaml\n", "--- \n"), hostileText).map(([a, b]) => a + b);
  fc.assert(
    fc.property(withFence, (text) => {
      const got = parseFrontMatter(text, "f.md");
      FrontMatter.parse(got.frontMatter);
      assert.ok(got.bodyStart >= 0 && got.bodyStart <= text.length);
      for (const p of got.problems) {
        Problem.parse(p);
        if (p.line !== undefined) assert.ok(p.line <= text.split(/\r\n|\r|\n/).length, `line ${p.line} past the end`);
      }
    }),
    { numRuns: 500 },
  );
  assert.equal(({} as Record<string, unknown>).a, undefined, "prototype polluted");
});
