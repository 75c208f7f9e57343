export interface Segment { text: string; changed: boolean }

const norm = (w: string) => w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

/**
 * Marks the words of `text` that are not in `base` (word-level longest common subsequence),
 * so each outlet's wording of a statement shows where it differs from the first report.
 * Hand-written: no diff library is among the dependencies, and wordings are a sentence or two.
 */
export function wordDiff(text: string, base: string): Segment[] {
  const words = text.split(/(\s+)/);
  const a = words.filter((_, i) => i % 2 === 0).map(norm);
  const b = base.split(/\s+/).map(norm);
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const kept = new Set<number>();
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) { kept.add(i); i++; j++; } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) i++; else j++;
  }
  const out: Segment[] = [];
  words.forEach((w, k) => {
    const wordChanged = (i: number) => !kept.has(i) && words[2 * i] !== "";
    // Space between two changed words belongs to the change; any other space does not.
    const changed = k % 2 === 0 ? wordChanged(k / 2) : wordChanged((k - 1) / 2) && wordChanged((k + 1) / 2);
    const last = out.at(-1);
    if (last && last.changed === changed) last.text += w;
    else out.push({ text: w, changed });
  });
  return out;
}
