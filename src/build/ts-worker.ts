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

/**
 * The first `count` messages `worker` sends, each as it comes; then the worker is stopped. If it
 * fails or exits first, the replies still to come reject.
 */
export function replies(worker: Worker, count: number, what: string): Promise<unknown>[] {
  const settle: { resolve: (m: unknown) => void; reject: (e: unknown) => void }[] = [];
  const promises = Array.from({ length: count }, () => new Promise<unknown>((resolve, reject) => settle.push({ resolve, reject })));
  let next = 0;
  const stop = () => void worker.terminate();
  const fail = (error: unknown) => {
    while (next < count) settle[next++]!.reject(error);
    stop();
  };
  worker.on("message", (message: unknown) => {
    if (next >= count) return;
    settle[next++]!.resolve(message);
    if (next === count) stop();
  });
  worker.once("error", fail);
  worker.once("exit", (code) => fail(new Error(`${what} thread exited with code ${code}`)));
  return promises;
}
