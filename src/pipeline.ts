import type { ArticleCache } from "./cache/article-cache.ts";
import { cleanArticle } from "./clean/index.ts";
import { findClaims } from "./extract/claims.ts";
import { describe } from "./extract/describe.ts";
import { findMentions } from "./extract/mentions.ts";
import { findRoles } from "./extract/roles.ts";
import { slug, uniqueIds } from "./ids.ts";
import { readSeeds, type ReadSeedsOptions } from "./ingest/index.ts";
import { linkCorpus } from "./link/index.ts";
import { ArticleRecord, Corpus, type Problem, type SourceDoc } from "./model/index.ts";

/** The per-article stages up to the title, which fixes the article's id. */
export function prepareArticle(source: SourceDoc) {
  const cleaned = cleanArticle(source);
  return { source, cleaned, meta: describe(source, cleaned) };
}
export type Prepared = ReturnType<typeof prepareArticle>;

/** The rest of the per-article stages: mentions, roles, claims. Pure; validated on the way out. */
export function completeArticle({ source, cleaned, meta }: Prepared, id: string): ArticleRecord {
  const mentions = findMentions(source.text, cleaned.paragraphs);
  return ArticleRecord.parse({
    id,
    file: source.file,
    contentHash: source.contentHash,
    ...meta,
    paragraphs: cleaned.paragraphs,
    removed: cleaned.removed,
    mentions,
    roles: findRoles(source.text, mentions),
    claims: findClaims(source.text, cleaned.paragraphs, mentions, id),
  });
}

/** One article on its own (id from its title alone). */
export const extractArticle = (source: SourceDoc): ArticleRecord => {
  const prepared = prepareArticle(source);
  return completeArticle(prepared, slug(prepared.meta.title, "article"));
};

/**
 * Every source through the per-article stages, then linking. An article that fails costs only
 * itself: it becomes a problem naming the file, and the others go on.
 */
export function extractAll(sources: readonly SourceDoc[], problems: readonly Problem[], cache?: ArticleCache): Corpus {
  const out: Problem[] = [...problems];
  const prepared: Prepared[] = [];
  for (const source of sources) {
    const p = attempt(source.file, out, () => prepareArticle(source));
    if (p) prepared.push(p);
  }
  const ids = uniqueIds(prepared, (p) => slug(p.meta.title, "article"), (p) => p.source.contentHash);
  const articles: ArticleRecord[] = [];
  prepared.forEach((p, i) => {
    const id = ids[i]!;
    let a = cache?.get(p.source.contentHash, id) ?? null;
    if (!a) {
      a = attempt(p.source.file, out, () => completeArticle(p, id));
      if (a) cache?.set(a);
    }
    if (a) articles.push(a);
  });
  return Corpus.parse(linkCorpus(articles, out));
}

export interface BuildCorpusOptions extends ReadSeedsOptions {
  /** Per-article record cache; without one every article is extracted afresh. */
  cache?: ArticleCache;
}

/** Reads `seedsDir` and builds the corpus the site is rendered from. */
export async function buildCorpus(seedsDir: string, options: BuildCorpusOptions = {}): Promise<Corpus> {
  const { sources, problems } = await readSeeds(seedsDir, options);
  return extractAll(sources, problems, options.cache);
}

function attempt<T>(file: string, problems: Problem[], run: () => T): T | null {
  try {
    return run();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    problems.push({ file, severity: "error", code: "extract-failed", message: `could not extract: ${message}` });
    return null;
  }
}
