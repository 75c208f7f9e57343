import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { z } from "zod";
import { repoRoot } from "./helpers.ts";

const seedFiles = readdirSync(path.join(repoRoot, "seeds")).sort();
const Articles = z.array(z.object({ file: z.string() }));

/** A port nobody is listening on. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    }).on("error", reject);
  });
}

/** Polls `check` until it holds (the server rebuilds after the folder settles). */
async function eventually(what: string, check: () => Promise<boolean>, ms = 60_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  assert.fail(`timed out waiting until ${what}`);
}

describe("npm start: the dev server follows the seeds folder", () => {
  const root = mkdtempSync(path.join(tmpdir(), "cw-serve-"));
  const seeds = path.join(root, "seeds");
  let port = 0;
  let stderr = "";
  let server: ReturnType<typeof spawn> | null = null;
  const files = async () => Articles.parse(await (await fetch(`http://127.0.0.1:${port}/api/articles.json`)).json()).map((a) => a.file).sort();

  before(async () => {
    mkdirSync(seeds);
    for (const f of seedFiles.slice(0, 2)) copyFileSync(path.join(repoRoot, "seeds", f), path.join(seeds, f));
    port = await freePort();
    // cwd is the temporary folder, so the article cache lands there too.
    server = spawn(process.execPath, [path.join(repoRoot, "bin/crosswire.js"), "serve", "--seeds", seeds, "--out", path.join(root, "_site"), "--port", String(port)],
      { cwd: root, stdio: ["ignore", "ignore", "pipe"] });
    server.stderr!.on("data", (d: Buffer) => { stderr += d.toString(); });
    await eventually("the first build is served", async () => (await files()).length === 2);
  });
  after(() => {
    server?.kill();
    rmSync(root, { recursive: true, force: true });
  });

  it("shows an added seed without a restart", async () => {
    copyFileSync(path.join(repoRoot, "seeds", seedFiles[2]!), path.join(seeds, seedFiles[2]!));
    await eventually("the added article is served", async () => (await files()).includes(seedFiles[2]!));
  });

  it("reports a broken seed and keeps serving the others", async () => {
    writeFileSync(path.join(seeds, "broken.md"), "---\ntitle: [unclosed\n---\nBody.\n");
    await eventually("the broken seed is reported", async () => stderr.includes("broken.md"));
    // The warning is printed before the new site is swapped in, so wait for the swap: broken
    // YAML drops the front matter and keeps the body (README, "Built, with a warning").
    const expected = [...seedFiles.slice(0, 3), "broken.md"].sort();
    await eventually("the rebuilt site is served", async () => JSON.stringify(await files()) === JSON.stringify(expected));
    assert.equal(server!.exitCode, null, "server still running");
  });

  it("drops a deleted seed's article", async () => {
    unlinkSync(path.join(seeds, seedFiles[0]!));
    await eventually("the deleted article is gone", async () => !(await files()).includes(seedFiles[0]!));
    const home = await (await fetch(`http://127.0.0.1:${port}/`)).text();
    assert.match(home, /<html/);
  });
});
