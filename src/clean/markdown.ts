import type { Nodes } from "mdast";
import { remark } from "remark";
import type { Mark, Span } from "../model/index.ts";

const parser = remark();

/**
 * A Markdown block's text with its syntax blanked: emphasis marks, link brackets and URLs,
 * images, raw HTML, code fences, quote and list markers and escaping backslashes become
 * spaces, so the result has the same length as the source and every offset still holds.
 * Extraction reads this ('"…," said [Maya Patel](https://…)' has a speaker only without the
 * brackets), and the body shows it with the marks `markdownMarks` finds; nothing of the seed is
 * ever rendered as Markdown or HTML.
 * remark's parser (the design card's) finds the syntax; only `text` and code contents are kept.
 */
export function plainMarkdown(block: string): string {
  if (!/[*_`[\]<>!#\\~|-]|^\s*\d+[.)]/.test(block)) return block;
  const keep = new Uint8Array(block.length);
  const visit = (node: Nodes): void => {
    const from = node.position?.start.offset, to = node.position?.end.offset;
    if (from === undefined || to === undefined) return;
    if (node.type === "text") keep.fill(1, from, to);
    else if (node.type === "inlineCode" || node.type === "code") {
      // The code itself, without its fences.
      const at = node.value ? block.indexOf(node.value, from) : -1;
      if (at >= 0 && at + node.value.length <= to) keep.fill(1, at, at + node.value.length);
    } else if ("children" in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(parser.parse(block));
  let out = "";
  for (let i = 0; i < block.length; i++) {
    const c = block[i]!;
    // An escaping backslash is syntax: "\*" shows "*".
    const escape = c === "\\" && /[!-/:-@[-`{-~]/.test(block[i + 1] ?? "");
    out += keep[i] && !escape ? c : /\s/.test(c) ? c : " ";
  }
  return out;
}

/** The range from a node's first `text` to its last, or null when it holds none. */
function textRange(node: Nodes): Span | null {
  if (node.type === "text") {
    const start = node.position?.start.offset, end = node.position?.end.offset;
    return start === undefined || end === undefined ? null : { start, end };
  }
  if (!("children" in node)) return null;
  let start: number | null = null, end = 0;
  for (const child of node.children) {
    const r = textRange(child as Nodes);
    if (r) [start, end] = [start ?? r.start, r.end];
  }
  return start === null ? null : { start, end };
}

/**
 * The strong, emphasis and links of a Markdown block, from the same parse tree as `plainMarkdown`,
 * offsets into `block` plus `offset`, outer marks first. A mark covers the text it holds, so
 * `[Maya Patel](…)` marks the name and not the blanked URL after it; one holding no text (an
 * image, raw HTML) is none. Links keep their destination as written: the site decides which it
 * shows (src/site/body.ts).
 */
export function markdownMarks(block: string, offset = 0): Mark[] {
  // Strong and emphasis need * or _, links [ or < (autolinks).
  if (!/[*_[<]/.test(block)) return [];
  const marks: Mark[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === "strong" || node.type === "emphasis" || node.type === "link") {
      const range = textRange(node);
      if (range) {
        const span = { start: range.start + offset, end: range.end + offset };
        marks.push(node.type === "link" ? { ...span, kind: "link", url: node.url } : { ...span, kind: node.type });
      }
    }
    if ("children" in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(parser.parse(block));
  return marks;
}

/**
 * Blanked syntax leaves runs of spaces; before punctuation they go ("said Maya Patel , a lawyer"
 * from "[Maya Patel](url), a lawyer"). For text shown to readers, where offsets no longer matter.
 */
export const closeBlankedGaps = (text: string): string => text.replace(/ {2,}(?=[,.;:!?)])/g, "");

/** `text` with each paragraph's range holding the paragraph's own text (Markdown blanked, line breaks as spaces). */
export function overlayParagraphs(text: string, paragraphs: readonly { start: number; end: number; text: string }[]): string {
  let out = "", at = 0;
  for (const p of paragraphs) {
    out += text.slice(at, p.start) + p.text;
    at = p.end;
  }
  return out + text.slice(at);
}
