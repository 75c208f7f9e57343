import { type Dirent, readdirSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import type { Problem } from "../model/index.ts";

/** True when `real` is `root` itself or lies below it. Both must be real (symlink-free) paths. */
export function isInside(root: string, real: string): boolean {
  const rel = path.relative(root, real);
  return rel !== "" && rel !== ".." && !rel.startsWith(".." + path.sep) && !path.isAbsolute(rel);
}

export function errorCode(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : String(error);
}

/**
 * Every candidate seed path under `root` (relative, forward slashes, sorted), skipping dotfiles
 * and dot-folders. Symlinked folders are followed only inside the seeds folder and only once,
 * so a link loop or an alias of a folder cannot make the walk run forever or read files twice.
 * Files are listed whatever their type or extension: `readSeed` decides about each one.
 */
export function listSeeds(root: string): { files: string[]; problems: Problem[]; rootReal?: string } {
  const files: string[] = [];
  const problems: Problem[] = [];
  const fail = (file: string, code: string, message: string) => problems.push({ file, severity: "error", code, message });
  let rootReal: string;
  try {
    rootReal = realpathSync.native(root);
  } catch (error) {
    fail(".", "unreadable", `the seeds folder ${root} cannot be read (${errorCode(error)})`);
    return { files, problems };
  }
  const visited = new Set<string>([rootReal]);
  const stack: { rel: string; real: string }[] = [{ rel: "", real: rootReal }];
  while (stack.length > 0) {
    const dir = stack.pop();
    if (!dir) break;
    let entries: Dirent[];
    try {
      entries = readdirSync(dir.real, { withFileTypes: true });
    } catch (error) {
      fail(dir.rel || ".", "unreadable", `folder cannot be read (${errorCode(error)}); skipped`);
      continue;
    }
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const rel = dir.rel ? `${dir.rel}/${entry.name}` : entry.name;
      const abs = path.join(dir.real, entry.name);
      let real = abs;
      let isDir = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        try {
          real = realpathSync.native(abs);
          isDir = statSync(real).isDirectory();
        } catch (error) {
          const code = errorCode(error);
          if (code === "ELOOP") fail(rel, "symlink-loop", "symlink loops back on itself; skipped");
          else fail(rel, "unreadable", `symlink cannot be followed (${code}); skipped`);
          continue;
        }
        if (!isInside(rootReal, real) && real !== rootReal) {
          fail(rel, "outside-seeds", "symlink points outside the seeds folder; skipped");
          continue;
        }
      }
      if (!isDir) {
        files.push(rel);
      } else if (visited.has(real)) {
        fail(rel, "symlink-loop", "symlink leads to a folder that is already read (a loop or an alias); skipped");
      } else {
        visited.add(real);
        stack.push({ rel, real });
      }
    }
  }
  return { files: files.sort(), problems, rootReal };
}
