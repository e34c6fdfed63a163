import type { Cell, CellValue } from "exceljs";

/**
 * A cell as stored, whatever program saved it: shared or inline strings, rich text, hyperlinks and
 * formulas (with their cached result) are all brought down to one of these.
 */
export type RawCell =
  | { readonly type: "empty"; readonly formula?: string }
  | { readonly type: "number"; readonly value: number; readonly formula?: string }
  | { readonly type: "string"; readonly value: string; readonly formula?: string }
  | { readonly type: "boolean"; readonly value: boolean; readonly formula?: string }
  | { readonly type: "date"; readonly value: Date; readonly formula?: string }
  | { readonly type: "error"; readonly value: string; readonly formula?: string };

export const EMPTY: RawCell = { type: "empty" };
const NOT_BLANK = /\S/u;

/** For formula cells only: what exceljs' `cell.value` may leave out (see below). */
export interface FormulaLookup {
  readonly formula: () => string | undefined;
  readonly result: () => CellValue | undefined;
}

export function rawCell(v: CellValue | undefined, lookup?: FormulaLookup): RawCell {
  if (v === null || v === undefined) return EMPTY;
  switch (typeof v) {
    case "number":
      return { type: "number", value: v };
    case "string":
      return NOT_BLANK.test(v) ? { type: "string", value: v } : EMPTY;
    case "boolean":
      return { type: "boolean", value: v };
  }
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
export function rawCellOf(cell: Cell): RawCell {
  return rawCell(cell.value, { formula: () => cell.formula || undefined, result: () => (cell.model as { result?: CellValue }).result });
}

/** How the clerk sees the cell, for messages. */
export function displayText(c: RawCell): string {
  switch (c.type) {
    case "empty":
      return "";
    case "date":
      // A number too large for a date in a date-formatted cell comes from exceljs as an invalid
      // Date (toISOString would throw); Excel shows such a cell as ########.
      return Number.isNaN(c.value.getTime()) ? "########" : c.value.toISOString().slice(0, 10);
    default:
      return String(c.value);
  }
}
