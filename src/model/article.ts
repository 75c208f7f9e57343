import { z } from "zod";

const Offset = z.number().int().nonnegative();

/** A character range of the decoded source text (`SourceDoc.text`), end exclusive. */
export const Span = z.object({ start: Offset, end: Offset });
export type Span = z.infer<typeof Span>;

/**
 * Inline formatting a Markdown seed gives part of a paragraph: a span of the source over the text
 * it holds (its blanked syntax left out), a link with its destination as written in the seed.
 */
export const Mark = z.discriminatedUnion("kind", [
  Span.extend({ kind: z.enum(["strong", "emphasis"]) }),
  Span.extend({ kind: z.literal("link"), url: z.string() }),
]);
export type Mark = z.infer<typeof Mark>;

/**
 * A kept block of the article. `text` has exactly `end - start` characters: it is the source
 * slice with line breaks turned into spaces (and, in Markdown seeds, Markdown syntax blanked:
 * src/clean/markdown.ts), so an offset into `text` plus `start` is an offset into the source.
 */
export const Paragraph = Span.extend({
  /** "title" is the headline as it stands in the text; it is not part of the body. */
  kind: z.enum(["title", "heading", "paragraph", "caption"]),
  text: z.string(),
  /**
   * Body paragraphs of Markdown seeds only, outer marks first (src/clean/markdown.ts); absent
   * when there are none, so plain-text records are as they were.
   */
  marks: z.array(Mark).optional(),
});
export type Paragraph = z.infer<typeof Paragraph>;

/** A line the cleaner dropped, kept so nothing is lost silently. */
export const RemovedLine = Span.extend({ text: z.string(), reason: z.string() });
export type RemovedLine = z.infer<typeof RemovedLine>;

export const EntityKind = z.enum(["person", "organisation", "place"]);
export type EntityKind = z.infer<typeof EntityKind>;

/** A name in the text. `name` is the fullest form of that entity within the article. */
export const Mention = Span.extend({ text: z.string(), kind: EntityKind, name: z.string() });
export type Mention = z.infer<typeof Mention>;

export const SpeakerKind = z.enum(["person", "organisation", "unnamed", "unknown"]);

/**
 * Who a claim is attributed to. `start`/`end` locate the mention that names the speaker in
 * the claim's sentence (even a pronoun such as "he"); `name` is who it resolves to.
 */
export const Speaker = z.object({
  name: z.string().nullable(),
  kind: SpeakerKind,
  text: z.string().nullable(),
  start: Offset.nullable(),
  end: Offset.nullable(),
  /** Person or organisation record id; set by the link stage. */
  id: z.string().nullable(),
});
export type Speaker = z.infer<typeof Speaker>;

/** One report of something said, in one article. */
export const Claim = Span.extend({
  id: z.string(),
  kind: z.enum(["direct", "mixed", "indirect"]),
  /** The content, as it stands in the source between start and end. */
  text: z.string(),
  cue: Span.extend({ text: z.string() }).nullable(),
  speaker: Speaker,
  /** Statement id shared by every report of the same statement; set by the link stage. */
  statement: z.string().nullable(),
});
export type Claim = z.infer<typeof Claim>;

/** A title or office stated for a person in this article ("NATO Secretary General Mark Rutte"). */
export const RoleMention = Span.extend({
  /** The person's `Mention.name` within this article. */
  person: z.string(),
  title: z.string(),
  organisation: z.string().nullable(),
});
export type RoleMention = z.infer<typeof RoleMention>;

export const Published = z.object({
  date: z.iso.date(),
  /** How the date was found: front matter, a dateline near the headline, or dates in the text. */
  from: z.enum(["front-matter", "dateline", "text"]),
});

export const ArticleRecord = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  file: z.string(),
  contentHash: z.string(),
  title: z.string(),
  dek: z.string().nullable(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  agencies: z.array(z.string()),
  authors: z.array(z.string()),
  published: Published.nullable(),
  /** The day the reported event happened, from dates in the lead (src/extract/event-date.ts); null without a publication date. */
  eventDate: z.iso.date().nullable(),
  language: z.string(),
  /** Title as found in the source (a span), or null when it came from front matter only. */
  titleSpan: Span.nullable(),
  paragraphs: z.array(Paragraph),
  removed: z.array(RemovedLine),
  mentions: z.array(Mention),
  roles: z.array(RoleMention),
  claims: z.array(Claim),
});
export type ArticleRecord = z.infer<typeof ArticleRecord>;
