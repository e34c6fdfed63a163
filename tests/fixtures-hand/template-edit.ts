/**
 * Edits of a filled template workbook (tests/helpers/ledger.ts ledgerWorkbook) that the fill
 * helper cannot express: a literal text in a date column, a moved column, a merged range, a
 * deleted sheet. Then the workbook goes through bytes and analyzeBytes like a clerk's file.
 */
import type ExcelJS from "exceljs";
import { expect } from "vitest";
import { analyzeBytes, type Analysis } from "../../src/analyze.js";
import type { Finding } from "../../src/findings/finding.js";
import type { SheetSpec } from "../../src/layout/column.js";
import { workbookBytes } from "../../src/template/generate.js";
import { FIRST_DATA_ROW } from "../../src/template/ledger-sheet.js";
import { cellAddress } from "../../src/workbook/address.js";

export { FIRST_DATA_ROW };

export function sheetOf(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** Sets cells by A1 address, exactly as given (no conversion of ISO strings to dates). */
export function setCells(wb: ExcelJS.Workbook, sheet: string, cells: Readonly<Record<string, ExcelJS.CellValue>>): void {
  const ws = sheetOf(wb, sheet);
  for (const [address, value] of Object.entries(cells)) ws.getCell(address).value = value;
}

/** The template column number (1-based) of a column key. */
export function colOf(spec: SheetSpec, key: string): number {
  const i = spec.columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`no column ${key} in ${spec.name}`);
  return i + 1;
}

/** The A1 address of a column key in a worksheet row of the template layout. */
export const addr = (spec: SheetSpec, key: string, row: number): string => cellAddress(row, colOf(spec, key));

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

export const at = (a: Analysis, sheet: string, cell: string): Finding[] => a.findings.filter((f) => f.sheet === sheet && f.cell === cell);

/** Exactly one finding of the code at the cell; returns it for further checks. */
export function expectOneAt(a: Analysis, code: Finding["code"], sheet: string, cell: string): Finding {
  const hits = a.findings.filter((f) => f.code === code && f.sheet === sheet && f.cell === cell);
  expect(hits.map((f) => `${f.code} ${f.sheet}!${f.cell ?? ""}`), `${code} at ${sheet}!${cell}; all findings: ${summary(a)}`).toEqual([`${code} ${sheet}!${cell}`]);
  const [hit] = hits;
  if (!hit) throw new Error("unreachable");
  return hit;
}

export const summary = (a: Analysis): string => a.findings.map((f) => `${f.code} ${f.sheet}!${f.cell ?? f.row ?? ""}`).join("; ");
