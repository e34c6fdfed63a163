// One measurement in a fresh process, so peak memory (maxRSS) belongs to this job alone.
// Prints one JSON line, best of the rounds for each step:
//   loadMs         exceljs' own load of the bytes (the baseline every ratio divides by)
//   excelAnalyzeMs validate+totals over the exceljs-loaded workbook (the old path, after loadMs)
//   readMs         the package reader: bytes → WorkbookSource (sniff, zip checks, CRC-32, the
//                  ledger sheets scanned), with Node's zlib as the CLI runs it
//   analyzeMs      validate+totals over that source
//   reportMs       the report (model + .docx with native charts)
// With a third argument "ours", exceljs is left out, so peakRssMb is what the CLI's path needs.
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { analyzeWorkbook } from "../dist/src/analysis/analyze.js";
import { excelJsSource } from "../dist/src/workbook/source/exceljs-source.js";
import { loadWorkbookSource } from "../dist/src/workbook/load.js";
import { NODE_ZIP } from "../dist/src/node/node-inflate.js";
import { buildReport } from "../dist/src/narrative/build.js";
import { writeReportDocx } from "../dist/src/docx/write.js";
import { nativeChart } from "../dist/src/charts/native-chart.js";

const [file, rounds = "2", only = "both"] = process.argv.slice(2);
const bytes = new Uint8Array(await readFile(file));
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
const best = {};
const time = (key, fn) => {
  const t0 = process.hrtime.bigint();
  const out = fn();
  best[key] = Math.min(best[key] ?? Infinity, ms(t0));
  return out;
};
const timeAsync = async (key, fn) => {
  const t0 = process.hrtime.bigint();
  const out = await fn();
  best[key] = Math.min(best[key] ?? Infinity, ms(t0));
  return out;
};

const source = {
  fileName: file,
  sha256: "",
  templateVersion: null,
  generatedAt: new Date().toISOString(),
  profileId: "default",
};
const charts = { render: async (spec) => nativeChart(spec) };
let findings = 0;
for (let i = 0; i < Number(rounds); i++) {
  // The two readers alternate within each round, so a busy machine slows both alike.
  let old;
  if (only !== "ours") {
    globalThis.gc?.();
    const wb = await timeAsync("loadMs", async () => {
      const w = new ExcelJS.Workbook();
      await w.xlsx.load(bytes);
      return w;
    });
    old = time("excelAnalyzeMs", () => analyzeWorkbook(excelJsSource(wb)));
  }
  globalThis.gc?.();
  const opened = time("readMs", () => loadWorkbookSource(bytes, NODE_ZIP));
  if (!opened.ok) throw new Error(opened.error.code);
  const a = time("analyzeMs", () => analyzeWorkbook(opened.value));
  if (!a.ok || (old && !old.ok)) throw new Error("not a ledger");
  if (
    old &&
    (JSON.stringify(a.value.totals) !== JSON.stringify(old.value.totals) ||
      a.value.findings.length !== old.value.findings.length)
  )
    throw new Error("the readers disagree");
  findings = a.value.findings.length;
  const docx = await timeAsync("reportMs", () =>
    writeReportDocx(buildReport(a.value, { source }), { charts, sha256: async () => "" }).then((w) => w.docx),
  );
  if (docx.length < 1000) throw new Error("report too small");
}
console.log(
  JSON.stringify({ bytes: bytes.length, findings, ...best, peakRssMb: process.resourceUsage().maxRSS / 1024 }),
);
