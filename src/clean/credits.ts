/**
 * Wire agencies, by the names they sign with. A fixed list because credits are matched as
 * whole lines ("AFP · DPA") or trailing tags ("(AFP)"), where a guess would eat real text.
 */
const AGENCIES = [
  "AFP", "Agence France-Presse", "AP", "Associated Press", "Reuters", "DPA", "ANSA", "EFE", "Yonhap",
  "Xinhua", "TASS", "Kyodo", "PA", "KNA", "Anadolu", "UPI", "Bloomberg", "ANP", "Belga", "APA",
  "Interfax", "Ukrinform", "RIA Novosti", "PTI", "IANS", "Bernama", "Antara", "Lusa", "Keystone-SDA",
  "SDA", "CTK", "PAP", "MTI", "AAP", "NTB", "TT", "Ritzau", "STT", "BTA", "KCNA", "Kyodo News",
];
const byKey = new Map(AGENCIES.map((a) => [a.toLowerCase(), a]));
const SEP = /\s*(?:[·•,/|&+]|\band\b|\s)\s*/i;

/** The agencies a whole line credits ("AFP · DPA", "(AFP)"), or null when the line is anything else. */
export function agencyCredit(line: string): string[] | null {
  if (line.length > 60) return null;
  const inner = line.replace(/^[([]\s*|\s*[)\]]$/g, "").trim();
  if (inner === "") return null;
  const whole = byKey.get(inner.toLowerCase());
  if (whole) return [whole];
  const parts = inner.split(SEP).filter(Boolean);
  const names = parts.map((p) => byKey.get(p.toLowerCase()));
  return names.every((n): n is string => n !== undefined) ? names : null;
}

/** A bracketed agency tag closing a paragraph: `… air defences." (AFP)`. Returns its length and agencies. */
export function trailingAgencyTag(paragraph: string): { length: number; agencies: string[] } | null {
  const m = /\s*\(([^()]{2,40})\)$/.exec(paragraph);
  if (!m) return null;
  const agencies = agencyCredit(m[1] ?? "");
  return agencies ? { length: m[0].length, agencies } : null;
}

/** "Source: Stern" — a publisher credit line: a short capitalised name after "Source:". */
export function sourceCredit(line: string): string | null {
  const m = /^source\s*:\s*(.+)$/i.exec(line);
  const name = m?.[1]?.trim();
  if (!name) return null;
  const words = name.split(/\s+/);
  return words.length <= 4 && words.every((w) => /^[\p{Lu}\d]/u.test(w)) ? name : null;
}
