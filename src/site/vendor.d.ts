// Eleventy and its plugins ship no type declarations; these cover what this project calls.
declare module "@11ty/eleventy-plugin-rss" {
  const rssPlugin: unknown;
  export default rssPlugin;
}

declare module "@11ty/eleventy" {
  import type { EleventyConfig } from "./eleventy.ts";
  interface Written { inputPath: string; outputPath: string | false; url: string | false }
  export default class Eleventy {
    constructor(input: string, output: string, options: {
      quietMode?: boolean;
      runMode?: "build" | "serve" | "watch";
      configPath?: string;
      config?: (config: EleventyConfig) => void | Promise<void>;
    });
    init(): Promise<void>;
    write(): Promise<[unknown[], Written[]]>;
    /** Resolves to the function that rebuilds for a changed path. */
    watch(): Promise<(path: string) => Promise<void>>;
    watcher: { on(event: "unlink", handler: (path: string) => void): void };
    serve(port: number): Promise<void>;
  }
}

declare module "@11ty/eleventy-dev-server" {
  import type { Server } from "node:http";
  export default class EleventyDevServer {
    static getServer(name: string, dir: string, options?: { liveReload?: boolean; domDiff?: boolean }): EleventyDevServer;
    server: Server;
    _serverListen(port: number): void;
    serve(port: number): void;
    reload(event?: { files?: string[] }): void;
    close(): Promise<void>;
  }
}
