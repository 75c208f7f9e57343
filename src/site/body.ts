import type { Emphasis, Heading, Link, Paragraph as MdParagraph, PhrasingContent, Root, Text } from "mdast";
import { remark } from "remark";
import remarkHtml from "remark-html";
import { closeBlankedGaps } from "../clean/markdown.ts";
import type { Claim, LinkedArticle, Paragraph } from "../model/index.ts";
import type { Db } from "./db.ts";
import { claimAnchor, recordUrl } from "./urls.ts";

/**
 * Article bodies are built as an mdast tree straight from the paragraphs (seed text only ever
 * becomes `text` nodes, so it is never parsed as Markdown or HTML), then serialised by
 * remark-html through a sanitiser that allows only the elements built here.
 */
const schema = {
  tagNames: ["p", "h2", "a", "mark", "span"],
  attributes: { a: ["href", "id", "className"], span: ["className", "id"], p: ["className"] },
  protocols: { href: [] },
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

function plainWithLinks(p: Paragraph, start: number, end: number, targets: readonly Target[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let at = start;
  for (const t of targets) {
    if (t.start < start || t.end > end) continue;
    if (t.start > at) out.push(text(p.text.slice(at - p.start, t.start - p.start)));
    const link: Link = { type: "link", url: t.url, children: [text(p.text.slice(t.start - p.start, t.end - p.start))] };
    out.push(link);
    at = t.end;
  }
  if (end > at) out.push(text(p.text.slice(at - p.start, end - p.start)));
  return out;
}

function quote(p: Paragraph, piece: Piece & { claim: Claim }, anchor: string | undefined, articleId: string, link: (path: string) => string): PhrasingContent {
  const { claim } = piece;
  const children: PhrasingContent[] = [span("", [text(p.text.slice(piece.start - p.start, piece.end - p.start))], "mark")];
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
    for (const piece of pieces(p, claims)) {
      if (!piece.claim) {
        content.push(...plainWithLinks(p, piece.start, piece.end, targets));
        continue;
      }
      // Every claim gets its anchor on the first piece it covers; nested claims that start
      // on the same piece get empty anchors just before it.
      const anchors = piece.covering.filter((c) => !anchored.has(c.id)).map((c) => (anchored.add(c.id), claimAnchor(c.id)));
      const own = anchors.includes(claimAnchor(piece.claim.id)) ? claimAnchor(piece.claim.id) : undefined;
      for (const a of anchors) if (a !== own) content.push({ type: "emphasis", children: [], data: { hName: "span", hProperties: { id: a } } });
      content.push(quote(p, { ...piece, claim: piece.claim }, own, id, link));
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
