import type { Paragraph, RemovedLine, SourceDoc } from "../model/index.ts";
import { bylineNames, isBareName, isByline, isNameList, isPaperName, isWriterJob } from "./bylines.ts";
import { isAuthorBio, isBreadcrumb, isCommentsMarker, isEndMarker, isFragment, isImageCredit, isInterfaceLine, isListHeading, isTagHeading, noticeKind } from "./chrome.ts";
import { agencyCredit, captionCredit, copyrightHolder, datelineCredit, homeLinkName, isSiteAddress, outletWithAgencies, sourceCredit, trailingAgencyTag, trailingPhotoCredit } from "./credits.ts";
import { isDateLine } from "./dateline.ts";
import { findHeadline, isProse, trimHeadline } from "./headline.ts";
import { endsSentence, type Line, normalise, splitLines, wordCount } from "./lines.ts";
import { markdownMarks, plainMarkdown } from "./markdown.ts";

export interface Cleaned {
  /** The headline as found in the text (suffixes such as " | World" cut off), or null. */
  headline: Line | null;
  /** Kept blocks in source order; the headline, when found, is the first, of kind "title". */
  paragraphs: Paragraph[];
  /** Every dropped line with the reason; lines above the headline are kept here too (datelines, bylines). */
  removed: RemovedLine[];
  /** Agencies credited in credit lines, trailing tags, wire datelines or copyright lines. */
  agencies: string[];
  /**
   * Publisher a credit names: "Source: X", "X with AFP", a dateline ("Seoul CNN —"), the site's
   * name repeated in the page's furniture, else a copyright notice.
   */
  outletCredit: string | null;
}

interface Credits {
  agencies: string[];
  /** From "Source: X", "X with AFP", a dateline or the site's name. */
  outlet: string | null;
  /** From a copyright line whose holder is not an agency. */
  copyright: string | null;
}

const ABOVE_HEADLINE = "above headline";
const RELATED = "link to another article";
const FRAGMENT = "fragment (symbols, numbers or initials)";
const AFTER_END = "after end of article";

/** Why a line is page chrome wherever it stands, or null when it may be content. */
function chromeReason(line: Line, credits: Credits): string | null {
  const agencies = agencyCredit(line.text);
  if (agencies) {
    credits.agencies.push(...agencies);
    return "agency credit";
  }
  const outlet = sourceCredit(line.text);
  if (outlet) {
    credits.outlet = outlet;
    return "publisher credit";
  }
  // "Ouest-France with AFP. Published on 06/03/2025 at 18:42": the credit and the date on one line.
  const dated = /^(.{2,60}?)\.\s+(.+)$/.exec(line.text);
  const joint = outletWithAgencies(line.text) ?? (dated && isDateLine(dated[2]!) ? outletWithAgencies(dated[1]!) : null);
  if (joint) {
    credits.outlet ??= joint.outlet;
    credits.agencies.push(...joint.agencies);
    return "publisher credit";
  }
  const notice = noticeKind(line.text);
  if (notice === "copyright notice") creditCopyright(line.text, credits);
  if (notice) return notice;
  if (isBreadcrumb(line.text)) return "breadcrumb trail";
  // Before fragments: "2024-12-05T10:30:00Z" and "05/12/2024" have too few letters to be anything else.
  if (isDateLine(line.text)) return "dateline";
  if (isFragment(line.text)) return FRAGMENT;
  if (isImageCredit(line.text)) return "image credit";
  if (isInterfaceLine(line.text)) return "page interface (share, subscribe, navigation, ads)";
  if (isAuthorBio(line.text)) return "author bio";
  if (isByline(line.text)) return "byline";
  return null;
}

/** How near a comment section's heading its interface ("Log in to reply", "Newest") stands. */
const COMMENT_INTERFACE_LINES = 12;

/** How many lines at the top may hold the site's name, and a link to the front page named for it. */
const SITE_NAME_LINES = 8;
const HOME_LINK_LINES = 25;

/**
 * The line near the top that is the site's name: a short capitalised name ("The Times of
 * Israel", "News24", "Notes from Poland") that the page's furniture repeats ("Times of Israel
 * staff contributed to this report.", "Subscribe to News24"), or -1. A section label repeated
 * in the text ("South Africa") is not one: only chrome lines and the lines after the last
 * line of prose count.
 */
function siteNameLine(lines: readonly Line[], reasons: readonly (string | null)[], copyright: string | null): number {
  // Furniture: chrome lines, and whatever follows the last line of prose.
  let prose = lines.length - 1;
  while (prose >= 0 && !isProse(lines[prose]!)) prose--;
  // (A guest writer's "Special to The Globe and Mail" is marked later, as a byline.)
  const furniture = lines.filter((l, i) => reasons[i] || i > prose || isWriterJob(l.text)).map((l) => normalise(l.text));
  for (let i = 0; i < Math.min(lines.length, SITE_NAME_LINES); i++) {
    const text = lines[i]!.text;
    if (reasons[i] || text.length > 40 || !/^(?:[\p{Lu}\d][\p{L}\d.'’&-]*|of|the|from|de|la|el)(?:\s+(?:[\p{Lu}\d][\p{L}\d.'’&-]*|of|the|and|from|de|la|el))*$/u.test(text)) continue;
    // One word is a section ("World", "NEWS") unless it is no word ("News24", "HuffPost") or, as the
    // page's first words, opens the names of the site's other products ("Axios Denver", "Axios Live")
    // or its owner's ("NDTV" over "© NDTV Convergence Limited").
    if (!/\s/.test(text) && !/\d|\p{Ll}\p{Lu}/u.test(text)) {
      const prefix = `${text} `;
      const opens = lines.filter((l, k) => k !== i && l.text.startsWith(prefix) && l.text.length <= 40 && !endsSentence(l.text)).length >= 2
        || (copyright?.startsWith(prefix) ?? false);
      if (i <= 1 && text.length >= 3 && opens) return i;
      continue;
    }
    const name = ` ${normalise(text.replace(/^the\s+/i, ""))} `;
    if (furniture.some((f, k) => ` ${f} `.includes(name) && f !== normalise(text))) return i;
  }
  return -1;
}

/** A copyright line credits an agency ("Copyright 2024 The Associated Press"), else names the publisher. */
function creditCopyright(text: string, credits: Credits): void {
  const holder = copyrightHolder(text);
  if (!holder) return;
  const agencies = agencyCredit(holder);
  if (agencies) credits.agencies.push(...agencies);
  // "© 2024 Getty Images" under a picture names the photo's owner: only a notice of rights names the site's.
  else if (/all rights reserved|^copyright\b/i.test(text)) credits.copyright ??= holder;
}


/**
 * "© 2025 Deutsche Welle |", "© Anadolu Ajansı 2025", "washingtonpost.com © 1996-2025 The
 * Washington Post": a mark of rights in the footer is the site's own, without the "All rights
 * reserved" asked of one anywhere else (under a picture, "© 2024 Getty Images" names the photo's
 * owner, so picture libraries never count). An agency's notice is no site's: members print it too.
 */
function creditFooterCopyright(footer: readonly Line[], credits: Credits): void {
  for (const line of footer) {
    if (credits.copyright) return;
    if (!/^(?:[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,6}\s+)?(?:©|\(c\)|copyright\b)/i.test(line.text)) continue;
    const holder = copyrightHolder(line.text);
    if (holder && !agencyCredit(holder) && !/\b(?:images?|photos?|pictures?|getty|shutterstock|alamy)\b/i.test(holder)) credits.copyright = holder;
  }
}

/** How many lines above a sentence in the footer are looked at, and how many of them make a menu. */
const MENU_REACH = 6;
const MENU_LABELS = 4;
/** "Corporate Info", "Reuse & Permission", "CBC Shop": a footer menu's label, a few capitalised words. */
const isMenuLabel = (text: string): boolean =>
  wordCount(text) <= 4 && !endsSentence(text) && /^(?:[\p{Lu}\d][\p{L}\d'’.-]*|&|and|of|with|for|the|to|in|us)(?:\s+(?:[\p{Lu}\d][\p{L}\d'’.-]*|&|and|of|with|for|the|to|in|us))*$/u.test(text);
/**
 * A sentence printed under a footer's menu ("It is a priority for CBC to create products that are
 * accessible …" below "Renting Facilities", "CBC Ombudsman", "Accessibility"): most of the lines
 * right above it are menu labels no other rule took, and the article's prose stands above them.
 * (A player's "Share", "Video", "Up Next" over the first paragraph are chrome already: they do not count.)
 */
function amidMenu(lines: readonly Line[], reasons: readonly (string | null)[], i: number): boolean {
  const from = Math.max(0, i - MENU_REACH);
  const labels = lines.slice(from, i).filter((l, k) => !reasons[from + k] && isMenuLabel(l.text)).length;
  return labels >= MENU_LABELS && lines.slice(0, from).filter(isProse).length >= 2;
}

/** Photo captions end with a credit: "… in Brussels, Wednesday. Reuters-Yonhap". Its length, or null. */
const creditOfCaption = (text: string): number | null =>
  (!endsSentence(text) && wordCount(text) >= 6 ? captionCredit(text) : null);

export function cleanArticle(source: SourceDoc): Cleaned {
  const lines = splitLines(source.text, source.bodyStart).map((l) => markdownHeading(l, source.format));
  const credits: Credits = { agencies: [], outlet: null, copyright: null };
  const reasons: (string | null)[] = lines.map((l) => chromeReason(l, credits));
  // "Reuters home", "The Guardian - Back to homepage": the link to the front page is named for the site
  // (under a long menu too).
  for (let i = 0; i < Math.min(lines.length, HOME_LINK_LINES); i++) {
    const name = homeLinkName(lines[i]!.text);
    if (!name) continue;
    reasons[i] = "publisher name";
    credits.outlet ??= name;
    break;
  }
  const site = siteNameLine(lines, reasons, credits.copyright);
  if (site >= 0) {
    reasons[site] = "publisher name";
    credits.outlet ??= lines[site]!.text; // as the masthead prints it: "The Times of Israel"
  }

  const wanted = source.frontMatter.title ? normalise(source.frontMatter.title) : null;
  const headlineAt = findHeadline(lines, reasons, wanted);
  if (wanted === null || headlineAt >= 0) for (let i = 0; i < headlineAt; i++) reasons[i] ??= ABOVE_HEADLINE;
  // "tagesschau.de", "eKathimerini.com" alone above the headline: the site's own address names it.
  const domain = lines.slice(0, Math.max(headlineAt, 0)).find((l) => isSiteAddress(l.text));
  if (domain) credits.outlet ??= domain.text;
  markWriterLines(lines, reasons);
  markWriterNotes(lines, reasons, source.frontMatter.authors ?? []);
  const trimmed = headlineAt >= 0 ? trimHeadline(lines[headlineAt]!) : null;
  const headline = trimmed && source.format === "md" ? { ...trimmed, text: plainMarkdown(trimmed.text) } : trimmed;

  // Repeats of a kept line (headline echoed under the picture, caption printed twice).
  const seen = new Set<string>();
  lines.forEach((line, i) => {
    if (reasons[i]) return;
    const key = normalise(trimHeadline(line).text);
    if (seen.has(key)) reasons[i] = "repeats an earlier line";
    seen.add(key);
  });

  // "More on this story" and the like: the list of other articles has begun, unless a paragraph follows.
  // ("###", which ends a press release, is also a fragment of symbols.)
  const marker = lines.findIndex((l, i) => i > headlineAt && (!reasons[i] || reasons[i] === FRAGMENT) && isEndMarker(l.text));
  if (marker >= 0 && !lines.slice(marker + 1).some((l) => endsSentence(l.text) && wordCount(l.text) >= 25)) {
    for (let i = marker; i < lines.length; i++) reasons[i] ??= AFTER_END;
  }
  // A wire story signs off with its credits ("Reporting by …; Editing by …", "… contributed to this
  // report."): what follows is the page's, unless a paragraph no other rule took comes after.
  const credit = lines.findIndex((l, i) => i > headlineAt && reasons[i] === "contributor credit" && lines.slice(0, i).some(isProse));
  if (credit >= 0 && !lines.slice(credit + 1).some((l, k) => !reasons[credit + 1 + k] && endsSentence(l.text) && wordCount(l.text) >= 25)) {
    for (let i = credit + 1; i < lines.length; i++) reasons[i] ??= AFTER_END;
  }

  // "Tags" heads short labels ("Research", "Great Lakes") until the next sentence.
  lines.forEach((l, i) => {
    if (!isTagHeading(l.text)) return;
    reasons[i] ??= RELATED;
    for (let k = i + 1; k < lines.length && !endsSentence(lines[k]!.text) && wordCount(lines[k]!.text) <= 6; k++) reasons[k] ??= RELATED;
  });

  // "Related:", "Read Also", "Popular Now in News" alone on its line heads a list of other
  // articles' headlines, which end no sentence, in the article or after it. The list may number
  // its items ("1", "2") or label them with their section ("U.S. News", "Health").
  const headlineItem = (k: number) => !reasons[k] && !endsSentence(lines[k]!.text) && wordCount(lines[k]!.text) >= 3;
  const between = (k: number) => (reasons[k] === FRAGMENT || (!reasons[k] && isMenuLabel(lines[k]!.text) && wordCount(lines[k]!.text) <= 2)) && k + 1 < lines.length && headlineItem(k + 1);
  lines.forEach((l, i) => {
    if (!(reasons[i] === RELATED && /^[\p{L} ]{2,30}[:|»›]$/u.test(l.text)) && !isListHeading(l.text)) return;
    reasons[i] ??= RELATED;
    for (let k = i + 1; k < lines.length && (headlineItem(k) || between(k)); k++) reasons[k] ??= RELATED;
  });

  // A comment section under the article (a "Comments" heading with its interface, "Log in to
  // reply", "Newest" …, within a few lines): readers' posts are no part of it, however long.
  // (Most of the article's prose stands above it: "32 comments" by the byline is a counter.)
  const proseAbove = (i: number) => lines.slice(0, i).filter(isProse).length;
  const comments = lines.findIndex((l, i) => i > headlineAt && isCommentsMarker(l.text) && proseAbove(i) > 0
    && proseAbove(i) >= lines.slice(i + 1).filter(isProse).length
    && lines.slice(i + 1, i + 1 + COMMENT_INTERFACE_LINES).some((m) => isInterfaceLine(m.text)));
  // (A commenter's name over a post reads as a byline: not the article's.)
  if (comments >= 0) for (let i = comments; i < lines.length; i++) if (!reasons[i] || reasons[i] === "byline") reasons[i] = "comment section";

  // Footer: everything after the last line of prose is page furniture.
  let footer = lines.length;
  for (let i = lines.length - 1; i > headlineAt; i--) {
    const line = lines[i]!;
    // (A dangling opening quote mark, as scrapes leave them, does not unfinish a sentence.)
    const prose = line.text.slice(0, line.text.length - (trailingAgencyTag(line.text)?.length ?? 0)).replace(/\s+[“"‘]$/, "");
    // (A long line cut off at a colon is prose too: a scrape that stops mid-article.)
    // A finished sentence ends the article: a short one only when it continues the line above.
    const finished = endsSentence(prose) ? wordCount(prose) >= 4 || /^\p{Ll}/u.test(prose) : /:$/.test(prose) && wordCount(prose) >= 12;
    if (!reasons[i] && finished && !amidMenu(lines, reasons, i)) break;
    reasons[i] ??= AFTER_END;
    footer = i;
  }
  creditFooterCopyright(lines.slice(footer), credits);

  const paragraphs: Paragraph[] = [];
  const removed: RemovedLine[] = [];
  let open: { start: number; end: number; lines: number; underCredit: boolean } | null = null;
  const flush = (): void => {
    if (!open) return;
    let end = open.end;
    const tag = trailingAgencyTag(source.text.slice(open.start, end));
    if (tag) {
      credits.agencies.push(...tag.agencies);
      removed.push({ start: end - tag.length, end, text: source.text.slice(end - tag.length, end).trim(), reason: "agency credit" });
      end -= tag.length;
    }
    // "… in Oxford. Photograph: Jane Smith/Alamy": the credit goes, and what it credits is a caption.
    const photo = trailingPhotoCredit(source.text.slice(open.start, end));
    if (photo) {
      removed.push({ start: end - photo, end, text: source.text.slice(end - photo, end).trim(), reason: "image credit" });
      end -= photo;
    }
    // "… on Wednesday. Claudio Álvarez": a caption's credit goes the same way (the photographer is no one in the story).
    const untrimmed = photo ? "" : source.text.slice(open.start, end).trimEnd();
    const credit = photo ? null : creditOfCaption(untrimmed);
    if (credit) {
      const at = open.start + untrimmed.length;
      removed.push({ start: at - credit, end: at, text: source.text.slice(at - credit, at).trim(), reason: "image credit" });
      end = at - credit;
    }
    const slice = source.text.slice(open.start, end);
    const text = (source.format === "md" ? plainMarkdown(slice) : slice).replace(/\r|\n/g, " ");
    if (!text.trim()) {
      // A Markdown image or a line of markup alone: nothing to read, but recorded.
      removed.push({ start: open.start, end, text: slice.trim(), reason: "Markdown markup only" });
      open = null;
      return;
    }
    // "Getty Images" over "Olaf Scholz told MPs that …": an unfinished line under a picture credit is its caption.
    const underCredit = open.underCredit && open.lines === 1 && !endsSentence(text);
    const kind = photo || credit || underCredit ? "caption" : open.lines === 1 && !endsSentence(text) && wordCount(text) <= 14 ? "heading" : "paragraph";
    // A wire story opens on its dateline: "WASHINGTON (AP) — …".
    if (kind === "paragraph" && !paragraphs.some((p) => p.kind === "paragraph")) {
      const dateline = datelineCredit(text);
      if (dateline && "agencies" in dateline) credits.agencies.push(...dateline.agencies);
      else if (dateline) credits.outlet ??= dateline.outlet;
    }
    // The writer's bold, italics and links, for the body (the title is shown plain, as the page's h1).
    const marks = source.format === "md" ? markdownMarks(slice, open.start) : [];
    paragraphs.push({ start: open.start, end, text, kind, ...(marks.length ? { marks } : {}) });
    open = null;
  };
  lines.forEach((line, i) => {
    const reason = reasons[i];
    if (reason) {
      flush();
      removed.push({ start: line.start, end: line.end, text: line.text, reason });
      return;
    }
    if (i === headlineAt) {
      flush();
      paragraphs.push({ start: headline!.start, end: headline!.end, text: headline!.text, kind: "title" });
      if (headline!.end < line.end) {
        removed.push({ start: headline!.end, end: line.end, text: source.text.slice(headline!.end, line.end).trim(), reason: "section label" });
      }
      return;
    }
    const prev = open ? source.text.slice(open.start, open.end) : null;
    // A sentence broken over several lines continues in lower case or after a comma.
    if (prev !== null && !line.afterBlank && !endsSentence(prev) && (/^\p{Ll}/u.test(line.text) || /[,;–—-]$/.test(prev))) {
      open!.end = line.end;
      open!.lines++;
      return;
    }
    flush();
    open = { start: line.start, end: line.end, lines: 1, underCredit: reasons[i - 1] === "image credit" };
  });
  flush();
  removed.sort((a, b) => a.start - b.start);
  return { headline, paragraphs, removed, agencies: [...new Set(credits.agencies)], outletCredit: credits.outlet ?? credits.copyright };
}

/**
 * "Jessica Parker" over "BBC Berlin correspondent", "MARÍA SAHUQUILLO" over "Moscow - 05 Dec
 * 2024", "Harvey Tsang and Chloe Yuen" over "Published: 7:45pm, 14 May 2025": a job line, or a
 * dateline, and the bare names above it (or else below a dateline) are a byline.
 */
function markWriterLines(lines: readonly Line[], reasons: (string | null)[]): void {
  lines.forEach((line, i) => {
    const job = !reasons[i] && isWriterJob(line.text);
    if (job) reasons[i] = "byline";
    // ("Marcus Ebbert" over "Des Moines Register" over "Published …": the paper's name may stand between.)
    const paper = i > 1 && isPaperName(lines[i - 1]!.text) && isNameList(lines[i - 2]!.text) && !reasons[i - 2];
    if (reasons[i] === "dateline" && paper) [reasons[i - 1], reasons[i - 2]] = ["publisher name", "byline"];
    else if ((job || reasons[i] === "dateline") && i > 0 && !reasons[i - 1] && isNameList(lines[i - 1]!.text)) reasons[i - 1] = "byline";
    // "Updated - November 26, 2024 - NEW DELHI" over "Kallol Bhattacherjee": under it too.
    else if (reasons[i] === "dateline" && i + 1 < lines.length && !reasons[i + 1] && isNameList(lines[i + 1]!.text)) reasons[i + 1] = "byline";
    // "Headshot of Nadia Ferreira" over "Nadia Ferreira": the writer's picture, then the name.
    const pictured = /^(?:headshot|photo|picture|portrait|image) of (.+)$/i.exec(line.text)?.[1];
    if (pictured && !reasons[i] && lines[i + 1]?.text === pictured && isBareName(pictured)) [reasons[i], reasons[i + 1]] = ["byline", "byline"];
  });
}

/**
 * The box about the writer, wherever the page puts it: their name alone again ("Carla Benning")
 * is a byline, and a line that opens on it and goes on about them ("Nicola MacLeod is a reporter
 * with CBC P.E.I. …", "Harvey Tsang joined the Post in 2021 …") is a bio. A story names its own
 * writer so only in a credit: a full name followed by lower case, not the same name in a quote.
 */
function markWriterNotes(lines: readonly Line[], reasons: (string | null)[], frontMatterAuthors: readonly string[]): void {
  const names = new Set(frontMatterAuthors.map(normalise));
  lines.forEach((l, i) => {
    if (reasons[i] === "byline") for (const n of bylineNames(l.text)) names.add(normalise(n));
  });
  const full = [...names].filter((n) => n.includes(" "));
  if (!full.length) return;
  lines.forEach((l, i) => {
    if (reasons[i]) return;
    const text = normalise(l.text);
    if (full.includes(text)) reasons[i] = "byline";
    else if (full.some((n) => text.startsWith(`${n} `)) && /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*\s+\p{Ll}/u.test(l.text)) reasons[i] = "author bio";
  });
}

/** In Markdown seeds an ATX heading marker is syntax, not text: the line starts after it. */
function markdownHeading(line: Line, format: SourceDoc["format"]): Line {
  const m = format === "md" ? /^#{1,6}\s+/.exec(line.text) : null;
  if (!m) return line;
  const text = line.text.slice(m[0].length).replace(/\s+#+$/, "");
  return { ...line, start: line.start + m[0].length, end: line.start + m[0].length + text.length, text };
}
