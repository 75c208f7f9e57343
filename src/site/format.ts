const long = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
/** Formatted dates by ISO date: a site shows a few thousand dates hundreds of thousands of times, and Intl formatting is slow. */
const formatted = new Map<string, string>();

/** "2024-12-04" → "4 December 2024"; empty for no date. */
export function longDate(iso: string | null | undefined): string {
  if (!iso) return "";
  let out = formatted.get(iso);
  if (out === undefined) formatted.set(iso, (out = long.format(new Date(`${iso}T00:00:00Z`))));
  return out;
}
