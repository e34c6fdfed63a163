import type ExcelJS from "exceljs";
import { cellAddress } from "../address.js";
import { EMPTY, rawCell, rawCellOf, type RawCell } from "../raw-cell.js";
import type { MergedRange, SheetSource, WorkbookSource } from "./source.js";

// exceljs keeps merges in Worksheet._merges (master address → Range); its only public view is
// `worksheet.model.merges`, which rebuilds the whole sheet model (slow on 20,000-row sheets).
type WithMerges = { _merges?: Record<string, { model?: { top: number; left: number; bottom: number; right: number } }> };

function mergedRanges(ws: ExcelJS.Worksheet): MergedRange[] {
  const merges = (ws as unknown as WithMerges)._merges ?? {};
  return Object.values(merges).flatMap((r) => {
    const m = r.model;
    if (!m) return [];
    return [{ ...m, label: `${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}` }];
  });
}

function sheetOf(ws: ExcelJS.Worksheet): SheetSource {
  return {
    name: ws.name,
    rowCount: ws.rowCount,
    columnCount: ws.columnCount,
    hasRow: (row) => ws.findRow(row) !== undefined,
    // findRow/findCell read what is stored and create nothing (getRow/getCell would create
    // the missing ones, row.values would copy every cell of the row).
    cell(row, column): RawCell {
      const cell = ws.findRow(row)?.findCell(column);
      if (!cell) return EMPTY;
      const v = cell.value;
      return v !== null && typeof v === "object" && ("formula" in v || "sharedFormula" in v) ? rawCellOf(cell) : rawCell(v);
    },
    merges: () => mergedRanges(ws),
  };
}

/** An exceljs workbook as the readers' source. */
export function excelJsSource(wb: ExcelJS.Workbook): WorkbookSource {
  const cache = new Map<string, SheetSource>();
  return {
    sheetNames: wb.worksheets.map((ws) => ws.name),
    sheet(name) {
      const hit = cache.get(name);
      if (hit) return hit;
      const ws = wb.getWorksheet(name);
      if (!ws) return undefined;
      const s = sheetOf(ws);
      cache.set(name, s);
      return s;
    },
  };
}
