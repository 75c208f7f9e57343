import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

/** Resident MB of `root` and every process below it (Linux /proc), or null where /proc is missing. */
function treeRssMb(root: number): number | null {
  let names: string[];
  try {
    names = readdirSync("/proc").filter((n) => /^\d+$/.test(n));
  } catch {
    return null;
  }
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const n of names) {
    try {
      // stat: "pid (comm) state ppid …"; comm may hold spaces, so fields are read after the last ')'.
      const stat = readFileSync(`/proc/${n}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const pid = Number(n), ppid = Number(fields[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
      const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${n}/status`, "utf8"));
      rss.set(pid, kb ? Number(kb[1]) : 0);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  for (const todo = [root]; todo.length;) {
    const pid = todo.pop()!;
    total += rss.get(pid) ?? 0;
    todo.push(...(children.get(pid) ?? []));
  }
  return total / 1024;
}

/**
 * Runs a command and returns its stdout with the peak resident memory of its whole process tree
 * (worker threads, Pagefind's indexer, any child), sampled every 100 ms: a build's memory is all
 * of it, not just the main process's.
 */
export function runMeasured(command: string, args: readonly string[]): Promise<{ stdout: string; treePeakMb: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "inherit"] });
    let stdout = "";
    let peak: number | null = null;
    child.stdout.on("data", (d: Buffer) => { stdout += d.toString(); });
    const timer = setInterval(() => {
      const mb = treeRssMb(child.pid!);
      if (mb !== null) peak = Math.max(peak ?? 0, mb);
    }, 100);
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(timer);
      if (code === 0) resolve({ stdout, treePeakMb: peak === null ? null : Math.round(peak) });
      else reject(new Error(`${command} ${args.join(" ")} exited with ${code}`));
    });
  });
}
