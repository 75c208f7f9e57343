import type { SourceDoc } from "../model/index.ts";

/** Default size limit for one seed. Larger files are skipped before they are read. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

const FORMATS: Record<string, SourceDoc["format"]> = { ".txt": "txt", ".md": "md", ".markdown": "md" };
export const SEED_EXTENSIONS = Object.keys(FORMATS);

/** The seed format for a file name, by extension (case-insensitive), or null when unsupported. */
export function formatOf(file: string): SourceDoc["format"] | null {
  const dot = file.lastIndexOf(".");
  const slash = file.lastIndexOf("/");
  if (dot <= slash + 1) return null; // no extension, or a dotfile name like ".md"
  return FORMATS[file.slice(dot).toLowerCase()] ?? null;
}

/*
 * Hand-written magic-number table: the usual library (file-type) is async-only and not a
 * dependency, and only the formats likely to be dropped into a seeds folder matter here.
 * Each signature is long or specific enough never to start a text file.
 */
const MAGIC: { kind: string; at: number; bytes: number[] }[] = [
  { kind: "PDF document", at: 0, bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { kind: "PNG image", at: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: "JPEG image", at: 0, bytes: [0xff, 0xd8, 0xff] },
  { kind: "GIF image", at: 0, bytes: [0x47, 0x49, 0x46, 0x38] }, // GIF8
  { kind: "WebP image", at: 8, bytes: [0x57, 0x45, 0x42, 0x50] }, // RIFF....WEBP
  { kind: "MP4/HEIC media", at: 4, bytes: [0x66, 0x74, 0x79, 0x70] }, // ....ftyp
  { kind: "ZIP archive (or DOCX/EPUB)", at: 0, bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: "gzip archive", at: 0, bytes: [0x1f, 0x8b, 0x08] },
  { kind: "7-Zip archive", at: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { kind: "RAR archive", at: 0, bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { kind: "MS Office document", at: 0, bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { kind: "executable", at: 0, bytes: [0x7f, 0x45, 0x4c, 0x46] }, // ELF
];

/** What binary format the bytes start with, if a known one. */
export function magicKind(bytes: Uint8Array): string | null {
  for (const m of MAGIC) {
    if (bytes.length >= m.at + m.bytes.length && m.bytes.every((b, i) => bytes[m.at + i] === b)) return m.kind;
  }
  return null;
}

/** Share of control characters (other than tab, newlines, form feed) and U+FFFD at which text is taken as binary. */
const MAX_CONTROL_RATIO = 0.1;
const SAMPLE_CHARS = 65_536;

/** Decoded text that is mostly control characters or replacement characters is binary data. */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, SAMPLE_CHARS);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d) || c === 0x7f || c === 0xfffd) bad++;
  }
  return n > 0 && bad / n > MAX_CONTROL_RATIO;
}

/** Whitespace, including the invisible characters JS's \s does not cover. */
const BLANK = /^[\s\u200b-\u200d\u2060]*$/u;

export function isBlank(text: string): boolean {
  return BLANK.test(text);
}
