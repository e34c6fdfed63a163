// Prints the gzip size of each add-in page's first load (its initial JS) and of each lazy chunk, from
// the chunk list the production build writes (dist/addin-build.json, see webpack.config.js).
//
//   node scripts/bundle-sizes.mjs           a table
//   node scripts/bundle-sizes.mjs --json    the same as JSON (bytes)
//   node scripts/bundle-sizes.mjs --parts   also what each file is made of: the biggest packages (or
//       src/, addin/) by source bytes of the modules it includes, before tree-shaking and minifying
//       (so a package used for a few exports, such as @fluentui/react-icons, looks far bigger than
//       its share of the output)
//
// "First load" of a page = the JS its HTML loads before anything happens; a lazy chunk is fetched when
// the page first `import()`s it (e.g. exceljs, the Word view). Named chunk groups
// (/* webpackChunkName: "word-view" */) are also shown added to the task pane's first load.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = fileURLToPath(new URL("..", import.meta.url));
const dir = join(root, "dist/addin");
let build;
try {
  build = JSON.parse(readFileSync(join(root, "dist/addin-build.json"), "utf8"));
} catch {
  console.error("dist/addin-build.json is missing: run `npm run build:addin` first");
  process.exit(2);
}

const sizeCache = new Map();
function size(file) {
  if (!sizeCache.has(file)) {
    const bytes = readFileSync(join(dir, file));
    sizeCache.set(file, { raw: bytes.length, gzip: gzipSync(bytes, { level: 6 }).length });
  }
  return sizeCache.get(file);
}
const sum = (files) =>
  files.map(size).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });

const compositionOf = (files) => {
  const bytes = {};
  for (const c of build.chunks)
    if (c.files.some((f) => files.includes(f)))
      for (const [k, v] of Object.entries(c.composition ?? {})) bytes[k] = (bytes[k] ?? 0) + v;
  return Object.fromEntries(Object.entries(bytes).sort((a, b) => b[1] - a[1]));
};
const pages = Object.entries(build.entrypoints).map(([name, files]) => ({
  page: `${name}.html`,
  files,
  ...sum(files),
  composition: compositionOf(files),
}));
const lazy = build.chunks
  .filter((c) => !c.initial)
  .map((c) => ({
    chunk: c.names.length ? c.names.join(",") : String(c.id),
    files: c.files,
    origins: c.origins,
    ...sum(c.files),
    composition: c.composition ?? {},
  }));
const taskpane = build.entrypoints.taskpane ?? [];
const groups = Object.entries(build.namedChunkGroups).map(([name, files]) => {
  const all = [...new Set([...taskpane, ...files])];
  return { group: name, withTaskpane: sum(all), own: sum(files.filter((f) => !taskpane.includes(f))) };
});

const showParts = process.argv.includes("--parts");
if (process.argv.includes("--json")) {
  console.log(JSON.stringify({ pages, lazy, groups }, null, 2));
} else {
  const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
  console.log("Add-in bundle sizes (dist/addin; gzip level 6, as a web server would send them)\n");
  console.log("First load (initial JS of each page):");
  // The five biggest parts, by source bytes before tree-shaking and minifying (rough shares).
  const parts = (comp) => {
    const total = Object.values(comp).reduce((a, b) => a + b, 0) || 1;
    return Object.entries(comp)
      .slice(0, 5)
      .map(([k, v]) => `${k} ${Math.round((100 * v) / total)}%`)
      .join(", ");
  };
  for (const p of pages) {
    console.log(
      `  ${p.page.padEnd(18)} ${kb(p.gzip).padStart(11)} gzip  ${kb(p.raw).padStart(11)} raw   ${p.files.join(" ")}`,
    );
    if (showParts && p.raw > 4096) console.log(`      made of: ${parts(p.composition)}`);
  }
  console.log(`\nLazy chunks (fetched on first use):${lazy.length ? "" : " none"}`);
  for (const c of lazy) {
    console.log(
      `  ${c.chunk.padEnd(18)} ${kb(c.gzip).padStart(11)} gzip  ${kb(c.raw).padStart(11)} raw   ${c.files.join(" ")}`,
    );
    for (const o of c.origins) console.log(`      loaded by ${o}`);
    if (showParts) console.log(`      made of: ${parts(c.composition)}`);
  }
  if (groups.length) {
    console.log("\nNamed chunk groups on top of the task pane's first load:");
    for (const g of groups)
      console.log(
        `  taskpane + ${g.group.padEnd(16)} ${kb(g.withTaskpane.gzip).padStart(11)} gzip  (${kb(g.own.gzip)} of its own)`,
      );
  }
}
