import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import Eleventy from "@11ty/eleventy";

/**
 * The baseline: bare Eleventy rendering `pages` plain Markdown pages (PolNeAR prose) through one
 * minimal Nunjucks layout, no extraction. Returns wall seconds.
 */
export async function bareEleventy(workDir: string, pages: number, texts: readonly string[]): Promise<number> {
  rmSync(workDir, { recursive: true, force: true });
  const input = path.join(workDir, "src");
  mkdirSync(path.join(input, "_includes"), { recursive: true });
  writeFileSync(path.join(input, "_includes", "page.njk"), "<!doctype html><title>{{ title }}</title><main>{{ content | safe }}</main>\n");
  for (let i = 0; i < pages; i++) {
    const text = texts[i % texts.length]!;
    writeFileSync(path.join(input, `p${i}.md`), `---\nlayout: page.njk\ntitle: Page ${i}\n---\n${text}\n`);
  }
  const started = performance.now();
  const elev = new Eleventy(input, path.join(workDir, "out"), { quietMode: true });
  await elev.write();
  return (performance.now() - started) / 1000;
}
