/**
 * Edits of a filled template workbook (tests/helpers/ledger.ts ledgerWorkbook) that the fill
 * helper cannot express: a literal text in a date column, a moved column, a merged range, a
 * deleted sheet. Then the workbook goes through bytes and analyzeBytes like a clerk's file.
 */
import type ExcelJS from "exceljs";
import { expect } from "vitest";
import { analyzeBytes, type Analysis } from "../../src/analysis/analyze.js";
import type { Finding } from "../../src/findings/finding.js";
import { workbookBytes } from "../../src/template/generate.js";
import { FIRST_DATA_ROW } from "../../src/template/ledger-sheet.js";
import { sheetOf } from "./cell-edit.js";

export { FIRST_DATA_ROW };

// Also what vitest's main process may use (tests/helpers/libreoffice-jobs.ts), where importing
// "vitest" (expectOneAt below) fails: in a module of their own.
export { addr, colOf, setCells, sheetOf } from "./cell-edit.js";

/** Swaps two whole columns (header, values and styles), as a clerk dragging a column would. */
export function swapColumns(ws: ExcelJS.Worksheet, a: number, b: number, lastRow = ws.rowCount): void {
  for (let r = 1; r <= lastRow; r++) {
    const ca = ws.getCell(r, a);
    const cb = ws.getCell(r, b);
    const [va, vb] = [ca.value, cb.value];
    const [sa, sb] = [{ ...ca.style }, { ...cb.style }];
    ca.value = vb;
    cb.value = va;
    ca.style = sb;
    cb.style = sa;
  }
}

/** Sets a key of the very hidden `_meta` sheet. */
export function setMeta(wb: ExcelJS.Workbook, key: string, value: string): void {
  const ws = sheetOf(wb, "_meta");
  let found = false;
  ws.eachRow((row) => {
    if (row.getCell(1).value === key) {
      row.getCell(2).value = value;
      found = true;
    }
  });
  if (!found) throw new Error(`no _meta key ${key}`);
}

export function removeSheet(wb: ExcelJS.Workbook, name: string): void {
  wb.removeWorksheet(sheetOf(wb, name).id);
}

/** Bytes → analysis; an input error fails the test. */
export async function analyzeWb(wb: ExcelJS.Workbook): Promise<Analysis> {
  const result = await analyzeBytes(await workbookBytes(wb));
  if (!result.ok) throw new Error(`input error ${result.error.code}: ${result.error.detail ?? ""}`);
  return result.value;
}

export const at = (a: Analysis, sheet: string, cell: string): Finding[] =>
  a.findings.filter((f) => f.sheet === sheet && f.cell === cell);

/** Exactly one finding of the code at the cell; returns it for further checks. */
export function expectOneAt(a: Analysis, code: Finding["code"], sheet: string, cell: string): Finding {
  const hits = a.findings.filter((f) => f.code === code && f.sheet === sheet && f.cell === cell);
  expect(
    hits.map((f) => `${f.code} ${f.sheet}!${f.cell ?? ""}`),
    `${code} at ${sheet}!${cell}; all findings: ${summary(a)}`,
  ).toEqual([`${code} ${sheet}!${cell}`]);
  const [hit] = hits;
  if (!hit) throw new Error("unreachable");
  return hit;
}

export const summary = (a: Analysis): string =>
  a.findings.map((f) => `${f.code} ${f.sheet}!${f.cell ?? f.row ?? ""}`).join("; ");
