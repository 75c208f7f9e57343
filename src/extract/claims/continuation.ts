import type { Mention, Speaker } from "../../model/index.ts";
import type { ParagraphAnalysis, Sentence } from "../nlp/analyse.ts";
import { mainSubject, nearestSubject } from "./frames.ts";
import { QUOTE_CHARS, type QuoteSpan } from "./quotes.ts";
import { resolveSpeaker, type ResolveContext } from "./speaker.ts";

/** The claim a continuation may follow: its speaker and paragraph. */
export interface Previous {
  speaker: Speaker;
  para: number;
}

/**
 * The speaker of a quotation paragraph with no cue of its own. After a prose paragraph, whoever
 * its last sentence is about introduces the quote ("Carter said that … ¶ “That's because …”");
 * otherwise the previous claim's speaker goes on, located at their latest mention before the
 * quote, since that is the mention a reader takes the quote from.
 */
export function continuationSpeaker(ctx: ResolveContext, paras: readonly ParagraphAnalysis[], pa: ParagraphAnalysis, quote: QuoteSpan, last: Previous | undefined): Speaker | null {
  const prev = paras[pa.index - 1];
  const s = prev?.sentences.at(-1);
  if (prev && s && quote.start === pa.paragraph.start && !QUOTE_CHARS.test(prev.paragraph.text)) {
    const subj = introducerSubject(prev, s, ctx.quotes);
    const sp = subj ? resolveSpeaker(ctx, prev.tokens, subj[0], subj[1]) : null;
    // Without a colon the prose may be about someone else: only a named speaker takes over.
    if (sp && (/:\s*$/.test(prev.paragraph.text) || sp.kind === "person" || sp.kind === "organisation")) return sp;
  }
  if (!last || pa.index - last.para > 2) return null;
  return { ...last.speaker, ...latestMention(ctx, last.speaker, quote.start) };
}

/** The latest mention of a person speaker after the mention already held, outside quotations. */
function latestMention(ctx: ResolveContext, sp: Speaker, before: number): Pick<Speaker, "start" | "end" | "text"> | null {
  if (sp.kind !== "person" || !sp.name || sp.end === null) return null;
  const from = sp.end;
  const outside = (x: Mention) => !ctx.quotes.some((q) => x.start >= q.start && x.end <= q.end);
  const m = ctx.mentions.filter((x) => x.kind === "person" && x.name === sp.name && x.start >= from && x.end <= before && outside(x)).at(-1)
    // "Lee, who …, said “…” ¶ “…”": the words go on from Lee, not from "who".
    ?? (/^(who|whom)$/i.test(sp.text ?? "") ? ctx.mentions.filter((x) => x.name === sp.name && sp.start !== null && x.end <= sp.start && outside(x)).at(-1) : undefined);
  return m ? { start: m.start, end: m.end, text: m.text } : null;
}

/**
 * The subject of a prose sentence that leads into a quotation: before a closing colon, the
 * subject of its last verb ("When X died, President Y released the following statement:");
 * otherwise the main clause's subject ("Schoen elaborated … that …").
 */
function introducerSubject(pa: ParagraphAnalysis, s: Sentence, quotes: readonly QuoteSpan[]): [number, number] | null {
  const { tokens } = pa;
  if (/:\s*$/.test(pa.paragraph.text)) {
    let v = s.to - 1;
    while (v > s.from && tokens[v]!.pos !== "VERB") v--;
    const subj = v > s.from ? nearestSubject(tokens, s, v, quotes) : null;
    if (subj) return subj;
  }
  return mainSubject(tokens, s, s.to, quotes);
}
