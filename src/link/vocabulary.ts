import { hashToken } from "./minhash.ts";

/**
 * Words numbered in order of first sight, each with its 32-bit hash for MinHash. Texts become
 * small arrays of ids rather than arrays of strings: across a corpus that is far less to
 * allocate and keep, and sets of ids compare without hashing strings again.
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  private hashList = new Int32Array(1024);

  id(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(word, id);
      this.words.push(word);
      if (id === this.hashList.length) {
        const grown = new Int32Array(2 * id);
        grown.set(this.hashList);
        this.hashList = grown;
      }
      this.hashList[id] = hashToken(word) | 0;
    }
    return id;
  }

  word(id: number): string {
    return this.words[id]!;
  }

  /** The hash of each id's word, indexed by id. */
  get hashes(): Int32Array {
    return this.hashList;
  }

  /** Distinct ids of a list of words, ascending. */
  idSet(words: readonly string[]): Int32Array {
    const ids = new Int32Array(words.length);
    for (let k = 0; k < words.length; k++) ids[k] = this.id(words[k]!);
    ids.sort();
    let n = 0;
    for (let k = 0; k < ids.length; k++) if (k === 0 || ids[k] !== ids[k - 1]) ids[n++] = ids[k]!;
    return n === ids.length ? ids : ids.slice(0, n);
  }
}

/** How many ids two ascending id sets share. */
export function sharedCount(a: Int32Array, b: Int32Array): number {
  let shared = 0;
  for (let x = 0, y = 0; x < a.length && y < b.length; ) {
    if (a[x]! < b[y]!) x++;
    else if (a[x]! > b[y]!) y++;
    else {
      shared++;
      x++;
      y++;
    }
  }
  return shared;
}
