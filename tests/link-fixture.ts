import { createHash } from "node:crypto";
import { z } from "zod";
import { eventDate } from "../src/extract/event-date.ts";
import { findRoles } from "../src/extract/roles.ts";
import { ArticleRecord, EntityKind, type Claim, type Mention, type Paragraph } from "../src/model/index.ts";

/** A compact article as a linking fixture writes it; offsets are found by searching the text. */
export const ArticleSpec = z.object({
  file: z.string(),
  title: z.string(),
  outlet: z.string().nullable().default(null),
  published: z.iso.date().nullable().default(null),
  paragraphs: z.array(z.string()),
  mentions: z.array(z.object({ text: z.string(), kind: EntityKind, name: z.string() })).default([]),
  claims: z
    .array(
      z.object({
        text: z.string(),
        kind: z.enum(["direct", "mixed", "indirect"]).default("direct"),
        speaker: z.string().nullable(),
        speakerKind: z.enum(["person", "organisation", "unnamed", "unknown"]).default("person"),
        /** The words naming the speaker in the claim's paragraph ("Rutte", "he"); defaults to `speaker`. */
        speakerText: z.string().nullable().optional(),
      }),
    )
    .default([]),
});
export type ArticleSpec = z.infer<typeof ArticleSpec>;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function occurrences(text: string, needle: string, from = 0, to = text.length): number[] {
  const re = new RegExp(`(?<![\\p{L}])${escape(needle)}(?![\\p{L}])`, "gu");
  return [...text.slice(from, to).matchAll(re)].map((m) => from + m.index);
}

/** Builds the ArticleRecord the extractor would give for a spec (roles from findRoles), validated by zod. */
export function buildArticle(spec: ArticleSpec): ArticleRecord {
  const blocks = [spec.title, ...spec.paragraphs];
  const text = blocks.join("\n\n");
  const paragraphs: Paragraph[] = [];
  let at = 0;
  blocks.forEach((b, i) => {
    paragraphs.push({ start: at, end: at + b.length, kind: i === 0 ? "title" : "paragraph", text: b });
    at += b.length + 2;
  });
  const mentions: Mention[] = spec.mentions
    .flatMap((m) => occurrences(text, m.text, paragraphs[1]?.start ?? 0).map((start) => ({ start, end: start + m.text.length, text: m.text, kind: m.kind, name: m.name })))
    .filter((m, _, all) => !all.some((o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start))
    .sort((a, b) => a.start - b.start);
  const id = spec.file.replace(/\.\w+$/, "").toLowerCase().replace(/[^a-z0-9]+/g, "-");
  const claims: Claim[] = spec.claims.map((c, i) => {
    const start = text.indexOf(c.text);
    if (start < 0) throw new Error(`${spec.file}: claim not in text: ${c.text}`);
    const para = paragraphs.find((p) => p.start <= start && start < p.end)!;
    const said = c.speakerText === undefined ? c.speaker : c.speakerText;
    const sp = said ? occurrences(text, said, para.start, para.end)[0] : undefined;
    return {
      id: `${id}-c${i + 1}`,
      kind: c.kind,
      text: c.text,
      start,
      end: start + c.text.length,
      cue: null,
      speaker: {
        name: c.speaker,
        kind: c.speakerKind,
        text: sp === undefined ? null : said!,
        start: sp ?? null,
        end: sp === undefined ? null : sp + said!.length,
        id: null,
      },
      statement: null,
    };
  });
  return ArticleRecord.parse({
    id,
    file: spec.file,
    contentHash: createHash("sha256").update(text).digest("hex"),
    title: spec.title,
    dek: null,
    outlet: spec.outlet,
    url: null,
    agencies: [],
    authors: [],
    published: spec.published ? { date: spec.published, from: "dateline" } : null,
    eventDate: eventDate(spec.published, paragraphs),
    language: "en",
    titleSpan: { start: 0, end: spec.title.length },
    paragraphs,
    removed: [],
    mentions,
    roles: findRoles(text, mentions),
    claims,
  });
}
