import type ExcelJS from "exceljs";
import type { FormulaContext, SheetSpec } from "../layout/column.js";
import type { Profile } from "../profiles/profile.js";
import { columnLetter } from "../workbook/address.js";
import { BASIC_INFO_SHEET, LEDGER_SHEETS } from "../layout/template-layout.js";
import { FIRST_DATA_ROW } from "./ledger-sheet.js";
import { INFO_FIRST_ROW } from "./info-sheet.js";

/** A value to put in a cell. In date columns a `YYYY-MM-DD` string becomes a real date, unless `asIs`. */
export type FillValue = string | number | boolean | Date | ExcelJS.CellValue | null | undefined;
export type FillRow = Readonly<Record<string, FillValue>>;

export interface FillData {
  readonly info?: Readonly<Record<string, FillValue>>;
  /** Rows by sheet name (会员名册…), each row by column key. */
  readonly sheets?: Readonly<Record<string, readonly FillRow[]>>;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function cellValue(kind: string, v: FillValue, asIs = false): ExcelJS.CellValue {
  if (v === undefined) return null;
  if (asIs) return v as ExcelJS.CellValue;
  // A calendar date as a date at UTC midnight: exceljs writes it as the plain serial of that day.
  if (kind === "date" && typeof v === "string" && ISO.test(v)) return new Date(`${v}T00:00:00Z`);
  return v as ExcelJS.CellValue;
}

/**
 * Writes values into a template made by buildTemplate, by column key, keeping the template's
 * formulas: used for the bundled example, the tests' workbooks and the benchmark's.
 */
export function fillWorkbook(
  wb: ExcelJS.Workbook,
  data: FillData,
  profile: Profile,
  options: { readonly asIs?: boolean } = {},
): void {
  const asIs = options.asIs === true;
  const info = wb.getWorksheet(BASIC_INFO_SHEET.name);
  if (info && data.info) {
    BASIC_INFO_SHEET.fields.forEach((f, i) => {
      const v = data.info?.[f.key];
      if (v !== undefined) info.getCell(INFO_FIRST_ROW + i, 2).value = cellValue(f.kind, v, asIs);
    });
  }
  for (const spec of LEDGER_SHEETS as readonly SheetSpec[]) {
    const rows = data.sheets?.[spec.name];
    const ws = wb.getWorksheet(spec.name);
    if (!rows || !ws) continue;
    const colOf = new Map(spec.columns.map((c, j) => [c.key, j + 1]));
    rows.forEach((row, i) => {
      const r = ws.getRow(FIRST_DATA_ROW + i);
      spec.columns.forEach((c, j) => {
        const cell = r.getCell(j + 1);
        const v = row[c.key];
        if (v !== undefined) cell.value = cellValue(c.kind, v, asIs);
        else if (c.formula && cell.value === null) {
          // Past the template's prepared rows: copy the formula down, as a clerk would.
          const ctx: FormulaContext = {
            col: (k) => columnLetter(colOf.get(k) ?? 0),
            row: r.number,
            duesRate: profile.dues.rate,
            duesTruncationYuan: profile.dues.truncationYuan,
          };
          cell.value = { formula: c.formula(ctx) };
        }
      });
    });
  }
}
