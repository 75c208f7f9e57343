import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** PolNeAR train texts: real news prose to rotate through. */
export const POLNEAR_TRAIN = path.resolve(import.meta.dirname, "../../shared/corpora/polnear/train/text");

/**
 * Writes `count` seed files to `dir`, rotating through the PolNeAR train texts and varying
 * each copy lightly (an edition number in the headline, a dateline, paragraphs rotated), so
 * that copies are distinct articles with distinct ids rather than duplicates.
 */
export function generateCorpus(dir: string, count: number, sourceDir = POLNEAR_TRAIN): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const texts = readdirSync(sourceDir).sort().map((f) => readFileSync(path.join(sourceDir, f), "utf8"));
  for (let i = 0; i < count; i++) writeFileSync(path.join(dir, seedName(i)), variant(texts[i % texts.length]!, i, texts.length));
}

export const seedName = (i: number): string => `a${String(i).padStart(6, "0")}.txt`;

/** One copy of a text: round 0 is the text itself, later rounds rotate paragraphs and relabel. */
export function variant(text: string, i: number, period: number): string {
  const round = Math.floor(i / period);
  const [title = "", ...rest] = text.split("\n");
  const paragraphs = rest.join("\n").split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  if (round === 0) return text;
  const shift = round % Math.max(1, paragraphs.length);
  const rotated = [...paragraphs.slice(shift), ...paragraphs.slice(0, shift)];
  const day = String((round % 28) + 1).padStart(2, "0");
  return `${title} (edition ${round + 1})\n\nMarch ${day}, 2016\n\n${rotated.join("\n\n")}\n`;
}
