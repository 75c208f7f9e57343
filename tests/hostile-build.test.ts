import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { parseHTML } from "linkedom";
import { repoRoot } from "./helpers.ts";

// The hostile fixture corpus through the real CLI: every problem reported, nothing injected.
const seeds = path.join(repoRoot, "tests/fixtures/hostile/seeds");
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ["bin/crosswire.js", ...args], { cwd: repoRoot, encoding: "utf8", maxBuffer: 64 << 20 });

const files = (dir: string): string[] =>
  (readdirSync(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
const treeHash = (dir: string): string => {
  const h = createHash("sha256");
  for (const f of files(dir)) h.update(f).update("\0").update(readFileSync(path.join(dir, f)));
  return h.digest("hex");
};

let parent: string;
let site: string;
let buildOut: ReturnType<typeof cli>;
before(() => {
  parent = mkdtempSync(path.join(tmpdir(), "cw-hostile-"));
  site = path.join(parent, "site");
  buildOut = cli("build", "--seeds", seeds, "--out", site);
});
after(() => rmSync(parent, { recursive: true, force: true }));

test("check names every problem file; --strict turns problems into exit 1", () => {
  const loose = cli("check", "--seeds", seeds);
  assert.equal(loose.status, 0, loose.stderr);
  for (const name of ["binary/photo.png", "empty/empty.txt", "front-matter/unknown-key.md", "duplicates/b-same-bytes.txt"]) {
    assert.match(loose.stderr, new RegExp(name.replace(/[.]/g, "\\.")), `check did not report ${name}`);
  }
  assert.match(loose.stderr, /unknown-key\.md, line \d+/, "front matter problems name the line");
  const strict = cli("check", "--seeds", seeds, "--strict");
  assert.equal(strict.status, 1);
  // A failed build leaves the previous site as it was.
  const before = treeHash(site);
  const strictBuild = cli("build", "--seeds", seeds, "--out", site, "--strict");
  assert.equal(strictBuild.status, 1);
  assert.equal(treeHash(site), before);
});

test("the build succeeds, writes only inside its output folder, and lists problems on /build-report/", () => {
  assert.equal(buildOut.status, 0, buildOut.stderr);
  assert.deepEqual(readdirSync(parent), ["site"], "nothing written beside the output folder");
  const { document } = parseHTML(readFileSync(path.join(site, "build-report/index.html"), "utf8"));
  const reportText = document.body.textContent ?? "";
  const { problems } = JSON.parse(cli("extract", seeds, "--json").stdout) as { problems: { file: string }[] };
  assert.ok(problems.length >= 20, `expected the fixture corpus's many problems, got ${problems.length}`);
  for (const p of problems) assert.ok(reportText.includes(p.file), `build report misses ${p.file}`);
});

test("no markup or script from a seed reaches any page", () => {
  for (const f of files(site).filter((f) => f.endsWith(".html"))) {
    const { document } = parseHTML(readFileSync(path.join(site, f), "utf8"));
    for (const el of document.querySelectorAll("*")) {
      for (const attr of el.attributes) {
        assert.ok(!/^on/i.test(attr.name), `${f}: event handler ${attr.name} on <${el.tagName}>`);
        if (/^(href|src|action|formaction|srcset)$/i.test(attr.name)) {
          assert.ok(!/^\s*(javascript|data|vbscript):/i.test(attr.value), `${f}: ${attr.name}=${attr.value}`);
        }
      }
    }
    for (const s of document.querySelectorAll("script")) {
      const src = s.getAttribute("src");
      const ok = src ? /^\/(assets|pagefind)\//.test(src) : s.getAttribute("type") === "application/ld+json";
      assert.ok(ok, `${f}: script not the site's own: ${s.outerHTML.slice(0, 120)}`);
    }
    assert.equal(document.querySelectorAll("iframe, object, embed").length, 0, `${f}: embedded frame`);
    assert.ok(document.querySelector('meta[http-equiv="Content-Security-Policy"]'), `${f}: no CSP`);
  }
  // Template syntax in a seed is text: shown as written, never evaluated.
  const pages = files(site).filter((f) => f.startsWith("articles/")).map((f) => readFileSync(path.join(site, f), "utf8"));
  assert.ok(pages.some((p) => p.includes("{{ site.secret }}")), "template syntax from the seed should appear literally");
});

test("two builds of the same seeds are byte-identical", (t) => {
  const againDir = mkdtempSync(path.join(tmpdir(), "cw-hostile-again-"));
  t.after(() => rmSync(againDir, { recursive: true, force: true }));
  const again = path.join(againDir, "site");
  const second = cli("build", "--seeds", seeds, "--out", again);
  assert.equal(second.status, 0, second.stderr);
  assert.equal(treeHash(again), treeHash(site));
});
