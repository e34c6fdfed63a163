import type { CellValue } from "exceljs";

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

export function rawCell(v: CellValue | undefined, formulaOf?: () => string | undefined): RawCell {
  if (v === null || v === undefined) return EMPTY;
  switch (typeof v) {
    case "number":
      return { type: "number", value: v };
    case "string":
      return v.trim() === "" ? EMPTY : { type: "string", value: v };
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
    const formula = "formula" in v && v.formula ? v.formula : formulaOf?.();
    const inner = rawCell(v.result as CellValue | undefined);
    return formula === undefined ? inner : { ...inner, formula };
  }
  if ("hyperlink" in v) {
    const text = typeof v.text === "string" ? v.text : "";
    return text.trim() === "" ? EMPTY : { type: "string", value: text };
  }
  return EMPTY;
}

/** How the clerk sees the cell, for messages. */
export function displayText(c: RawCell): string {
  switch (c.type) {
    case "empty":
      return "";
    case "date":
      return c.value.toISOString().slice(0, 10);
    default:
      return String(c.value);
  }
}
