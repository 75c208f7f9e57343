import { z } from "zod";

/** Front matter a Markdown seed may carry. Every key optional; unknown keys are an error. */
export const FrontMatter = z
  .object({
    title: z.string().min(1).optional(),
    outlet: z.string().min(1).optional(),
    url: z.url({ protocol: /^https?$/ }).optional(),
    published: z.union([z.iso.date(), z.iso.datetime({ offset: true }), z.date()]).optional(),
    authors: z.array(z.string().min(1)).optional(),
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/).optional(),
  })
  .strict();
export type FrontMatter = z.infer<typeof FrontMatter>;

/** One decoded seed: the text every offset in the pipeline indexes. */
export const SourceDoc = z.object({
  /** Path relative to the seeds folder, with forward slashes; the identity of the seed. */
  file: z.string().min(1),
  format: z.enum(["txt", "md"]),
  /** sha256 of the raw bytes, hex. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  encoding: z.string(),
  /** The whole decoded file (BOM stripped, line endings untouched). */
  text: z.string(),
  /** Where the article body starts in `text` (after front matter). */
  bodyStart: z.number().int().nonnegative(),
  frontMatter: FrontMatter,
});
export type SourceDoc = z.infer<typeof SourceDoc>;
