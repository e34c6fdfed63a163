// Bundles the CLI into dist/cli/ with esbuild: one file to parse instead of ~600 modules
// (exceljs alone is hundreds of CommonJS files), which more than halves start-up time. What only
// some commands use is imported with `await import()` and so split into chunks loaded on use:
// exceljs (template, upgrade, rollup), docx (report, rollup --report), the PNG chart renderer
// (echarts, resvg; resvg's native addon stays external). dist/cli/meta.json is esbuild's metafile:
// which sources each output file holds (tests/cli/lazy-load.test.ts checks what each command
// loads). `tsc` still type-checks and emits dist/src: the library (package.json `exports`), the bench and tests.
import { writeFileSync } from "node:fs";
import { build } from "esbuild";

const { metafile } = await build({
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
  banner: {
    js: "import { createRequire as __ulRequire } from 'node:module'; const require = __ulRequire(import.meta.url);",
  },
  logLevel: "warning",
  legalComments: "none",
  metafile: true,
});
writeFileSync("dist/cli/meta.json", JSON.stringify(metafile));
