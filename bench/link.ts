import { performance } from "node:perf_hooks";
import { linkCorpus } from "../src/link/index.ts";
import { contentWords } from "../src/link/text.ts";
import type { ArticleRecord, Claim, Mention } from "../src/model/index.ts";

/** Claims per synthetic article, and articles per event (each outlet words a statement its own way). */
const CLAIMS_PER_ARTICLE = 10;
const ARTICLES_PER_EVENT = 3;
const PEOPLE_PER_EVENT = 4;

/** Deterministic pseudo-random numbers (mulberry32), so every run links the same corpus. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = "ka lo mi ne ru sa ti vo ze ba de fi go hu ja ke li mo nu pa".split(" ");
function word(n: number): string {
  let s = "";
  for (let x = n + 21; x > 0; x = Math.floor(x / SYLLABLES.length)) s += SYLLABLES[x % SYLLABLES.length];
  return s;
}
const cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1);

/**
 * A corpus of `claims` claims shaped like the extractor's output: events reported by several
 * outlets, each report wording the same statements slightly differently, speakers named in full
 * or by surname, a pool of people and vocabulary that grow with the corpus as real news does.
 */
export function syntheticArticles(claims: number, seed = 1): ArticleRecord[] {
  const random = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const articleCount = Math.ceil(claims / CLAIMS_PER_ARTICLE);
  const events = Math.ceil(articleCount / ARTICLES_PER_EVENT);
  const peoplePool = Array.from({ length: Math.max(20, Math.ceil(events / 2)) }, (_, i) => `${cap(word(i * 7 + 3))} ${cap(word(i * 13 + 5))}`);
  const vocabulary = Array.from({ length: 2_000 + Math.ceil(claims / 20) }, (_, i) => word(i + 1_000));
  const articles: ArticleRecord[] = [];
  for (let e = 0; e < events && articles.length < articleCount; e++) {
    const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(random() * 1_800) * 86_400_000).toISOString().slice(0, 10);
    const cast = Array.from({ length: PEOPLE_PER_EVENT }, () => pick(peoplePool));
    const statements = Array.from({ length: CLAIMS_PER_ARTICLE }, () => ({
      speaker: pick(cast),
      words: Array.from({ length: 8 + Math.floor(random() * 14) }, () => pick(vocabulary)),
    }));
    for (let k = 0; k < ARTICLES_PER_EVENT && articles.length < articleCount; k++) {
      const id = `a${articles.length}`;
      let text = `${cap(pick(vocabulary))} ${pick(vocabulary)} ${pick(vocabulary)}\n\n`;
      const mentions: Mention[] = [];
      const claimList: Claim[] = [];
      statements.forEach((s, c) => {
        // Each outlet changes about one word in eight, as translations and paraphrases do.
        const words = s.words.map((w) => (random() < 0.12 ? pick(vocabulary) : w));
        const said = random() < 0.3 ? s.speaker.split(" ")[1]! : s.speaker;
        const nameAt = text.length;
        text += `${said} said `;
        mentions.push({ start: nameAt, end: nameAt + said.length, text: said, kind: "person", name: s.speaker });
        const start = text.length;
        const content = words.join(" ");
        text += `${content}.\n\n`;
        claimList.push({
          id: `${id}-c${c}`, kind: "indirect", text: content, start, end: start + content.length, cue: null,
          speaker: { name: s.speaker, kind: "person", text: said, start: nameAt, end: nameAt + said.length, id: null },
          statement: null,
        });
      });
      const published = random() < 0.8 ? day : null;
      articles.push({
        id, file: `${id}.txt`, contentHash: id, title: text.slice(0, text.indexOf("\n")), dek: null,
        outlet: `Outlet ${k}`, url: null, agencies: [], authors: [],
        published: published ? { date: published, from: "dateline" } : null, eventDate: published,
        language: "en", titleSpan: null,
        paragraphs: [{ start: 0, end: text.length, kind: "paragraph", text: text.replace(/\n/g, " ") }],
        removed: [], mentions, roles: [], claims: claimList,
      });
    }
  }
  return articles;
}

export interface LinkBenchRow {
  claims: number;
  articles: number;
  /** Milliseconds to link. */
  linkMs: number;
  /** Milliseconds for a linear baseline over the same claims (tokenising every claim once). */
  baselineMs: number;
  statements: number;
  stories: number;
}

export interface LinkBenchReport {
  rows: LinkBenchRow[];
  /** Linking time at the largest size over the smallest. */
  growth: number;
  /** The same growth for the linear baseline, measured in the same run. */
  baselineGrowth: number;
  limit: number;
  ok: boolean;
}

function time(run: () => void): number {
  const t = performance.now();
  run();
  return performance.now() - t;
}

/** Links synthetic corpora of each size and reports times and growth (largest over smallest). */
export async function benchLink(sizes: readonly number[] = [10_000, 100_000], limit = 20): Promise<LinkBenchReport> {
  await linkCorpus(syntheticArticles(2_000, 99), []); // warm-up: JIT and module loading stay out of the figures
  const rows = [];
  for (const claims of sizes) {
    const articles = syntheticArticles(claims);
    const texts = articles.flatMap((a) => a.claims.map((c) => c.text));
    const baselineMs = time(() => texts.forEach((t) => contentWords(t)));
    const t = performance.now();
    const corpus = await linkCorpus(articles, []);
    const linkMs = performance.now() - t;
    rows.push({ claims: texts.length, articles: articles.length, linkMs, baselineMs, statements: corpus.statements.length, stories: corpus.stories.length });
  }
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  const growth = last.linkMs / first.linkMs;
  return { rows, growth, baselineGrowth: last.baselineMs / first.baselineMs, limit, ok: growth < limit };
}

export function formatLinkBench(r: LinkBenchReport): string {
  const lines = r.rows.map(
    (x) =>
      `link: ${x.claims} claims (${x.articles} articles) in ${x.linkMs.toFixed(0)} ms ` +
      `[${x.statements} statements, ${x.stories} stories; linear baseline ${x.baselineMs.toFixed(0)} ms, link/baseline ${(x.linkMs / x.baselineMs).toFixed(1)}×]`,
  );
  lines.push(
    `link: growth ${r.growth.toFixed(1)}× for ${(r.rows.at(-1)!.claims / r.rows[0]!.claims).toFixed(0)}× the claims ` +
      `(linear baseline ${r.baselineGrowth.toFixed(1)}×; limit ${r.limit}×) ${r.ok ? "OK" : "TOO SLOW"}`,
  );
  return lines.join("\n");
}
