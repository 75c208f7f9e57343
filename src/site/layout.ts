import { html, type Part } from "./html.ts";

export interface PageShell {
  /** The page's own URL (Eleventy's `page.url`): its section is marked current in the menu. */
  url: string;
  title: Part;
  description?: Part;
  /** More for `<head>`: JSON-LD, the search page's scripts. */
  head?: Part;
  main: Part;
}

const SECTIONS = [["/", "Stories"], ["/people/", "People"], ["/claims/", "Statements"], ["/timeline/", "Timeline"], ["/outlets/", "Outlets"], ["/search/", "Search"]] as const;
const DESCRIPTION = "Who said what, where and when: news stories followed across outlets.";

/**
 * Every HTML page's frame. Only the site's own files may run (the Content-Security-Policy);
 * Pagefind needs WebAssembly. No inline script anywhere.
 */
export function layout({ url, title, description = DESCRIPTION, head = null, main }: PageShell): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'self'">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="no-referrer">
<title>${title} · Crosswire</title>
<meta name="description" content="${description}">
<link rel="stylesheet" href="/assets/site.css">
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
<link rel="alternate" type="application/atom+xml" href="/feed.xml" title="Crosswire articles (Atom)">
<link rel="alternate" type="application/feed+json" href="/feed.json" title="Crosswire articles (JSON Feed)">
${head}
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site-header">
  <div class="wrap">
    <a class="brand" href="/">Crosswire</a>
    <nav aria-label="Sections">
      <ul>${SECTIONS.map(([href, label]) => html`
        <li><a href="${href}"${href === url ? html` aria-current="page"` : null}>${label}</a></li>`)}
      </ul>
    </nav>
  </div>
</header>
<main id="main" class="wrap" tabindex="-1">
${main}
</main>
<footer class="site-footer">
  <div class="wrap">
    <p>Crosswire builds this digest from article scrapes; quotes and speakers are found by machine and may be wrong. Check the linked source sentence.</p>
    <ul class="inline">
      <li><a href="/feed.xml">Atom feed</a></li>
      <li><a href="/feed.json">JSON Feed</a></li>
      <li><a href="/api/">Data (JSON)</a></li>
      <li><a href="/organisations/">Organisations</a></li>
      <li><a href="/build-report/">Build report</a></li>
      <li><a href="/sitemap.xml">Sitemap</a></li>
    </ul>
  </div>
</footer>
</body>
</html>
`.value;
}
