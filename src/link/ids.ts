/**
 * Hands out unique ids. A wanted id that is already taken gets "-2", "-3"… so a collision
 * never overwrites another record's page; callers ask in a content-derived order so the
 * suffixes are stable across rebuilds.
 */
export class IdAllocator {
  private readonly taken = new Set<string>();

  constructor(private readonly onCollision?: (wanted: string, given: string, file: string) => void) {}

  /** `file` names the seed the record comes from, for the collision warning. */
  claim(wanted: string, file = ""): string {
    let id = wanted;
    for (let n = 2; this.taken.has(id); n++) id = `${wanted}-${n}`;
    this.taken.add(id);
    if (id !== wanted) this.onCollision?.(wanted, id, file);
    return id;
  }
}
