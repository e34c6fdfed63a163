// Bundles the CLI into dist/cli/ with esbuild: one file to parse instead of ~600 modules
// (exceljs alone is hundreds of CommonJS files), which more than halves start-up time. The PNG
// chart renderer (echarts, resvg) stays in a lazily loaded chunk; resvg's native addon stays
// external. `tsc` still type-checks and emits dist/src for the demo, bench and tests.
import { build } from "esbuild";

await build({
  entryPoints: { main: "src/cli/main.ts" },
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  outdir: "dist/cli",
  outExtension: { ".js": ".mjs" },
  external: ["@resvg/resvg-js"],
  // exceljs and friends are CommonJS and call require(): give the ESM bundle one.
  banner: { js: "import { createRequire as __ulRequire } from 'node:module'; const require = __ulRequire(import.meta.url);" },
  logLevel: "warning",
  legalComments: "none",
});
