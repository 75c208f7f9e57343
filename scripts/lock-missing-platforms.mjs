#!/usr/bin/env node
// The npm registry this project installs from lacks some packages' binaries for other
// platforms (e.g. @pagefind/darwin-arm64), so `npm install` leaves them out of the lock and
// `npm ci` then refuses the lock as out of sync. This adds a stub entry (version, os, cpu;
// nothing to download) for every optional platform dependency the lock is missing; npm ci
// skips them on this platform as it would the real ones. Run after `npm install`.
import { readFileSync, writeFileSync } from "node:fs";

const OS = { darwin: "darwin", linux: "linux", freebsd: "freebsd", windows: "win32", win32: "win32" };
const file = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(file, "utf8"));
let added = 0;
for (const [where, pkg] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(pkg.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    const m = /(darwin|linux|freebsd|windows|win32)-(x64|arm64|ia32|arm)(?:-[a-z]+)?$/.exec(name);
    if (lock.packages[key] || !m) continue;
    lock.packages[key] = { version, cpu: [m[2]], dev: pkg.dev, license: pkg.license, optional: true, os: [OS[m[1]]] };
    added++;
    console.log(`stub ${key}@${version} (for ${where})`);
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a < b ? -1 : 1)));
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`${added} stub entries added`);
