import type { Corpus } from "../model/index.ts";

export interface BuildStats {
  articles: number;
  people: number;
  statements: number;
  /** Output files whose bytes changed or that are new. */
  written: number;
  /** Output files left as they were (not rendered, or rendered to the same bytes). */
  unchanged: number;
  /** Output files of deleted records removed. */
  removed: number;
  /** Search index shards re-indexed, of how many. */
  shards: { indexed: number; total: number };
  problems: number;
  seconds: number;
  /** Peak resident memory of this process, in MB. */
  peakMb: number;
  /** Articles taken from the cache / extracted this build. */
  cached: number;
  extracted: number;
  /** Seconds per stage, for the bench and profiling. */
  stages: Record<string, number>;
}

export const statsOf = (corpus: Corpus) => ({
  articles: corpus.articles.length, people: corpus.people.length,
  statements: corpus.statements.length, problems: corpus.problems.length,
});

/** Peak resident set size so far (process.resourceUsage reports kilobytes). */
export const peakMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

/** The build's last line. */
export function summaryLine(s: BuildStats): string {
  return `${s.articles} articles, ${s.people} people, ${s.statements} statements; `
    + `${s.written} pages written, ${s.unchanged} unchanged${s.removed ? `, ${s.removed} removed` : ""}; `
    + `search: ${s.shards.indexed} of ${s.shards.total} index shards rebuilt; `
    + `${s.problems} problems; ${s.seconds.toFixed(1)} s, peak ${s.peakMb} MB`;
}

/** Seconds per named stage: `lap(name)` adds the time since the previous lap to `name`. */
export function stopwatch(): { stages: Record<string, number>; lap: (name: string) => void } {
  const stages: Record<string, number> = {};
  let t = performance.now();
  return {
    stages,
    lap(name) {
      const now = performance.now();
      stages[name] = (stages[name] ?? 0) + (now - t) / 1000;
      t = now;
    },
  };
}
