/** Builds shorter than this show no progress bar: it would only flicker. */
const AFTER_MS = 2_000;
const WIDTH = 30;

/**
 * A one-line progress bar on a terminal (stderr), drawn only once a build has run for a while
 * and at most ten times a second; silent when stderr is not a TTY (CI, pipes, tests).
 */
export class Progress {
  private readonly started = performance.now();
  private drawn = 0;
  private shown = false;

  constructor(private readonly stream: NodeJS.WriteStream = process.stderr) {}

  update(label: string, done: number, total: number): void {
    if (!this.stream.isTTY) return;
    const now = performance.now();
    if (now - this.started < AFTER_MS || (now - this.drawn < 100 && done < total)) return;
    this.drawn = now;
    this.shown = true;
    const filled = total ? Math.round((WIDTH * done) / total) : WIDTH;
    this.stream.write(`\r${label.padEnd(10)} [${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}] ${done}/${total}\x1b[K`);
  }

  /** Clears the bar so the summary line starts on a clean line. */
  done(): void {
    if (this.shown) this.stream.write("\r\x1b[K");
    this.shown = false;
  }
}
