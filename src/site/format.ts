const long = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** "2024-12-04" → "4 December 2024"; empty for no date. */
export function longDate(iso: string | null | undefined): string {
  return iso ? long.format(new Date(`${iso}T00:00:00Z`)) : "";
}
