import type { Mention, Speaker } from "../../model/index.ts";
import type { ParagraphAnalysis, Token } from "../nlp/analyse.ts";
import { NOBODY } from "./speaker.ts";

/** Words some sites set before a colon to label a paragraph's part ("Quote:", "Details:", "Background:"). */
const FIELD_LABELS = new Set(["quote", "quotes", "details", "background", "source", "update", "note", "context", "reminder", "recall"]);

/** Whether the colon at `colonAt` closes a field label opening the paragraph ("Quote: “…”"). */
export const isFieldLabel = (tokens: readonly Token[], colonAt: number): boolean =>
  colonAt === 1 && FIELD_LABELS.has(tokens[0]!.lower);

/**
 * Who a "Quote:" paragraph quotes: the first person its article's "Source:" line, within the
 * three paragraphs before, names ("Source: Zelensky at a press conference …"). Unknown otherwise:
 * the label itself is nobody.
 */
export function labelledQuoteSpeaker(paras: readonly ParagraphAnalysis[], at: number, mentions: readonly Mention[]): Speaker {
  for (let i = at - 1; i >= Math.max(0, at - 3); i--) {
    const p = paras[i]!.paragraph;
    if (!/^source\s*:/i.test(p.text)) continue;
    const m = mentions.find((x) => x.kind === "person" && x.start >= p.start && x.end <= p.end);
    if (m) return { name: m.name, kind: "person", text: m.text, start: m.start, end: m.end, id: null };
  }
  return NOBODY;
}
