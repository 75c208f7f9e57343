/**
 * Eleventy wiring only: the corpus as global data, filters, watch targets and the search index
 * after each build. `crosswire(load)` is what src/site/index.ts uses; the default export lets
 * plain `eleventy --config=.eleventy.ts` (under tsx) build `$CROSSWIRE_SEEDS` or seeds/.
 */
import path from "node:path";
import rssPlugin from "@11ty/eleventy-plugin-rss";
import type { Corpus, LinkedArticle, Person, Statement } from "./src/model/index.ts";
import { buildCorpus } from "./src/pipeline.ts";
import { anchoredClaims, renderBody } from "./src/site/body.ts";
import { Db } from "./src/site/db.ts";
import { wordDiff } from "./src/site/diff.ts";
import type { EleventyConfig } from "./src/site/eleventy.ts";
import { longDate } from "./src/site/format.ts";
import { articleLd, personLd, scriptJson, statementLd } from "./src/site/jsonld.ts";
import { indexSearch } from "./src/site/search.ts";
import { absoluteUrl, claimAnchor, claimUrl, recordUrl, type Section } from "./src/site/urls.ts";

/** Templates live beside this file, wherever the command is run from. */
export const TEMPLATES = path.join(import.meta.dirname, "templates");

export interface SiteSource {
  /** Called once per build (and per rebuild when serving). */
  load: () => Promise<Corpus>;
  /** Folder whose changes trigger a rebuild when serving. */
  watch?: string;
}

export function crosswire({ load, watch }: SiteSource) {
  return function configure(cfg: EleventyConfig): void {
    // A fresh corpus for every build and every rebuild while serving; Eleventy awaits this
    // before it gathers global data.
    let db: Db | null = null;
    cfg.on("eleventy.before", async () => { db = null; db = new Db(await load()); });
    const need = (): Db => {
      if (!db) throw new Error("corpus not loaded");
      return db;
    };
    cfg.addGlobalData("corpus", () => need().corpus);
    cfg.addGlobalData("db", need);

    cfg.setInputDirectory(TEMPLATES);
    cfg.setIncludesDirectory("_includes");
    cfg.setTemplateFormats(["njk", "11ty.ts"]);
    cfg.addExtension(["11ty.ts"], { key: "11ty.js" });
    // Eleventy 3 leaves Nunjucks' autoescape at its default; force it so seed text is always escaped.
    cfg.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false });
    cfg.addPassthroughCopy({ [path.join(TEMPLATES, "assets")]: "assets" });
    cfg.addPlugin(rssPlugin);
    if (watch) cfg.addWatchTarget(watch);

    cfg.addFilter("href", (id: string, kind: Section) => recordUrl(kind, id));
    cfg.addFilter("claimHref", (claimId: string, articleId: string) => claimUrl(articleId, claimId));
    cfg.addFilter("claimAnchor", claimAnchor);
    cfg.addFilter("absolute", absoluteUrl);
    cfg.addFilter("longDate", longDate);
    cfg.addFilter("body", (article: LinkedArticle) => renderBody(article, need()));
    cfg.addFilter("feedBody", (article: LinkedArticle) => renderBody(article, need(), absoluteUrl));
    cfg.addFilter("wordDiff", wordDiff);
    cfg.addFilter("asDate", (iso: string) => new Date(`${iso}T00:00:00Z`));
    cfg.addFilter("anchored", (article: LinkedArticle) => anchoredClaims(article));
    cfg.addFilter("articleLd", (a: LinkedArticle) => scriptJson(articleLd(a, need())));
    cfg.addFilter("personLd", (p: Person) => scriptJson(personLd(p)));
    cfg.addFilter("statementLd", (s: Statement) => scriptJson(statementLd(s, need())));

    cfg.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
      await indexSearch(directories.output);
    });
  };
}

export default function (cfg: EleventyConfig): void {
  const seeds = process.env.CROSSWIRE_SEEDS ?? "seeds";
  crosswire({ load: () => buildCorpus(seeds), watch: seeds })(cfg);
}
