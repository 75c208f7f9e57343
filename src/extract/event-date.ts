import * as chrono from "chrono-node";
import type { Paragraph } from "../model/index.ts";

const DAY = 86_400_000;
/** News reports events of the past week or so; dates further back are background, not the event. */
const LOOKBACK_DAYS = 7;
/** The event is stated near the top; later dates tend to be background. */
const LEAD_CHARS = 2_000;

const iso = (d: Date): string => d.toISOString().slice(0, 10);

/**
 * The day the article's event happened: the first date in its lead that, resolved against the
 * article's own date, falls within the week up to it ("on Wednesday", "this Monday", "Wednesday
 * December 4"). Dates after the article's own ("until Monday") are plans, not the event.
 * Falls back to the article's date; null when the article has none (nothing to resolve against).
 * Linking groups stories by it; it depends on the article alone, so it is found (and cached)
 * with the rest of extraction rather than on every build.
 */
export function eventDate(published: string | null, paragraphs: readonly Paragraph[]): string | null {
  if (!published) return null;
  const ref = new Date(`${published}T12:00:00Z`);
  const lead = paragraphs
    .filter((p) => p.kind !== "caption")
    .map((p) => p.text)
    .join("\n")
    .slice(0, LEAD_CHARS);
  for (const r of chrono.en.parse(lead, { instant: ref, timezone: 0 }, { forwardDate: false })) {
    const d = r.start.date();
    const age = (ref.getTime() - d.getTime()) / DAY;
    if (age >= -0.5 && age <= LOOKBACK_DAYS + 0.5) return iso(d);
  }
  return published;
}
