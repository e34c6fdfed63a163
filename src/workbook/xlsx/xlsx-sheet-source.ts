import { EMPTY, type RawCell } from "../../cells/raw-cell.js";
import type { SheetSource } from "../source/source.js";
import { MergeIndex } from "./merge-index.js";
import type { ParsedSheet } from "./parsed-sheet.js";

/**
 * exceljs' Worksheet.columnCount: the longest row among rows that hold a value. A merged range puts
 * cells into each of its rows (its non-first cells count as values, its first cell as a stored
 * empty cell), so it lengthens them.
 */
function columnCount(parsed: ParsedSheet, merges: MergeIndex): number {
  let count = 0;
  const widen = (row: number, max: number, hasValues: boolean): void => {
    for (const m of merges.onRow(row)) {
      if (m.right > max) max = m.right;
      if (m.right > m.left || row > m.top) hasValues = true;
    }
    if (hasValues && max > count) count = max;
  };
  parsed.rows.forEach((r, row) => widen(row, r?.maxColumn ?? 0, r?.hasValues ?? false)); // forEach skips holes
  for (const row of merges.coveredRows()) if (!parsed.rows[row]) widen(row, 0, false);
  return count;
}

/** A parsed worksheet as the readers' source, reading exactly like excelJsSource over exceljs. */
export function xlsxSheetSource(name: string, parsed: ParsedSheet): SheetSource {
  const merges = new MergeIndex(parsed.merges, name, parsed.lastRow);
  const rows = parsed.rows;
  const stored = (row: number, col: number): RawCell => {
    const c = rows[row]?.cells[col];
    return c === undefined ? EMPTY : typeof c === "number" ? { type: "number", value: c } : c;
  };
  return {
    name,
    rowCount: Math.max(parsed.lastRow, merges.lastRow),
    columnCount: columnCount(parsed, merges),
    hasRow: (row) => rows[row] !== undefined || merges.coversRow(row),
    cell: merges.empty
      ? stored
      : (row, col) => {
          const m = merges.mergedInto(row, col);
          return m ? stored(m.top, m.left) : stored(row, col);
        },
    merges: () => merges.ranges,
  };
}
