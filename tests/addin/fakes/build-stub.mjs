// Bundles the Office fakes into one browser script that stands in for office.js in Playwright tests:
//   node tests/addin/fakes/build-stub.mjs [outfile]   (default dist/test-stubs/office-stub.js)
// Serve it with routeOfficeJs(page, outfile) from tests/addin-e2e/harness.ts; see office-stub.ts.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const outfile = process.argv[2] ?? `${root}dist/test-stubs/office-stub.js`;

await build({
  entryPoints: [fileURLToPath(new URL("./office-stub.ts", import.meta.url))],
  bundle: true,
  format: "iife",
  platform: "browser",
  target: "es2022",
  outfile,
  sourcemap: "inline",
  logLevel: "warning",
});
console.log(outfile);
