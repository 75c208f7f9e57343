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

/** The first message `worker` sends, then the worker is stopped; `what` names it if it fails first. */
export async function firstReply<T>(worker: Worker, what: string): Promise<T> {
  try {
    return await new Promise<T>((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
      worker.once("exit", (code) => reject(new Error(`${what} thread exited with code ${code}`)));
    });
  } finally {
    await worker.terminate();
  }
}
