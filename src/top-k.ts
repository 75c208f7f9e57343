/**
 * The k items of highest score, best first; equal scores are ordered by `before`, which must
 * order any two distinct items, so the result is the head of a full sort by (score, before).
 * Keeps only k items, so picking from n costs about n comparisons rather than a sort of n.
 */
export class TopK<T> {
  private readonly kept: { item: T; score: number }[] = [];

  constructor(
    private readonly k: number,
    private readonly before: (x: T, y: T) => boolean,
  ) {}

  offer(item: T, score: number): void {
    const kept = this.kept;
    if (kept.length === this.k && (this.k === 0 || !this.beats(item, score, kept[kept.length - 1]!))) return;
    let at = kept.length;
    while (at > 0 && this.beats(item, score, kept[at - 1]!)) at--;
    kept.splice(at, 0, { item, score });
    if (kept.length > this.k) kept.pop();
  }

  /** A method, not a closure made per offer: offers run millions of times. */
  private beats(item: T, score: number, e: { item: T; score: number }): boolean {
    return score > e.score || (score === e.score && this.before(item, e.item));
  }

  items(): T[] {
    return this.kept.map((e) => e.item);
  }
}
