import { Worker } from "node:worker_threads";

/**
 * A worker thread running a TypeScript module. A worker's entry is loaded before any --import
 * hook runs, so a small script registers tsx and then imports the module.
 */
export function tsWorker(module: URL): Worker {
  const boot = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then((tsx) => { tsx.register(); `
    + `return import(${JSON.stringify(module.href)}); });`;
  return new Worker(boot, { eval: true });
}
