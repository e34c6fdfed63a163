// `npm run bench`: speed and memory, measured in one run, as ratios to exceljs' own load time on
// the same machine (the machines are noisy; absolute seconds are printed for the record only).
import { execFile } from "node:child_process";
import { mkdir, stat } from "node:fs/promises";
import { promisify } from "node:util";

const run = promisify(execFile);
await mkdir("out", { recursive: true });
const large = "out/bench-large.xlsx";
const example = "templates/example-2024.xlsx";

const t0 = Date.now();
await run(process.execPath, ["bench/make-large.mjs", large], { maxBuffer: 1 << 26 });
console.log(
  `large workbook generated in ${((Date.now() - t0) / 1000).toFixed(1)} s (${((await stat(large)).size / 1048576).toFixed(1)} MB)`,
);

async function measure(file, rounds, only = "both") {
  const { stdout } = await run(process.execPath, ["--expose-gc", "bench/measure.mjs", file, String(rounds), only], {
    maxBuffer: 1 << 26,
  });
  return JSON.parse(stdout.trim().split("\n").pop());
}

const rows = [];
for (const [name, file, rounds] of [
  ["example (300 members)", example, 5],
  ["large (10,000 members, 5,000 activities, 20,000 condolences)", large, 2],
]) {
  const m = await measure(file, rounds);
  // Peak memory of the CLI's path alone (the run above holds exceljs' workbook too).
  const ours = await measure(file, 1, "ours");
  rows.push({ name, ...m, oursRssMb: ours.peakRssMb });
}
const line = (label, ms, ratio, note = "") =>
  console.log(
    `  ${label.padEnd(48)}${ms.toFixed(0).padStart(7)} ms${ratio === undefined ? "" : `   ratio ${ratio.toFixed(3)}`}${note}`,
  );
for (const r of rows) {
  const x = r.loadMs;
  console.log(`\n${r.name}: ${(r.bytes / 1048576).toFixed(2)} MB, ${r.findings} findings (ratios to exceljs' load)`);
  line("exceljs load (baseline)", x);
  line("new reader: bytes → source (src/workbook/xlsx)", r.readMs, r.readMs / x);
  line("read+validate+totals on the new reader's source", r.analyzeMs, r.analyzeMs / x, "  (target ≤ 0.15)");
  line("the same on exceljs' workbook (before)", r.excelAnalyzeMs, r.excelAnalyzeMs / x);
  line(
    "whole path from the bytes: reader + the above",
    r.readMs + r.analyzeMs,
    (r.readMs + r.analyzeMs) / x,
    `  (before: load + the above, ${(1 + r.excelAnalyzeMs / x).toFixed(3)})`,
  );
  line("report: model + .docx (native charts)", r.reportMs, r.reportMs / x);
  console.log(
    `  peak memory (maxRSS): ${r.oursRssMb.toFixed(0)} MB on the CLI's path, ${r.peakRssMb.toFixed(0)} MB with exceljs' workbook too (target ≤ 1,536 MB)`,
  );
}

// Issue 10: the CLI's whole `validate` process on the large workbook against the floor of the same
// work (bench/floor.mjs: every zip entry found and inflated once with zlib, the sheets' cells
// counted, nothing else), both as fresh Node processes, alternated so a busy machine slows both.
{
  const ROUNDS = 9;
  const times = { validate: [], floor: [] };
  const timeProcess = async (args) => {
    const t = process.hrtime.bigint();
    await run(process.execPath, args, { maxBuffer: 1 << 28 }).catch((e) => {
      if (e.code !== 1) throw e; // exit 1: error findings, as the generated ledger has
    });
    return Number(process.hrtime.bigint() - t) / 1e6;
  };
  for (let i = 0; i < ROUNDS; i++) {
    times.validate.push(await timeProcess(["bin/union-ledger.js", "validate", large, "--json"]));
    times.floor.push(await timeProcess(["bench/floor.mjs", large]));
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const [v, f] = [median(times.validate), median(times.floor)];
  const [vMin, fMin] = [Math.min(...times.validate), Math.min(...times.floor)];
  console.log(
    `\nvalidate on the large workbook, whole process: ${v.toFixed(0)} ms; the floor (find, inflate once, count cells): ${f.toFixed(0)} ms`,
  );
  console.log(
    `  validate ÷ floor: ${(v / f).toFixed(2)} of the medians, ${(vMin / fMin).toFixed(2)} of the fastest (${ROUNDS} alternated runs; target ≤ 4, ~8 before issue 10)`,
  );
}

// The clerk's view: one CLI run on the example, Node start-up included (target ≤ 2 s).
const walls = [];
for (let i = 0; i < 3; i++) {
  const t = Date.now();
  await run(process.execPath, [
    "bin/union-ledger.js",
    "report",
    example,
    "-o",
    "out/bench-report.docx",
    "--force",
  ]).catch((e) => {
    if (e.code !== 1) throw e; // exit 1: the example has error findings on purpose
  });
  walls.push(Date.now() - t);
}
const nodeOnly = [];
for (let i = 0; i < 3; i++) {
  const t = Date.now();
  await run(process.execPath, ["-e", "0"]);
  nodeOnly.push(Date.now() - t);
}
console.log(
  `\nCLI wall time, union-ledger report on the example: ${Math.min(...walls)} ms (best of 3; target ≤ 2,000 ms); bare Node start-up ${Math.min(...nodeOnly)} ms`,
);
