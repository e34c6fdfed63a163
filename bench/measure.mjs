// One measurement in a fresh process, so peak memory (maxRSS) belongs to this job alone.
// Prints one JSON line: exceljs' own load time, our guard, our read+validate+totals, and the
// report (model + .docx with native charts) from the analysis.
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { analyzeWorkbook } from "../dist/src/analyze.js";
import { excelJsSource } from "../dist/src/workbook/source/exceljs-source.js";
import { checkWorkbookBytes } from "../dist/src/workbook/guard.js";
import { buildReport } from "../dist/src/narrative/build.js";
import { writeReportDocx } from "../dist/src/docx/write.js";
import { nativeChart } from "../dist/src/charts/native-chart.js";

const [file, rounds = "2"] = process.argv.slice(2);
const bytes = new Uint8Array(await readFile(file));
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;

const loads = [], analyses = [], guards = [], reports = [];
const source = { fileName: file, sha256: "", templateVersion: null, generatedAt: new Date().toISOString(), profileId: "default" };
const charts = { render: async (spec) => nativeChart(spec) };
let findings = 0;
for (let i = 0; i < Number(rounds); i++) {
  globalThis.gc?.();
  let t0 = process.hrtime.bigint();
  if (checkWorkbookBytes(bytes)) throw new Error("guard refused the benchmark workbook");
  guards.push(ms(t0));
  t0 = process.hrtime.bigint();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  loads.push(ms(t0));
  t0 = process.hrtime.bigint();
  const a = analyzeWorkbook(excelJsSource(wb));
  analyses.push(ms(t0));
  if (!a.ok) throw new Error(a.error.code);
  findings = a.value.findings.length;
  t0 = process.hrtime.bigint();
  const docx = await writeReportDocx(buildReport(a.value, { source }), { charts, nonce: "0", sha256: async () => "" });
  reports.push(ms(t0));
  if (docx.length < 1000) throw new Error("report too small");
}
const min = (xs) => Math.min(...xs);
console.log(JSON.stringify({
  bytes: bytes.length, findings,
  loadMs: min(loads), guardMs: min(guards), analyzeMs: min(analyses), reportMs: min(reports),
  peakRssMb: process.resourceUsage().maxRSS / 1024,
}));
