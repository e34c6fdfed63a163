// One measurement in a fresh process, so peak memory (maxRSS) belongs to this job alone.
// Prints one JSON line: exceljs' own load time, then our guard, and our read+validate+totals.
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { analyzeWorkbook } from "../dist/src/analyze.js";
import { checkWorkbookBytes } from "../dist/src/workbook/guard.js";

const [file, rounds = "2"] = process.argv.slice(2);
const bytes = new Uint8Array(await readFile(file));
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;

const loads = [], analyses = [], guards = [];
let findings = 0;
for (let i = 0; i < Number(rounds); i++) {
  global.gc?.();
  let t0 = process.hrtime.bigint();
  if (checkWorkbookBytes(bytes)) throw new Error("guard refused the benchmark workbook");
  guards.push(ms(t0));
  t0 = process.hrtime.bigint();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  loads.push(ms(t0));
  t0 = process.hrtime.bigint();
  const a = analyzeWorkbook(wb);
  analyses.push(ms(t0));
  if (!a.ok) throw new Error(a.error.code);
  findings = a.value.findings.length;
}
const min = (xs) => Math.min(...xs);
console.log(JSON.stringify({
  bytes: bytes.length, findings,
  loadMs: min(loads), guardMs: min(guards), analyzeMs: min(analyses),
  peakRssMb: process.resourceUsage().maxRSS / 1024,
}));
