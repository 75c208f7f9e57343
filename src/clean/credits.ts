/**
 * Wire agencies, by the names they sign with. A fixed list because credits are matched as
 * whole lines ("AFP · DPA") or trailing tags ("(AFP)"), where a guess would eat real text.
 */
const AGENCIES = [
  "AFP", "Agence France-Presse", "AP", "Associated Press", "Reuters", "DPA", "ANSA", "EFE", "Yonhap",
  "Xinhua", "TASS", "Kyodo", "PA", "KNA", "Anadolu", "UPI", "Bloomberg", "ANP", "Belga", "APA",
  "Interfax", "Ukrinform", "RIA Novosti", "PTI", "IANS", "Bernama", "Antara", "Lusa", "Keystone-SDA",
  "SDA", "CTK", "PAP", "MTI", "AAP", "NTB", "TT", "Ritzau", "STT", "BTA", "KCNA", "Kyodo News", "Jiji", "Jiji Press", "AA", "Anadolu Agency",
];
/** Agencies' full names, credited as their short ones, so one agency is never listed twice. */
const SHORT: Readonly<Record<string, string>> = { "Agence France-Presse": "AFP", "Associated Press": "AP", "Kyodo News": "Kyodo", "Jiji Press": "Jiji", "Anadolu Agency": "AA" };
const byKey = new Map(AGENCIES.map((a) => [a.toLowerCase(), SHORT[a] ?? a]));
const SEP = /\s*(?:[·•,/|&+]|\band\b|\s)\s*/i;

/** The agencies a whole line credits ("AFP · DPA", "(AFP)", "rm/sms (AFP, dpa, Reuters)"), or null when the line is anything else. */
export function agencyCredit(line: string): string[] | null {
  if (line.length > 60) return null;
  // An editor's initials may come first: "rm/sms (AFP, dpa, Reuters)".
  const inner = line.replace(/^[a-z]{1,4}(?:\/[a-z]{1,4})*\s+(?=\()/, "").replace(/^[([]\s*|\s*[)\]]$/g, "").trim();
  if (inner === "") return null;
  const whole = byKey.get(inner.toLowerCase());
  if (whole) return [whole];
  const parts = inner.split(SEP).filter(Boolean);
  const names = parts.map((p) => byKey.get(p.toLowerCase()));
  return names.every((n): n is string => n !== undefined) ? names : null;
}

/** A bracketed agency tag closing a paragraph: `… air defences." (AFP)`. Returns its length and agencies. */
export function trailingAgencyTag(paragraph: string): { length: number; agencies: string[] } | null {
  const m = /\s*\(([^()]{2,40})\)\.?$/.exec(paragraph);
  if (!m) return null;
  const agencies = agencyCredit(m[1] ?? "");
  return agencies ? { length: m[0].length, agencies } : null;
}

/**
 * A picture credit closing a caption, after its last sentence ("… in Oxford. Photograph: Jane
 * Smith/Alamy", "… home. Credit: Dean Holloway", "… on Tuesday. | Photo Credit: J.
 * Selvakumar"), or glued to its last word as DW's pages copy ("… and Markus SöderImage: Kay
 * Nietfeld/dpa/picture alliance"), or after the publisher's tag ("… on June 21. ST PHOTO: NG HUI WEN"): its length.
 */
export function trailingPhotoCredit(paragraph: string): number | null {
  const m = /(?<=[\p{L}\p{N}]{2}[.!?])\s+(?:\|\s+)?(?:(?:photo(?:graph)?|picture|image|illustration)s?(?:\s+credit)?|credit)\s*:\s*(?:[^.:]|(?<=\s\p{Lu})\.){2,60}$/iu.exec(paragraph)
    ?? /(?<=\p{Ll})(?:Photo|Image|Picture):\s*\p{Lu}[^.:]{2,60}$/u.exec(paragraph)
    // The publisher's tag before the label, in capitals: "… on June 21. ST PHOTO: NG HUI WEN", "AFP PHOTO: …".
    ?? /(?<=[\p{L}\p{N}]{2}[.!?])\s+\p{Lu}{2,8}\s+(?:PHOTO|PICTURE|IMAGE)S?\s*:\s*[^.:]{2,60}$/u.exec(paragraph)
    // A mark of rights after the caption: "… on March 27, 2025. © Laurent Bessière, AFP".
    ?? /(?<=[\p{L}\p{N}]{2}[.!?])\s+©\s*[^.©]{2,60}$/u.exec(paragraph);
  return m ? m[0].length : null;
}

/**
 * The credit closing a caption without a "Photo:" label: who took the picture, after the caption's
 * last sentence ("… on November 19. GLEB GARANICH / REUTERS", "… on Wednesday. Claudio Álvarez",
 * "… 2024. (POOL / VLADIMIR SMIRNOV)", "… 2023. (Yossi Aloni/Flash90)", "… in February. (ABC News: Ellen Marsh)", "… in Hatay. ( Kerem
 * Öztürk - Anadolu Agency )") or as "AGENCY/Name" after a comma ("… in the Sejm,
 * PAP/Leszek Szymański"). Its length, or null. Only for a line that ends no sentence.
 */
export function captionCredit(line: string): number | null {
  const tail = line.slice(-80); // most lines are prose: the patterns need only the end
  const m = /(?<=[\p{L}\p{N}]{2}\.)\s+(?:\p{Lu}[\p{L}'’ /&-]{1,40}|\(\s*\p{Lu}[\p{L}\p{N}'’ /&:-]{1,60}\))$/u.exec(tail)
    ?? /\s\[\p{Lu}[\p{L}'’ &-]{1,20}:\s*\p{Lu}[\p{L}'’ /&-]{1,40}\]$/u.exec(tail) // "… from a video [File: Reuters]", not a digest's "[NYT]"
    ?? /(?<=,)\s+\(?\p{Lu}{2,}\s*\/\s*\p{Lu}[\p{L}'’ .-]{1,40}\)?$/u.exec(tail);
  return m ? m[0].length : null;
}

/** A site's address standing for its name: "ntv.de", "tagesschau.de", "eKathimerini.com". */
export const isSiteAddress = (text: string): boolean => /^[a-z\d-]*[a-z][a-z\d-]*(?:\.[a-z\d-]+)*\.[a-z]{2,6}$/i.test(text);

/**
 * "Source: Stern", "Source: ntv.de", "Source: Al Jazeera and news agencies" — a publisher credit
 * line: a short capitalised name or a domain after "Source:".
 */
export function sourceCredit(line: string): string | null {
  const m = /^source\s*:\s*(.+)$/i.exec(line);
  const name = m?.[1]?.trim();
  if (!name) return null;
  if (isSiteAddress(name)) return name;
  return publisherName(name.replace(/\s*(?:,|\band\b|\bwith\b)\s*(?:news |wire )?agencies$/i, ""));
}

/** A publisher's name: up to five words, each capitalised, or null. */
function publisherName(name: string): string | null {
  const words = name.split(/\s+/);
  return words.length <= 5 && words.every((w) => /^[\p{Lu}\d]/u.test(w)) ? name : null;
}

/** "Reuters home", "ABC News Homepage", "The Guardian - Back to homepage": the site a link to its front page names. */
export function homeLinkName(text: string): string | null {
  const m = /^(\p{Lu}[\p{L}\d.&'’ -]{1,38}?)\s*(?:[-–|:]\s*)?(?:(?:[Bb]ack|[Rr]eturn|[Gg]o) to (?:the )?)?(?:[Hh]ome ?[Pp]age|HOMEPAGE|[Hh]ome)$/u.exec(text);
  return m ? publisherName(m[1]!.trim()) : null;
}

/**
 * "Le Monde with AFP", "by DAILY SABAH WITH AA", "The Local (news@thelocal.de) + AFP": the
 * publisher and the agencies its article draws on (an address in brackets is the desk's).
 */
export function outletWithAgencies(line: string): { outlet: string; agencies: string[] } | null {
  const m = /^(?:[Bb][Yy]\s+)?(.{2,40}?)(?:\s*\([^()\s]+@[^()\s]+\))?\s+(?:with|WITH|\+)\s+(.{2,40})$/u.exec(line);
  const agencies = m ? agencyCredit(m[2]!) : null;
  const outlet = m && agencies ? publisherName(m[1]!) : null;
  return outlet && agencies ? { outlet, agencies } : null;
}

/**
 * Who a copyright line names ("Copyright 2024 The Associated Press. All rights reserved." →
 * "Associated Press"; "© 2025 Daily Herald Online." → "Daily Herald Online"; "© Anadolu Ajansı
 * 2025" → "Anadolu Ajansı"), or null. The holder of a page's copyright is its publisher, or the
 * agency that wrote it.
 */
export function copyrightHolder(line: string): string | null {
  // A company's legal form ends the name: "© 2025 POLITICO LLC", "©2025 Bloomberg L.P. All Rights Reserved".
  const plain = line.replace(/,?\s+(?:LLC|L\.L\.C\.|Inc\.?|Ltd\.?|Limited|Pvt\.? Ltd\.?|PVT\.? LTD\.?|GmbH|plc|PLC|L\.P\.|S\.[AL]\.)(?=[\s.,;|]|$)/g, ".");
  // The mark may follow the rights ("ALL RIGHTS RESERVED © Copyright ANSA").
  const m = /(?:^|\s)(?:©|\(c\)|copyright)\s*(?:©\s*|copyright\s+)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)?,?\s*(?:the\s+)?([^.,;|©]{2,60}?)\s*(?:(?:19|20)\d\d)?\s*(?:[.,;|]|$)/i.exec(plain);
  const name = m?.[1]?.trim();
  // (A name cut at an abbreviation's full stop, "EDICIONES EL PAÍS S" of "… S.L.", is not one.)
  if (!name || /^all rights reserved$/i.test(name) || /\s\p{L}$/u.test(name)) return null;
  return publisherName(name);
}

/** "WASHINGTON (AP) —", "HANOI/LONDON, July 8 (Reuters) -": the place in capitals, a date, the credit. */
const CREDITED_DATELINE = /^\p{Lu}[\p{Lu}\p{M} .'’\/-]{1,40}(?:,\s*[\p{L}\d .]{1,30})?\s*\(([^()]{2,30})\)\s*[-—–]\s*/u;
/** The place in mixed case, so the outlet stands out: "Seoul, South Korea CNN —" ("ST. LOUIS —" names no outlet "LOUIS"). */
const OUTLET_DATELINE = /^(?=[^—–]*\p{Ll})\p{Lu}[\p{L}\p{M}.'’ -]{1,40}(?:,\s*\p{Lu}[\p{L}.'’ -]{1,30})?\s+(\p{Lu}{2,6})\s+[—–]\s/u;

/** How many characters a credited dateline opening the paragraph takes, with the space after it (0 when none). */
export const datelineLength = (paragraph: string): number => (CREDITED_DATELINE.exec(paragraph) ?? OUTLET_DATELINE.exec(paragraph))?.[0].length ?? 0;

/**
 * Who a dateline credits: "WASHINGTON (AP) —", "LONDON, March 3 (Reuters) -", "BERLIN (dpa) -"
 * name an agency; "Seoul, South Korea CNN —" and "WASHINGTON (CNN) —" the publisher.
 */
export function datelineCredit(paragraph: string): { agencies: string[] } | { outlet: string } | null {
  const m = CREDITED_DATELINE.exec(paragraph) ?? OUTLET_DATELINE.exec(paragraph);
  if (!m) return null;
  const agencies = agencyCredit(m[1]!);
  if (agencies) return { agencies };
  return /^\p{Lu}{2,6}$/u.test(m[1]!) ? { outlet: m[1]! } : null;
}
