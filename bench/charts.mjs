// Issue 11 (load only what a command uses): whole CLI processes on the example, alternated in one run so a busy
// machine slows every kind alike, several rounds, medians (and the fastest, for the record).
//   - `report --charts png` against `report --charts native` (target: png ≤ 1.5 × native);
//   - start-up: `union-ledger --version` against a bare `node -e 0`, and `validate` on the example.
// `node bench/charts.mjs [ROUNDS]` (default 7) after `npm run build`; `npm run bench` runs it.
import { execFile } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { promisify } from "node:util";

const run = promisify(execFile);
const ROUNDS = Number(process.argv[2] ?? 7);
const example = "templates/example-2024.xlsx";
await mkdir("out", { recursive: true });

const kinds = {
  native: [
    "bin/union-ledger.js",
    "report",
    example,
    "-o",
    "out/bench-charts-native.docx",
    "--charts",
    "native",
    "--force",
  ],
  png: ["bin/union-ledger.js", "report", example, "-o", "out/bench-charts-png.docx", "--charts", "png", "--force"],
  version: ["bin/union-ledger.js", "--version"],
  node: ["-e", "0"],
  validate: ["bin/union-ledger.js", "validate", example],
};

async function timeProcess(args) {
  const t = process.hrtime.bigint();
  await run(process.execPath, args, { maxBuffer: 1 << 26 }).catch((e) => {
    if (e.code !== 1) throw e; // exit 1: the example has error findings on purpose
  });
  return Number(process.hrtime.bigint() - t) / 1e6;
}

const times = Object.fromEntries(Object.keys(kinds).map((k) => [k, []]));
for (const args of Object.values(kinds)) await timeProcess(args); // warm the disk cache: not counted
for (let i = 0; i < ROUNDS; i++)
  for (const [kind, args] of Object.entries(kinds)) times[kind].push(await timeProcess(args));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const med = Object.fromEntries(Object.entries(times).map(([k, xs]) => [k, median(xs)]));
const min = Object.fromEntries(Object.entries(times).map(([k, xs]) => [k, Math.min(...xs)]));
const ms = (x) => `${x.toFixed(0).padStart(5)} ms`;
const row = (label, kind, note = "") =>
  console.log(`  ${label.padEnd(44)}${ms(med[kind])} (fastest ${ms(min[kind])})${note}`);

console.log(`\nwhole CLI processes on the example, ${ROUNDS} alternated rounds, medians:`);
row("report --charts native", "native");
row("report --charts png", "png");
console.log(
  `  png ÷ native: ${(med.png / med.native).toFixed(2)} of the medians, ${(min.png / min.native).toFixed(2)} of the fastest (target ≤ 1.5)`,
);
row("union-ledger --version", "version");
row("node -e 0 (bare Node start-up)", "node");
console.log(
  `  start-up of the CLI beyond Node's own: ${(med.version - med.node).toFixed(0)} ms (${(med.version / med.node).toFixed(2)} × node -e 0)`,
);
row("union-ledger validate (example)", "validate");
