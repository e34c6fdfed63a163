// Roll-up benchmark (issue 6): 200 grassroots workbooks of the bundled example's size, each under
// its own union name, consolidated by the real CLI (src/workbook/xlsx reading, one worker thread
// per core). Prints wall time, time per unit and peak memory of the whole process tree (from
// /usr/bin/time when the machine has it: maxRSS of the process, worker threads included).
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

const run = promisify(execFile);
const UNITS = 200;
const dir = "out/bench-rollup";
await rm(dir, { recursive: true, force: true });
await mkdir(dir, { recursive: true });

// One real example, then 200 copies whose union name (a shared string) differs: same work per unit.
const example = unzipSync(new Uint8Array(await readFile("templates/example-2024.xlsx")));
const name = "江城精密机械有限公司工会委员会";
const strings = strFromU8(example["xl/sharedStrings.xml"]);
if (!strings.includes(name)) throw new Error("example union name not found in shared strings");
for (let i = 1; i <= UNITS; i++) {
  const files = {
    ...example,
    "xl/sharedStrings.xml": strToU8(strings.replaceAll(name, `江城第${String(i).padStart(3, "0")}基层工会委员会`)),
  };
  await writeFile(join(dir, `unit-${String(i).padStart(3, "0")}.xlsx`), zipSync(files, { level: 6 }));
}

const args = ["bin/union-ledger.js", "rollup", dir, "-o", "out/bench-rollup.xlsx", "--force", "--json"];
const timed = existsSync("/usr/bin/time");
const t0 = Date.now();
const { stdout, stderr } = await run(
  timed ? "/usr/bin/time" : process.execPath,
  timed ? ["-f", "MAXRSS_KB=%M", process.execPath, ...args] : args,
  { maxBuffer: 1 << 28 },
).catch((e) => {
  if (e.code === 1) return e; // the example has error findings on purpose: exit 1 is expected
  throw e;
});
const wall = Date.now() - t0;
const units = JSON.parse(stdout).units.length;
const rss = /MAXRSS_KB=(\d+)/.exec(stderr)?.[1];
console.log(`\nroll-up of ${units} workbooks of the example's size, ${availableParallelism()} cores:`);
console.log(`  wall time ${(wall / 1000).toFixed(1)} s (target ≤ 20 s), ${(wall / units).toFixed(0)} ms per unit`);
console.log(
  rss
    ? `  peak memory ${(Number(rss) / 1024).toFixed(0)} MB (target ≤ 1,024 MB)`
    : "  peak memory: /usr/bin/time not installed",
);
