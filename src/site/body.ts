import type { Emphasis, Heading, Link, Paragraph as MdParagraph, PhrasingContent, Root, Text } from "mdast";
import { remark } from "remark";
import remarkHtml, { type Options } from "remark-html";
import { closeBlankedGaps } from "../clean/markdown.ts";
import type { Claim, LinkedArticle, Paragraph } from "../model/index.ts";
import type { Db } from "./db.ts";
import { claimAnchor, recordUrl } from "./urls.ts";

/**
 * Article bodies are built as an mdast tree straight from the paragraphs (seed text only ever
 * becomes `text` nodes, so it is never parsed as Markdown or HTML; a Markdown seed's bold, italics
 * and links come from the marks its record holds), then serialised by remark-html through a
 * sanitiser that allows only the elements built here.
 */
const schema: Options["sanitize"] = {
  tagNames: ["p", "h2", "a", "mark", "span", "strong", "em"],
  attributes: { a: ["href", "id", "className", ["rel", "nofollow"]], span: ["className", "id"], p: ["className"] },
  // A second guard behind `sourceUrl` (an empty list would allow any scheme): site links are
  // relative (no scheme to check) or, in feeds, absolute http(s).
  protocols: { href: ["http", "https", "mailto"] },
  clobber: [],
  strip: ["script", "style"],
};
const processor = remark().use(remarkHtml, { sanitize: schema });

interface Piece { start: number; end: number; claim: Claim | null; covering: Claim[] }

// A Markdown seed's blanked syntax leaves runs of spaces: before punctuation they go; the browser folds the rest.
const text = (value: string): Text => ({ type: "text", value: closeBlankedGaps(value) });

/** `<span class="…">` through mdast: an emphasis node renamed. */
function span(className: string, children: PhrasingContent[], hName = "span"): Emphasis {
  return { type: "emphasis", children, data: { hName, hProperties: className ? { className: [className] } : {} } };
}

/** Splits a paragraph at claim edges; each piece is covered by its innermost claim or none. */
function pieces(p: Paragraph, claims: readonly Claim[]): Piece[] {
  const inside = claims.filter((c) => c.start < p.end && c.end > p.start && c.end > c.start);
  const cuts = new Set([p.start, p.end]);
  for (const c of inside) cuts.add(Math.max(c.start, p.start)).add(Math.min(c.end, p.end));
  const edges = [...cuts].sort((a, b) => a - b);
  const out: Piece[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const start = edges[i]!, end = edges[i + 1]!;
    const covering = inside.filter((c) => c.start <= start && c.end >= end);
    covering.sort((a, b) => a.end - a.start - (b.end - b.start));
    const claim = covering[0] ?? null;
    const last = out.at(-1);
    if (last && last.claim === claim) last.end = end;
    else out.push({ start, end, claim, covering });
  }
  return out;
}

interface Target { start: number; end: number; url: string }

/** People and organisation mentions (and named speakers) that have a page, without overlaps. */
function linkTargets(article: LinkedArticle, db: Db, link: (path: string) => string): Target[] {
  const found: Target[] = [];
  for (const m of article.mentions) {
    const entity = db.entityOf(article, m);
    const url = entity && db.entityUrl(entity);
    if (url) found.push({ start: m.start, end: m.end, url: link(url) });
  }
  for (const c of article.claims) {
    const url = db.entityUrl(c.speaker);
    if (url && c.speaker.start !== null && c.speaker.end !== null) found.push({ start: c.speaker.start, end: c.speaker.end, url: link(url) });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Target[] = [];
  for (const t of found) if (!kept.length || t.start >= kept.at(-1)!.end) kept.push(t);
  return kept;
}

/** An element over part of a paragraph (source offsets): a link, `<strong>` or `<em>`. */
interface Inline { start: number; end: number; wrap: (children: PhrasingContent[]) => PhrasingContent }

/**
 * The text of `start`–`end` of a paragraph with its inline elements nested: each run of text sits
 * inside the elements covering it, outer (earlier, then longer, then first given) first, so an
 * element crossing another's edge is split there and the markup always nests.
 */
function nest(p: Paragraph, start: number, end: number, inlines: readonly Inline[]): PhrasingContent[] {
  const run = (from: number, to: number): Text => text(p.text.slice(from - p.start, to - p.start));
  const overlapping = inlines.filter((i) => i.start < end && i.end > start);
  // Most pieces (every one of a plain-text seed without names) have none.
  if (!overlapping.length) return [run(start, end)];
  const within = overlapping
    .map((i) => ({ ...i, start: Math.max(i.start, start), end: Math.min(i.end, end) }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  // Side by side, as names in plain text always are: each holds its own run (and costs less this way).
  if (within.every((i, k) => k === 0 || within[k - 1]!.end <= i.start)) {
    const out: PhrasingContent[] = [];
    let at = start;
    for (const i of within) {
      if (i.start > at) out.push(run(at, i.start));
      out.push(i.wrap([run(i.start, i.end)]));
      at = i.end;
    }
    if (end > at) out.push(run(at, end));
    return out;
  }
  const cuts = [...new Set([start, end, ...within.flatMap((i) => [i.start, i.end])])].sort((a, b) => a - b);
  const root: PhrasingContent[] = [];
  const open: { inline: Inline; children: PhrasingContent[] }[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const from = cuts[k]!, to = cuts[k + 1]!;
    const active = within.filter((i) => i.start <= from && i.end >= to);
    // Elements still covering this run stay open; the rest close, and the new ones open inside.
    let kept = 0;
    while (kept < open.length && open[kept]!.inline === active[kept]) kept++;
    open.length = kept;
    for (const inline of active.slice(kept)) {
      const children: PhrasingContent[] = [];
      (open.at(-1)?.children ?? root).push(inline.wrap(children));
      open.push({ inline, children });
    }
    (open.at(-1)?.children ?? root).push(run(from, to));
  }
  return root;
}

/**
 * A seed's link target as the body shows it, or null for plain text: http(s) and mailto only.
 * A relative link has no base on this site, and any other scheme (javascript:, data:) can run
 * code. The scheme is lower-cased because the sanitiser compares it as written.
 */
function sourceUrl(url: string): string | null {
  const scheme = /^(https?|mailto):/i.exec(url)?.[1];
  return scheme ? scheme.toLowerCase() + url.slice(scheme.length) : null;
}

/**
 * rel="nofollow": the site copies these links from seeds it does not vouch for, so search engines
 * should not credit them to it. No target="_blank", so "noopener" would change nothing.
 */
const sourceLink = (url: string) => (children: PhrasingContent[]): Link =>
  ({ type: "link", url, children, data: { hProperties: { rel: ["nofollow"] } } });
const strong = (children: PhrasingContent[]): PhrasingContent => ({ type: "strong", children });
const emphasis = (children: PhrasingContent[]): PhrasingContent => ({ type: "emphasis", children });

/** A paragraph's marks as elements: the links it may show, and its bold and italics. */
interface SeedInlines { links: Inline[]; styles: Inline[] }

function seedInlines(p: Paragraph): SeedInlines {
  const out: SeedInlines = { links: [], styles: [] };
  for (const m of p.marks ?? []) {
    if (m.kind !== "link") out.styles.push({ start: m.start, end: m.end, wrap: m.kind === "strong" ? strong : emphasis });
    else {
      const url = sourceUrl(m.url);
      if (url) out.links.push({ start: m.start, end: m.end, wrap: sourceLink(url) });
    }
  }
  return out;
}

/**
 * Text outside quotes: the seed's marks, and people and organisations linked to their pages. Where
 * a seed's link overlaps a name's link (one <a> may not hold another) the seed's link wins and the
 * name is not linked there: the writer's source is shown only here, while the name's page is
 * linked from its other mentions and from the statement its quote links to.
 */
function plainPiece(p: Paragraph, start: number, end: number, targets: readonly Target[], seed: SeedInlines): PhrasingContent[] {
  const inlines = [...seed.links];
  for (const t of targets) {
    if (t.start >= start && t.end <= end && !seed.links.some((l) => l.start < t.end && t.start < l.end)) {
      inlines.push({ start: t.start, end: t.end, wrap: (children) => ({ type: "link", url: t.url, children }) });
    }
  }
  return nest(p, start, end, [...inlines, ...seed.styles]);
}

/** A quote is itself a link (to its statement), so a seed's link inside it is dropped: only its bold and italics show. */
function quote(p: Paragraph, piece: Piece & { claim: Claim }, styles: readonly Inline[], anchor: string | undefined, articleId: string, link: (path: string) => string): PhrasingContent {
  const { claim } = piece;
  const children: PhrasingContent[] = [span("", nest(p, piece.start, piece.end, styles), "mark")];
  const speaker = claim.speaker.name ?? claim.speaker.text;
  if (speaker) {
    children.push(span("said-by", [text(` — ${speaker}`)])); // shown on hover and focus
  }
  const props: { className: string[]; id?: string } = { className: ["quote", `quote-${claim.kind}`] };
  if (anchor) props.id = anchor;
  const url = claim.statement ? recordUrl("statement", claim.statement) : `${recordUrl("article", articleId)}#${claimAnchor(claim.id)}`;
  return { type: "link", url: link(url), children, data: { hProperties: props } };
}

/**
 * What an article's body is made from: its paragraphs and claims (a claim's statement kept only
 * when the statement has a page) and the mentions that link somewhere. Plain data, so bodies
 * can be made on another thread (src/build/body-thread.ts).
 */
export interface BodyInput {
  id: string;
  paragraphs: Paragraph[];
  claims: Claim[];
  targets: Target[];
}

/** `link` maps site paths, e.g. to absolute URLs for feeds. */
export function bodyInput(article: LinkedArticle, db: Db, link: (path: string) => string = (p) => p): BodyInput {
  return {
    id: article.id,
    paragraphs: article.paragraphs,
    claims: article.claims.map((c) => (c.statement && !db.statements.has(c.statement) ? { ...c, statement: null } : c)),
    targets: linkTargets(article, db, link),
  };
}

/** The cleaned article body as HTML: quotes highlighted and linked, people and organisations linked. */
export function bodyHtml({ id, paragraphs, claims, targets }: BodyInput, link: (path: string) => string = (p) => p): string {
  const anchored = new Set<string>();
  const root: Root = { type: "root", children: [] };
  for (const p of paragraphs) {
    if (p.kind === "title") continue; // the page's h1
    const content: PhrasingContent[] = [];
    const seed = seedInlines(p);
    for (const piece of pieces(p, claims)) {
      if (!piece.claim) {
        content.push(...plainPiece(p, piece.start, piece.end, targets, seed));
        continue;
      }
      // Every claim gets its anchor on the first piece it covers; nested claims that start
      // on the same piece get empty anchors just before it.
      const anchors = piece.covering.filter((c) => !anchored.has(c.id)).map((c) => (anchored.add(c.id), claimAnchor(c.id)));
      const own = anchors.includes(claimAnchor(piece.claim.id)) ? claimAnchor(piece.claim.id) : undefined;
      for (const a of anchors) if (a !== own) content.push({ type: "emphasis", children: [], data: { hName: "span", hProperties: { id: a } } });
      content.push(quote(p, { ...piece, claim: piece.claim }, seed.styles, own, id, link));
    }
    if (p.kind === "heading") root.children.push({ type: "heading", depth: 2, children: content } satisfies Heading);
    else {
      const para: MdParagraph = { type: "paragraph", children: content };
      if (p.kind === "caption") para.data = { hProperties: { className: ["caption"] } };
      root.children.push(para);
    }
  }
  return processor.stringify(root);
}

/** The article's body as HTML, made here. */
export const renderBody = (article: LinkedArticle, db: Db, link: (path: string) => string = (p) => p): string =>
  bodyHtml(bodyInput(article, db, link), link);

const anchored = new WeakMap<LinkedArticle, ReadonlySet<string>>();

/**
 * Claims whose text is in no kept paragraph get no anchor; statement pages must not link to them.
 * Asked once per report by the plan and again by the templates, so kept per article.
 */
export function anchoredClaims(article: LinkedArticle): ReadonlySet<string> {
  let ids = anchored.get(article);
  if (!ids) {
    const body = article.paragraphs.filter((p) => p.kind !== "title");
    ids = new Set(article.claims.filter((c) => body.some((p) => c.start < p.end && c.end > p.start)).map((c) => c.id));
    anchored.set(article, ids);
  }
  return ids;
}
