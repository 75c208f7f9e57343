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
  setIncludesDirectory(dir: string): void;
  setTemplateFormats(formats: string[]): void;
  setNunjucksEnvironmentOptions(options: { autoescape: boolean; throwOnUndefined: boolean }): void;
  setServerOptions(options: object): void;
  /** Paths Eleventy skips (an incremental build leaves unchanged site-wide templates out). */
  ignores: Set<string>;
}

/**
 * Eleventy 3.1 marks its Nunjucks engine uncacheable, so every pagination page compiles its
 * whole template again (a quarter of a 1,000-article render in a profile). Compiled templates
 * depend only on the template's text, which is the cache key, so they are safe to reuse.
 * The engine is not exported; it is reached beside Eleventy's entry module (same instance).
 */
export async function cacheNunjucksCompiles(): Promise<void> {
  const url = new URL("./Engines/Nunjucks.js", import.meta.resolve("@11ty/eleventy"));
  const { default: Nunjucks } = (await import(url.href)) as { default: { prototype: object } };
  Object.defineProperty(Nunjucks.prototype, "cacheable", { get: () => true, configurable: true });
}
