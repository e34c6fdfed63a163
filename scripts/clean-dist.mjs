// Before a build: removes what tsc and esbuild wrote last time (dist/src, dist/tools, dist/cli), which neither
// deletes itself: a renamed module or a chunk's new hash would otherwise leave stale files that the package (npm
// pack, `files` in package.json) would ship. webpack cleans dist/addin itself (output.clean).
import { rmSync } from "node:fs";

for (const dir of ["dist/src", "dist/tools", "dist/cli"])
  rmSync(new URL(`../${dir}`, import.meta.url), { recursive: true, force: true });
