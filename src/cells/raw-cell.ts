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

/** A formula column's cell (月应缴, 全年实缴): the formula as written and its cached result, judged by the rules. */
export interface FormulaCell {
  readonly formula: string | undefined;
  readonly cached: RawCell;
}

/** How the clerk sees the cell, for messages. */
export function displayText(c: RawCell): string {
  switch (c.type) {
    case "empty":
      return "";
    case "date":
      // A number too large for a date in a date-formatted cell can come from a reader as an invalid
      // Date (toISOString would throw); Excel shows such a cell as ########.
      return Number.isNaN(c.value.getTime()) ? "########" : c.value.toISOString().slice(0, 10);
    case "string":
    case "number":
    case "boolean":
    case "error":
      return String(c.value);
  }
}
