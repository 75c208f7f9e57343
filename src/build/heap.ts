import v8 from "node:v8";

/**
 * How far V8 lets the heap grow past what the last full collection kept, in percent. V8's own
 * factor grows it up to fourfold when memory is plentiful, and rendering makes garbage fast: a
 * 10,000-article build holds ~650 MB of live data but its process reached 2.5 GB. At 25% the
 * same render peaked at 1.5 GB in about the same time (bench/, README). The limit follows the
 * live size, so a larger corpus still gets the memory it needs, unlike a fixed heap cap.
 */
const HEAP_GROWING_PERCENT = 25;

/**
 * Limits the heap's growth for this process, or (false) gives V8 its own factor back (0 means
 * "V8's default"). Only from linking on: while records are read or arrive from the extraction
 * workers the live heap grows from nothing to its full size, and under the limit every 25% of
 * growth costs a full collection of the heap read so far. At 10,000 articles, limited from the
 * start, a cold build's extraction took 66.5 s and adding one article 24.2–24.6 s; limited from
 * linking, 55.7 s and 20.9–21.0 s, and linking's own collections bring the limit down again
 * before rendering (cold peak 1,433 MB against 1,455).
 * Set only at rendering, the limit came too late: the first render run peaked at 2.35 GB. V8
 * flags are meant to be given at start-up; this one is read at each collection, so setting it
 * later works (and were it ignored, the build would only use more memory).
 */
export function limitHeapGrowth(limited = true): void {
  v8.setFlagsFromString(`--heap-growing-percent=${limited ? HEAP_GROWING_PERCENT : 0}`);
}
