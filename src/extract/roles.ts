import type { Mention, RoleMention } from "../model/index.ts";

/** Titles and offices stated for people in this article. */
export function findRoles(_text: string, _mentions: readonly Mention[]): RoleMention[] {
  return []; // STUB: replaced by the linking work
}
