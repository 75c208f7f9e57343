import type { Claim, Mention, Paragraph } from "../model/index.ts";

/** Direct, mixed and indirect quotes with cue and speaker. `statement` and `speaker.id` stay null. */
export function findClaims(_text: string, _paragraphs: readonly Paragraph[], _mentions: readonly Mention[], _articleId: string): Claim[] {
  return []; // STUB: replaced by the extraction work
}
