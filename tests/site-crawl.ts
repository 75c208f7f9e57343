import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";

export interface Crawl {
  /** Site paths of every HTML page reached from the start page. */
  pages: Set<string>;
  /** "page → href: why" for every internal reference that does not resolve. */
  broken: string[];
  /** Parsed page by site path. */
  doc(sitePath: string): Document;
}

const isExternal = (ref: string) => /^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith("//");

/** File a site path is served from, as a static host would (`/x/` → `/x/index.html`). */
function fileFor(root: string, sitePath: string): string | null {
  const file = path.join(root, decodeURIComponent(sitePath));
  if (!file.startsWith(root)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) {
    const index = path.join(file, "index.html");
    return sitePath.endsWith("/") && existsSync(index) ? index : null;
  }
  return existsSync(file) ? file : null;
}

/**
 * Follows every internal href and src (a, link, script, img, source, iframe) from `start`,
 * breadth-first, checking that each target file exists and each `#fragment` names an element
 * on the target page.
 */
export function crawl(root: string, start = "/"): Crawl {
  const docs = new Map<string, Document>();
  const doc = (sitePath: string): Document => {
    let d = docs.get(sitePath);
    if (!d) {
      const file = fileFor(root, sitePath);
      if (!file) throw new Error(`no page at ${sitePath}`);
      d = parseHTML(readFileSync(file, "utf8")).document;
      docs.set(sitePath, d);
    }
    return d;
  };
  const pages = new Set<string>([start]);
  const queue = [start];
  const broken: string[] = [];
  while (queue.length) {
    const page = queue.shift()!;
    const document = doc(page);
    for (const el of document.querySelectorAll("a[href], link[href], script[src], img[src], source[src], iframe[src]")) {
      const ref = el.getAttribute("href") ?? el.getAttribute("src") ?? "";
      if (isExternal(ref)) continue;
      const url = new URL(ref, `http://site${page}`);
      const target = url.pathname;
      const file = fileFor(root, target);
      if (!file) { broken.push(`${page} → ${ref}: no file`); continue; }
      const html = file.endsWith(".html");
      if (url.hash && html) {
        const id = decodeURIComponent(url.hash.slice(1));
        if (!doc(target).getElementById(id)) broken.push(`${page} → ${ref}: no element #${id}`);
      }
      if (html && el.localName === "a" && !pages.has(target)) {
        pages.add(target);
        queue.push(target);
      }
    }
  }
  return { pages, broken, doc };
}
