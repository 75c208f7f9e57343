import path from "node:path";
import type { ArticleRecord, RemovedLine, SourceDoc } from "../model/index.ts";
import { bylineNames } from "../clean/bylines.ts";
import type { Cleaned } from "../clean/index.ts";
import { dateContext, firstFullDate, isoDate } from "./dates.ts";

export type Description = Pick<
  ArticleRecord,
  "title" | "titleSpan" | "dek" | "outlet" | "url" | "agencies" | "authors" | "published" | "language"
>;

/** How many body paragraphs the lede date may come from: news states the event day up top. */
const LEDE_PARAGRAPHS = 3;

/** Removed lines a publication date stands on ("Updated: May 15, 2025", "By Jane Roe | Published: March 3, 2025", "| DW | 11.12.2024", "Ouest-France with AFP. Published on 06/03/2025"). */
const HEADER_REASONS: ReadonlySet<string> = new Set(["dateline", "above headline", "byline", "section label", "publisher credit"]);

/** Article metadata. Front matter wins over anything inferred from the text. */
export function describe(source: SourceDoc, cleaned: Cleaned): Description {
  const fm = source.frontMatter;
  const body = cleaned.paragraphs.filter((p) => p.kind === "paragraph");
  // A date labelled as the publication's first, then those under the headline: one above it is
  // often the page's own date ("Sunday, March 2, 2025" in the masthead), and an unlabelled one
  // after the article another story's (a list of related posts).
  const below = cleaned.headline?.start ?? 0;
  const after = body.at(-1)?.end ?? Infinity;
  const rank = (r: RemovedLine) => (/\b(?:published|posted)\b/i.test(r.text) ? 0 : r.start > after ? 3 : r.start >= below ? 1 : 2);
  const header = cleaned.removed.filter((r) => HEADER_REASONS.has(r.reason)).sort((a, b) => rank(a) - rank(b));
  return {
    // (A Markdown headline's syntax is blanked to spaces: they collapse here.)
    title: fm.title ?? cleaned.headline?.text.replace(/\s+/g, " ").trim() ?? titleFromFile(source.file),
    titleSpan: cleaned.headline ? { start: cleaned.headline.start, end: cleaned.headline.end } : null,
    dek: dekOf(body[0]?.text, body.length),
    outlet: fm.outlet ?? cleaned.outletCredit,
    url: fm.url ?? null,
    agencies: cleaned.agencies,
    // (A writer named over the story and again in the box under it is one author.)
    authors: fm.authors ?? [...new Set(cleaned.removed.filter((r) => r.reason === "byline").flatMap((r) => bylineNames(r.text)))],
    published: publishedOf(source, header.map((r) => r.text), body.map((p) => p.text)),
    language: fm.language ?? "en",
  };
}

function publishedOf(source: SourceDoc, headerLines: string[], paragraphs: string[]): Description["published"] {
  const fm = source.frontMatter.published;
  if (fm instanceof Date) return { date: isoDate(fm.getUTCFullYear(), fm.getUTCMonth() + 1, fm.getUTCDate()), from: "front-matter" };
  if (fm) return { date: fm.slice(0, 10), from: "front-matter" };
  const article = dateContext(source.text);
  for (const line of headerLines) {
    // "Updated May 15, 2025 …|Published May 14, 2025 …": the date the label stands before.
    const labelled = /\b(?:published|posted)\b(.*)$/i.exec(line);
    const date = (labelled && firstFullDate(labelled[1]!, article)) ?? firstFullDate(line, article);
    if (date) return { date, from: "dateline" };
  }
  for (const p of paragraphs.slice(0, LEDE_PARAGRAPHS)) {
    const date = firstFullDate(p, article);
    if (date) return { date, from: "text" };
  }
  return null;
}

/** A short opening paragraph without quotes reads as a standfirst; it stays in the body too. */
function dekOf(first: string | undefined, paragraphs: number): string | null {
  if (!first || paragraphs < 4) return null;
  const words = first.split(/\s+/).length;
  return words <= 40 && !/["“”„«»]/.test(first) ? first.trim().replace(/\s+/g, " ") : null;
}

const titleFromFile = (file: string): string => path.basename(file).replace(/\.[^.]+$/, "").replace(/[-_]+/g, " ");
