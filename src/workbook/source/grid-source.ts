import type { RawCell } from "../../cells/raw-cell.js";
import { EMPTY } from "../../cells/raw-cell.js";
import type { MergedRange, SheetSource, WorkbookSource } from "./source.js";

/**
 * A sheet given as rows of cells starting at (firstRow, firstColumn) — how Office.js returns a used
 * range (`range.values` with the range's `rowIndex`/`columnIndex`, both 0-based there).
 */
export interface GridSheet {
  readonly name: string;
  /** 1-based row of `cells[0]`. */
  readonly firstRow: number;
  /** 1-based column of `cells[r][0]`. */
  readonly firstColumn: number;
  readonly cells: readonly (readonly RawCell[])[];
  readonly merges?: readonly MergedRange[];
}

export function gridSheet(g: GridSheet): SheetSource {
  const width = g.cells.reduce((w, r) => Math.max(w, r.length), 0);
  return {
    name: g.name,
    rowCount: g.cells.length === 0 ? 0 : g.firstRow + g.cells.length - 1,
    columnCount: width === 0 ? 0 : g.firstColumn + width - 1,
    hasRow: (row) => row >= g.firstRow && row < g.firstRow + g.cells.length,
    cell: (row, column) => g.cells[row - g.firstRow]?.[column - g.firstColumn] ?? EMPTY,
    merges: () => g.merges ?? [],
  };
}

/** Sheets in workbook order. */
export function gridWorkbook(sheets: readonly GridSheet[]): WorkbookSource {
  const byName = new Map(sheets.map((s) => [s.name, gridSheet(s)]));
  return { sheetNames: sheets.map((s) => s.name), sheet: (name) => byName.get(name) };
}
