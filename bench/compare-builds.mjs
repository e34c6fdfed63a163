// Before/after on a busy machine: `node --expose-gc bench/compare-builds.mjs <file.xlsx> <runs> <dir>...`, each dir
// holding a build (`npx tsc -p tsconfig.build.json --outDir <dir>/dist`, and a node_modules link). Each run is a
// fresh Node process per build, the builds alternated, and does what bench/measure.mjs does around its
// analyzeMs: twice (an analysis standing for the one of exceljs' workbook, a garbage collection, a load, a
// collection, the timed analysis), the better of the two kept. Prints the median and the fastest of the runs,
// wall time and the process' CPU time (which a busy machine inflates less; it counts the compiler's and the
// collector's threads too).
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

const [file, runs = "9", ...dirs] = process.argv.slice(2);

if (runs === "child") {
  const root = pathToFileURL(resolve(dirs[0] ?? ".")).href;
  const { analyzeWorkbook } = await import(`${root}/dist/src/analysis/analyze.js`);
  const { loadWorkbookSource } = await import(`${root}/dist/src/workbook/load.js`);
  const { NODE_ZIP } = await import(`${root}/dist/src/node/node-inflate.js`);
  const bytes = new Uint8Array(await readFile(file));
  let wall = Infinity;
  let cpu = Infinity;
  let findings = 0;
  for (let i = 0; i < 2; i++) {
    globalThis.gc();
    const source = loadWorkbookSource(bytes, NODE_ZIP);
    if (!source.ok) throw new Error(source.error.code);
    analyzeWorkbook(source.value);
    globalThis.gc();
    const c = process.cpuUsage();
    const t = process.hrtime.bigint();
    const a = analyzeWorkbook(source.value);
    wall = Math.min(wall, Number(process.hrtime.bigint() - t) / 1e6);
    const d = process.cpuUsage(c);
    cpu = Math.min(cpu, (d.user + d.system) / 1000);
    if (!a.ok) throw new Error("not a ledger");
    findings = a.value.findings.length;
  }
  console.log(JSON.stringify({ wall, cpu, findings }));
} else {
  if (!file || dirs.length === 0) throw new Error("usage: compare-builds.mjs <file.xlsx> <runs> <dir>...");
  const run = promisify(execFile);
  const times = new Map(dirs.map((d) => [d, []]));
  for (let i = 0; i < Number(runs); i++) {
    for (const d of i % 2 ? [...dirs].reverse() : dirs) {
      const { stdout } = await run(process.execPath, ["--expose-gc", process.argv[1], file, "child", d]);
      times.get(d).push(JSON.parse(stdout));
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  for (const [d, ts] of times) {
    const [w, c] = [ts.map((t) => t.wall), ts.map((t) => t.cpu)];
    console.log(
      `${d}: analyze ${median(w).toFixed(0)} ms median, ${Math.min(...w).toFixed(0)} fastest; CPU ${median(c).toFixed(0)} ms median, ${Math.min(...c).toFixed(0)} fastest (${ts[0].findings} findings, ${ts.length} runs)`,
    );
  }
}
