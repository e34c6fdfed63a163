/**
 * The clean ledger with one extra row per column and odd value in every ledger sheet, the values
 * of tests/workbook/odd-values.test.ts (booleans, huge and negative numbers, text, emoji, control
 * characters, long text, Dates where numbers go and numbers where dates go, error values, empty rich
 * text) and odd values in 基本信息: the cells a reader is most likely to read differently.
 */
import type ExcelJS from "exceljs";
import type { SheetSpec } from "../../src/layout/column.js";
import { BASIC_INFO_SHEET, LEDGER_SHEETS } from "../../src/layout/template-layout.js";
import { cleanData, ledgerWorkbook } from "../helpers/ledger.js";

type Odd = string | number | boolean | Date | ExcelJS.CellValue;

const ODD_VALUES: readonly ((n: number) => Odd)[] = [
  (n) => n % 2 === 0,
  (n) => (n % 2 ? -1e308 : 1e308),
  () => 9e13,
  (n) => (n % 2 ? -5 : -0.01),
  () => "N/A",
  () => "🎉",
  () => "A\u0000\u0001B\u0007\u001b\u007f",
  () => "长".repeat(5000),
  () => new Date(Date.UTC(2024, 4, 1)),
  () => 12345,
  () => ({ error: "#N/A" }),
  () => ({ richText: [] }),
  () => "  前后空格  ",
  () => "<&>\"'",
];

export async function oddValuesWorkbook(): Promise<ExcelJS.Workbook> {
  const data = cleanData();
  const sheets = data.sheets as Record<string, Record<string, Odd>[]>;
  let n = 0;
  for (const spec of LEDGER_SHEETS as readonly SheetSpec[]) {
    const rows = sheets[spec.name] ?? [];
    const base = rows[0] ?? {};
    for (const column of spec.columns) for (const value of ODD_VALUES) rows.push({ ...base, [column.key]: value(n++) });
    sheets[spec.name] = rows;
  }
  const info = data.info as Record<string, Odd>;
  BASIC_INFO_SHEET.fields.forEach((f, i) => {
    if (f.key !== "fiscalYear") info[f.key] = ODD_VALUES[i % ODD_VALUES.length]?.(i) ?? null;
  });
  return ledgerWorkbook(data);
}
