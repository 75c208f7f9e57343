import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { repoRoot, sharedDir } from "./helpers.ts";

// The seed answer key, scored by the shared scorer on the real CLI output.
test("crosswire extract seeds --json passes at least 90% of the answer key's checks", (t) => {
  const json = execFileSync(process.execPath, ["bin/crosswire.js", "extract", "seeds", "--json"], {
    cwd: repoRoot, encoding: "utf8", maxBuffer: 64 << 20,
  });
  const dir = mkdtempSync(path.join(tmpdir(), "cw-seeds-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const pred = path.join(dir, "extract.json");
  writeFileSync(pred, json);
  let out: string;
  try {
    out = execFileSync(process.execPath, [path.join(sharedDir, "tools/score-seeds.mjs"), "--pred", pred], { encoding: "utf8" });
  } catch (error) {
    out = String((error as { stdout?: string }).stdout ?? error);
  }
  const m = /(\d+)\/(\d+) checks pass/.exec(out);
  assert.ok(m, `scorer printed no total:\n${out}`);
  const share = Number(m[1]) / Number(m[2]);
  assert.ok(share >= 0.9, `answer key share ${(share * 100).toFixed(1)}% < 90%:\n${out}`);
});
