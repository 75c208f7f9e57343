/**
 * Eleventy wiring only: the corpus as global data, filters, watch targets and the search index
 * after each build. `crosswire(load)` is what src/site/index.ts uses; the default export lets
 * plain `eleventy --config=.eleventy.ts` (under tsx) build `$CROSSWIRE_SEEDS` or seeds/.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import rssPlugin from "@11ty/eleventy-plugin-rss";
import type { Corpus, LinkedArticle } from "./src/model/index.ts";
import { indexShard } from "./src/build/search-index.ts";
import { buildCorpus } from "./src/pipeline.ts";
import { writeArticleJson } from "./src/site/article-json.ts";
import { renderBody } from "./src/site/body.ts";
import { Db } from "./src/site/db.ts";
import { wordDiff } from "./src/site/diff.ts";
import type { EleventyConfig } from "./src/site/eleventy.ts";
import { searchBundles, searchShards } from "./src/site/search.ts";
import { absoluteUrl, recordUrl, type Section } from "./src/site/urls.ts";

/** Templates live beside this file, wherever the command is run from. */
export const TEMPLATES = path.join(import.meta.dirname, "templates");

export interface SiteSource {
  /** Called once per build (and per rebuild when serving). */
  load: () => Promise<Db>;
  /** Folder whose changes trigger a rebuild when serving. */
  watch?: string;
  /** Only some pages (an incremental build); every page when absent. */
  only?: Selection;
  /**
   * A plain `eleventy` run: writes each article's JSON record and the Pagefind index after the
   * pages. Crosswire's builds do both on their own (src/build/render.ts).
   */
  standalone?: boolean;
  /** Search records per index shard (see src/site/search.ts). */
  searchShardRecords?: number;
  /** Article bodies made ahead (src/build/body-thread.ts); the rest are made as pages render. */
  bodies?: { take: (articleId: string) => string | undefined };
}

/** Record pages to render, by kind and id, and whether to render the site-wide pages too. */
export interface Selection {
  records: Record<Section, ReadonlySet<string>>;
  site: boolean;
}

const KINDS = { article: "articles", person: "people", statement: "statements", story: "stories", outlet: "outlets", organisation: "organisations" } as const;
/** Templates that paginate over records (`pagination.data: render.KIND`); every other one is site-wide. */
const RECORD_TEMPLATES = new Set(["article", "person", "statement", "story", "outlet", "organisation"].map((kind) => `${kind}.11ty.ts`));
const SITE_TEMPLATES = readdirSync(TEMPLATES).filter((f) => /\.(njk|11ty\.ts)$/.test(f) && !RECORD_TEMPLATES.has(f));

/** The records each record template renders, and the URL of every record page (for the sitemap). */
function renderData(corpus: Corpus, only: Selection | undefined) {
  const pick = <T extends { id: string }>(kind: Section, rows: readonly T[]) =>
    (only ? rows.filter((r) => only.records[kind].has(r.id)) : rows);
  const urls = (Object.keys(KINDS) as Section[]).flatMap((k) => corpus[KINDS[k]].map((r) => recordUrl(k, r.id)));
  return {
    articles: pick("article", corpus.articles), people: pick("person", corpus.people),
    statements: pick("statement", corpus.statements), stories: pick("story", corpus.stories),
    outlets: pick("outlet", corpus.outlets), organisations: pick("organisation", corpus.organisations),
    urls,
  };
}

export function crosswire({ load, watch, only, standalone = true, searchShardRecords, bodies }: SiteSource) {
  return function configure(cfg: EleventyConfig): void {
    // A fresh corpus for every build and every rebuild while serving; Eleventy awaits this
    // before it gathers global data.
    let db: Db | null = null;
    cfg.on("eleventy.before", async () => { db = null; db = await load(); });
    const need = (): Db => {
      if (!db) throw new Error("corpus not loaded");
      return db;
    };
    cfg.addGlobalData("corpus", () => need().corpus);
    cfg.addGlobalData("db", need);
    cfg.addGlobalData("render", () => renderData(need().corpus, only));
    // The orders the paginated index pages list.
    cfg.addGlobalData("indexes", () => ({
      statements: need().sortedStatements(), people: need().sortedPeople(), digest: need().digest(), timeline: need().timeline(),
    }));
    cfg.addGlobalData("searchBundles", () => searchBundles(need(), searchShardRecords));
    // Eleventy joins ignores onto the working folder, so they are given relative to it.
    if (only && !only.site) for (const t of SITE_TEMPLATES) cfg.ignores.add(path.relative(process.cwd(), path.join(TEMPLATES, t)));

    cfg.setInputDirectory(TEMPLATES);
    cfg.setTemplateFormats(["njk", "11ty.ts"]);
    cfg.addExtension(["11ty.ts"], { key: "11ty.js" });
    // Eleventy 3 leaves Nunjucks' autoescape at its default; force it so seed text is always escaped.
    cfg.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false });
    cfg.addPassthroughCopy({ [path.join(TEMPLATES, "assets")]: "assets" });
    cfg.addPlugin(rssPlugin);
    if (watch) cfg.addWatchTarget(watch);

    // What the TypeScript templates need beyond the corpus: article bodies (made ahead on a thread
    // when there are many) and wording diffs, which repeat (copies of a wire story), so each pair is
    // diffed once per build.
    cfg.addGlobalData("articleBody", () => (article: LinkedArticle) => bodies?.take(article.id) ?? renderBody(article, need()));
    const diffs = new Map<string, ReturnType<typeof wordDiff>>();
    cfg.addGlobalData("diff", () => (text: string, base: string) => {
      const key = `${text}\u0000${base}`;
      let d = diffs.get(key);
      if (!d) diffs.set(key, (d = wordDiff(text, base)));
      return d;
    });
    // Filters of the two XML templates (feed.xml, sitemap.xml), which stay Nunjucks.
    cfg.addFilter("href", (id: string, kind: Section) => recordUrl(kind, id));
    cfg.addFilter("absolute", absoluteUrl);
    cfg.addFilter("feedBody", (article: LinkedArticle) => renderBody(article, need(), absoluteUrl));
    // Every page's URL, from the corpus rather than the pages rendered in this (maybe partial) build.
    cfg.addFilter("sitemapUrls", (rendered: { url?: string | false }[], records: readonly string[]) =>
      [...new Set([...rendered.flatMap((p) => (p.url ? [p.url] : [])), ...records])].filter((u) => u.endsWith("/")).sort());
    cfg.addFilter("asDate", (iso: string) => new Date(`${iso}T00:00:00Z`));

    if (standalone) {
      cfg.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
        await writeArticleJson(need().corpus.articles, directories.output);
        for (const shard of searchShards(need(), searchShardRecords)) await indexShard(shard, path.join(directories.output, "pagefind", shard.name));
      });
    }
  };
}

export default function (cfg: EleventyConfig): void {
  const seeds = process.env.CROSSWIRE_SEEDS ?? "seeds";
  crosswire({ load: async () => new Db(await buildCorpus(seeds)), watch: seeds })(cfg);
}
