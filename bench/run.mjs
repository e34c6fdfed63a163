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
console.log(`large workbook generated in ${((Date.now() - t0) / 1000).toFixed(1)} s (${((await stat(large)).size / 1048576).toFixed(1)} MB)`);

async function measure(file, rounds) {
  const { stdout } = await run(process.execPath, ["--expose-gc", "bench/measure.mjs", file, String(rounds)], { maxBuffer: 1 << 26 });
  return JSON.parse(stdout.trim().split("\n").pop());
}

const rows = [];
for (const [name, file, rounds] of [["example (300 members)", example, 5], ["large (10,000 members, 5,000 activities, 20,000 condolences)", large, 2]]) {
  const m = await measure(file, rounds);
  rows.push({ name, ...m, ratio: m.analyzeMs / m.loadMs, guardRatio: m.guardMs / m.loadMs });
}
for (const r of rows) {
  console.log(`\n${r.name}: ${(r.bytes / 1048576).toFixed(2)} MB, ${r.findings} findings`);
  console.log(`  exceljs load (baseline)            ${r.loadMs.toFixed(0).padStart(7)} ms`);
  console.log(`  our read+validate+totals           ${r.analyzeMs.toFixed(0).padStart(7)} ms   ratio ${r.ratio.toFixed(3)}  (target ≤ 0.15)`);
  console.log(`  our size/row guard before loading  ${r.guardMs.toFixed(0).padStart(7)} ms   ratio ${r.guardRatio.toFixed(3)}`);
  console.log(`  report: model + .docx (native charts)${r.reportMs.toFixed(0).padStart(7)} ms   ratio ${(r.reportMs / r.loadMs).toFixed(3)}`);
  console.log(`  peak memory (maxRSS, whole process)${r.peakRssMb.toFixed(0).padStart(7)} MB   (target ≤ 1,536 MB)`);
}

// The clerk's view: one CLI run on the example, Node start-up included (target ≤ 2 s).
const walls = [];
for (let i = 0; i < 3; i++) {
  const t = Date.now();
  await run(process.execPath, ["bin/union-ledger.js", "report", example, "-o", "out/bench-report.docx", "--force"]).catch((e) => {
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
console.log(`\nCLI wall time, union-ledger report on the example: ${Math.min(...walls)} ms (best of 3; target ≤ 2,000 ms); bare Node start-up ${Math.min(...nodeOnly)} ms`);
