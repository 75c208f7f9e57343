/**
 * The part of Eleventy's config API this project uses. Eleventy 3 ships no TypeScript
 * declarations for it, so it is written down here once.
 */
export interface EleventyConfig {
  on(event: "eleventy.before" | "eleventy.after", handler: (arg: { directories: { output: string } }) => unknown): void;
  addGlobalData(name: string, value: unknown): void;
  addFilter(name: string, filter: (...args: never[]) => unknown): void;
  addPassthroughCopy(map: Record<string, string>): void;
  addPlugin(plugin: unknown, options?: object): void;
  addWatchTarget(path: string): void;
  addExtension(extensions: string[], options: { key: string }): void;
  setInputDirectory(dir: string): void;
  setTemplateFormats(formats: string[]): void;
  setNunjucksEnvironmentOptions(options: { autoescape: boolean; throwOnUndefined: boolean }): void;
  setServerOptions(options: object): void;
  /** Paths Eleventy skips (an incremental build leaves unchanged site-wide templates out). */
  ignores: Set<string>;
}
