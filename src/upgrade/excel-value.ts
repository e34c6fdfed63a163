import type ExcelJS from "exceljs";
import { DATE_FORMAT } from "../template/styles.js";
import type { RawCell } from "../cells/raw-cell.js";

/**
 * A cell as our reader gives it (src/workbook/xlsx) → the value exceljs writes into the upgraded
 * workbook. Text, numbers, booleans, errors, dates and formulas (text and cached result) come
 * through unchanged; what the reader does not keep cannot be written back: rich-text runs arrive as
 * their plain text and a hyperlink as its text (no link), and no cell carries its format (the new
 * template's column formats apply; dateFormatOf gives a date outside the template's date columns one).
 *
 * Dates: the reader gives a date serial's wall-clock date and time as UTC (cell-dates.ts), and
 * exceljs writes a Date back as `25569 + getTime() / 86400000` (UTC too), so the stored serial, and
 * with it the calendar date a clerk sees, is the same in every time zone; a 1904-based workbook's
 * dates are written as the same days in the 1900 system of the template.
 *
 * Undefined for the one value that has no cell to go in: a date-formatted number too large for any
 * date (Excel shows ########; the reader gives an invalid Date and the number is not kept).
 */
export function excelValue(c: RawCell): ExcelJS.CellValue | undefined {
  const value = plainValue(c);
  if (c.formula === undefined) return value;
  // A formula never calculated (or whose result was blank text) keeps its formula; Excel computes it on opening.
  return value === null || value === undefined ? { formula: c.formula } : { formula: c.formula, result: value };
}

type Plain = NonNullable<ExcelJS.CellFormulaValue["result"]>;

/** The value without its formula: null for none, undefined for a date beyond any date. */
function plainValue(c: RawCell): Plain | null | undefined {
  switch (c.type) {
    case "empty":
      return null;
    case "number":
    case "string":
    case "boolean":
      return c.value;
    case "date":
      return Number.isNaN(c.value.getTime()) ? undefined : c.value;
    case "error":
      // exceljs types the error text as the seven classic ones; it writes any text (`#SPILL!` too).
      return { error: c.value as ExcelJS.CellErrorValue["error"] };
  }
}

const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;

/**
 * The number format that shows a written value's date, or undefined when it holds no date. A date
 * keeps the template's format in the template's date columns; anywhere else (a text column, a
 * column of the clerk's own) the cell gets this one, so it shows a date rather than its serial
 * (under the template's text format "@") or exceljs' locale-dependent mm-dd-yy.
 */
export function dateFormatOf(v: ExcelJS.CellValue): string | undefined {
  const d =
    v instanceof Date
      ? v
      : v !== null && typeof v === "object" && "formula" in v && v.result instanceof Date
        ? v.result
        : undefined;
  if (!d) return undefined;
  const t = d.getTime();
  if (t % MS_PER_DAY === 0) return DATE_FORMAT;
  return t % MS_PER_MINUTE === 0 ? `${DATE_FORMAT} hh:mm` : `${DATE_FORMAT} hh:mm:ss`;
}
