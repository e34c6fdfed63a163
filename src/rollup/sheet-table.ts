import type ExcelJS from "exceljs";
import { FONT, HEADER_STYLE, MONEY_FORMAT } from "../template/styles.js";

/** How a column's numbers are shown. `money` values are integer 分 and become 元 only in the cell. */
export type ColumnKind = "text" | "int" | "money" | "rate";

export interface Column {
  readonly header: string;
  readonly width: number;
  readonly kind: ColumnKind;
}

export type CellValue = string | number | undefined;

/** A rate shows as rate-text.ts writes it: one decimal, and "100%" without one. */
export const RATE_FORMAT = "[=1]0%;0.0%";

const FORMAT: Readonly<Record<ColumnKind, string>> = { text: "@", int: "0", money: MONEY_FORMAT, rate: RATE_FORMAT };

/**
 * A plain table sheet: bold header row frozen at the top, one row per record. Not protected: the
 * upper union's staff sort, filter and annotate the roll-up; it is read back from `_rollup` only.
 */
export function addTable(
  wb: ExcelJS.Workbook,
  name: string,
  columns: readonly Column[],
  rows: Iterable<readonly CellValue[]>,
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1, xSplit: 0 }] });
  ws.columns = columns.map((c) => ({ width: c.width }));
  const header = ws.getRow(1);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.style = HEADER_STYLE;
  });
  let r = 2;
  for (const values of rows) {
    const row = ws.getRow(r++);
    columns.forEach((c, i) => {
      const v = values[i];
      if (v === undefined) return;
      const cell = row.getCell(i + 1);
      cell.value = c.kind === "money" && typeof v === "number" ? v / 100 : v;
      cell.style = { font: { name: FONT, size: 11 }, numFmt: FORMAT[c.kind] };
    });
  }
  if (r > 2) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return ws;
}

/** Builds a Column list from compact [header, width, kind] triples. */
export const cols = (...specs: readonly (readonly [string, number, ColumnKind])[]): Column[] =>
  specs.map(([header, width, kind]) => ({ header, width, kind }));
