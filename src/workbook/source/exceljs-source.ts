import type ExcelJS from "exceljs";
import type { Cell, CellValue } from "exceljs";
import { cellAddress } from "../address.js";
import { EMPTY, type RawCell } from "../../cells/raw-cell.js";
import type { MergedRange, SheetSource, WorkbookSource } from "./source.js";

const NOT_BLANK = /\S/u;

/** For formula cells only: what exceljs' `cell.value` may leave out (see below). */
interface FormulaLookup {
  readonly formula: () => string | undefined;
  readonly result: () => CellValue | undefined;
}

function rawCell(v: CellValue | undefined, lookup?: FormulaLookup): RawCell {
  if (v === null || v === undefined) return EMPTY;
  if (typeof v === "number") return { type: "number", value: v };
  if (typeof v === "string") return NOT_BLANK.test(v) ? { type: "string", value: v } : EMPTY;
  if (typeof v === "boolean") return { type: "boolean", value: v };
  if (v instanceof Date) return { type: "date", value: v };
  if ("richText" in v) {
    const text = v.richText.map((r) => r.text).join("");
    return text.trim() === "" ? EMPTY : { type: "string", value: text };
  }
  if ("error" in v) return { type: "error", value: String(v.error) };
  if ("formula" in v || "sharedFormula" in v) {
    // Shared formulas carry their text only on the master cell: exceljs translates on request.
    const formula = "formula" in v && v.formula ? v.formula : lookup?.formula();
    // exceljs 4.4 drops a cached result of 0, false or "" from `cell.value` (exceljs#2943,
    // FormulaValue._copyModel copies truthy fields only); the cell's model still has it.
    const result = "result" in v ? v.result : lookup?.result();
    const inner = rawCell(result as CellValue | undefined);
    return formula === undefined ? inner : { ...inner, formula };
  }
  if ("hyperlink" in v) {
    const text = typeof v.text === "string" ? v.text : "";
    return text.trim() === "" ? EMPTY : { type: "string", value: text };
  }
  return EMPTY;
}

/** One exceljs cell, formulas' cached results included. */
function rawCellOf(cell: Cell): RawCell {
  return rawCell(cell.value, {
    formula: () => cell.formula || undefined,
    result: () => (cell.model as { result?: CellValue }).result,
  });
}

// exceljs keeps merges in Worksheet._merges (master address → Range); its only public view is
// `worksheet.model.merges`, which rebuilds the whole sheet model (slow on 20,000-row sheets).
type WithMerges = {
  _merges?: Record<string, { model?: { top: number; left: number; bottom: number; right: number } }>;
};

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
      return v !== null && typeof v === "object" && ("formula" in v || "sharedFormula" in v)
        ? rawCellOf(cell)
        : rawCell(v);
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
