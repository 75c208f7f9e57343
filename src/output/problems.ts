import type { Problem } from "../model/index.ts";

/** One terminal line per problem: severity, file, line and field where known, message. */
export function formatProblem(p: Problem): string {
  const where = [p.file, p.line ? `line ${p.line}` : null, p.field ? `field ${p.field}` : null].filter(Boolean).join(", ");
  return `${p.severity}: ${where}: ${p.message}`;
}

export function reportProblems(problems: readonly Problem[]): void {
  for (const p of problems) console.error(formatProblem(p));
}
