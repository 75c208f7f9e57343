import chardet from "chardet";
import iconv from "iconv-lite";

export type Decoded =
  | {
      ok: true;
      text: string;
      encoding: string;
      /** Stray bytes in a UTF-8 file that were read as Windows-1252 instead. */
      repaired?: number;
    }
  | { ok: false; reason: string };

const utf8Strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
// WHATWG UTF-16 decoding replaces lone surrogates with U+FFFD, so no ill-formed string escapes ingest.
const utf16le = new TextDecoder("utf-16le", { ignoreBOM: true });

/** Below this chardet confidence a guess outside the Western encodings is not trusted. */
const MIN_CONFIDENCE = 10;
/** CJK text is mostly two-byte characters; Western text where `’s` happens to pair up as Big5 is not. */
const MIN_CJK_HIGH_SHARE = 0.3;
const CJK = new Set(["Big5", "EUC-JP", "EUC-KR", "GB18030", "Shift_JIS"]);

const SINGLE_BYTE = /^(windows-|iso-8859-|koi8)/i;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** iconv-lite can pass lone surrogates through from multi-byte encodings; replace them so the text is well-formed. */
function viaIconv(bytes: Uint8Array, encoding: string): string {
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
  return SINGLE_BYTE.test(encoding) ? text : text.replace(LONE_SURROGATE, "\uFFFD");
}

/** Length of the well-formed UTF-8 sequence starting at `i` (Unicode table 3-7), or 0. */
function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i] ?? 0;
  const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (len === 0 || i + len > bytes.length) return 0;
  const second = bytes[i + 1] ?? 0;
  const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
  const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
  if (second < lo || second > hi) return 0;
  for (let k = 2; k < len; k++) {
    const c = bytes[i + k] ?? 0;
    if (c < 0x80 || c > 0xbf) return 0;
  }
  return len;
}

/** Windows-1252 for bytes 0x80–0xFF, built once so stray bytes are looked up, not decoded one by one. */
const CP1252_HIGH = iconv.decode(Buffer.from(Array.from({ length: 128 }, (_, i) => 0x80 + i)), "windows-1252");

/** How many well-formed multi-byte UTF-8 sequences, stray non-ASCII bytes and non-ASCII bytes in all the bytes hold. */
function countUtf8(bytes: Uint8Array): { valid: number; stray: number; high: number } {
  let valid = 0;
  let stray = 0;
  let high = 0;
  for (let i = 0; i < bytes.length; ) {
    if ((bytes[i] ?? 0) < 0x80) {
      i++;
      continue;
    }
    const len = utf8SequenceAt(bytes, i);
    if (len > 0) valid++;
    else stray++;
    high += len || 1;
    i += len || 1;
  }
  return { valid, stray, high };
}

/**
 * Decodes UTF-8, reading each byte that does not start a well-formed sequence as Windows-1252
 * (a scrape that mixes both). Hand-written because TextDecoder does not report where bytes are invalid.
 */
function repairMixedUtf8(bytes: Uint8Array): string {
  const parts: string[] = [];
  let run = 0; // start of the pending well-formed run
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] ?? 0;
    const len = b < 0x80 ? 1 : utf8SequenceAt(bytes, i);
    if (len > 0) {
      i += len;
      continue;
    }
    parts.push(utf8Strict.decode(bytes.subarray(run, i)), CP1252_HIGH[b - 0x80] ?? "\uFFFD");
    run = ++i;
  }
  parts.push(utf8Strict.decode(bytes.subarray(run)));
  return parts.join("");
}

/**
 * chardet costs ~0.6 µs a byte; what tells legacy encodings apart is the text around the
 * non-ASCII bytes, so it gets only windows around those (measured on 2,000 Windows-1252 news files: same guesses, 3× faster).
 */
function chardetSample(bytes: Uint8Array, max = 2048, radius = 32): Uint8Array {
  const parts: Uint8Array[] = [];
  let size = 0;
  let end = 0; // windows never overlap
  for (let i = 0; i < bytes.length && size < max; i++) {
    if ((bytes[i] ?? 0) < 0x80) continue;
    const from = Math.max(i - radius, end);
    end = Math.min(i + radius, bytes.length);
    parts.push(bytes.subarray(from, end));
    size += end - from;
    i = end - 1;
  }
  return Buffer.concat(parts);
}

function startsWith(bytes: Uint8Array, ...prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function decodeUtf16(bytes: Uint8Array, bigEndian: boolean): string {
  if (!bigEndian) return utf16le.decode(bytes);
  // Node's TextDecoder only guarantees utf-16le without full ICU: swap a copy to little endian.
  const even = Buffer.from(bytes.subarray(0, bytes.length & ~1));
  even.swap16();
  const tail = bytes.length % 2 ? Buffer.from([bytes[bytes.length - 1] ?? 0]) : Buffer.alloc(0);
  return utf16le.decode(Buffer.concat([even, tail]));
}

/** UTF-16 without a BOM shows as a NUL in (nearly) every other byte of Latin text. */
function sniffBomlessUtf16(bytes: Uint8Array): "le" | "be" | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > 0.6 * pairs && evenZero < 0.05 * pairs) return "le";
  if (evenZero > 0.6 * pairs && oddZero < 0.05 * pairs) return "be";
  return null;
}

/** True Latin-1 never uses 0x80–0x9F (C1 controls); when present the file is Windows-1252. */
function hasC1Bytes(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80 && b <= 0x9f) return true;
  return false;
}

/**
 * Bytes → text. A BOM decides first, then valid UTF-8 wins, then chardet guesses.
 * The BOM is stripped; line endings are left exactly as they are.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) {
    const body = bytes.subarray(3);
    const { stray } = countUtf8(body);
    return { ok: true, text: stray ? repairMixedUtf8(body) : utf8Strict.decode(body), encoding: "utf-8", repaired: stray };
  }
  if (startsWith(bytes, 0xff, 0xfe, 0, 0) || startsWith(bytes, 0, 0, 0xfe, 0xff)) {
    const encoding = bytes[0] === 0xff ? "utf-32le" : "utf-32be";
    return { ok: true, text: viaIconv(bytes, encoding), encoding };
  }
  if (startsWith(bytes, 0xff, 0xfe)) return { ok: true, text: decodeUtf16(bytes.subarray(2), false), encoding: "utf-16le" };
  if (startsWith(bytes, 0xfe, 0xff)) return { ok: true, text: decodeUtf16(bytes.subarray(2), true), encoding: "utf-16be" };

  if (bytes.includes(0)) {
    const order = sniffBomlessUtf16(bytes);
    if (order) return { ok: true, text: decodeUtf16(bytes, order === "be"), encoding: `utf-16${order}` };
    return { ok: false, reason: "contains NUL bytes" };
  }

  try {
    return { ok: true, text: utf8Strict.decode(bytes), encoding: "utf-8" };
  } catch {
    // not valid UTF-8: fall through to detection
  }

  const { valid, stray, high } = countUtf8(bytes);
  if (valid > 0 && valid >= stray) {
    // Mostly UTF-8 with a few stray legacy bytes (a common scrape defect): keep both readable.
    return { ok: true, text: repairMixedUtf8(bytes), encoding: "utf-8", repaired: stray };
  }

  const guess = chardet.analyse(chardetSample(bytes))[0];
  const name = guess?.name ?? "";
  const western = name === "ISO-8859-1" || name === "windows-1252" || name === "ASCII";
  const implausible = CJK.has(name) && high < MIN_CJK_HIGH_SHARE * bytes.length;
  if (western || implausible || !guess || guess.confidence < MIN_CONFIDENCE || !iconv.encodingExists(name)) {
    // Windows-1252 is a superset of Latin-1's printable range, so it is the safe Western default.
    const encoding = hasC1Bytes(bytes) ? "windows-1252" : "iso-8859-1";
    return { ok: true, text: viaIconv(bytes, "windows-1252"), encoding };
  }
  return { ok: true, text: viaIconv(bytes, name), encoding: name.toLowerCase() };
}
