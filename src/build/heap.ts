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
 * Sets it for this process. V8 flags are meant to be given at start-up; this one is read at each
 * collection, so setting it early works (and were it ignored, the build would only use more memory).
 */
export function limitHeapGrowth(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
