import { z } from "zod";

/** Something wrong with one seed. The build reports it and goes on with the others. */
export const Problem = z.object({
  file: z.string(),
  severity: z.enum(["error", "warning"]),
  /** Short machine-readable code, e.g. "front-matter", "binary", "too-large", "duplicate". */
  code: z.string(),
  message: z.string(),
  line: z.number().int().positive().optional(),
  field: z.string().optional(),
});
export type Problem = z.infer<typeof Problem>;
