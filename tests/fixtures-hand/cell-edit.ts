/** Cell edits of a template workbook by sheet name, A1 address or template column key. */
import type ExcelJS from "exceljs";
import type { SheetSpec } from "../../src/layout/column.js";
import { cellAddress } from "../../src/workbook/address.js";

export function sheetOf(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** Sets cells by A1 address, exactly as given (no conversion of ISO strings to dates). */
export function setCells(
  wb: ExcelJS.Workbook,
  sheet: string,
  cells: Readonly<Record<string, ExcelJS.CellValue>>,
): void {
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
