import { EMPTY_CELL, isDateFormatCode, isoFromExcelSerial, type RawCell } from "union-ledger";

// Office.js gives an error cell's value as its display text (`valueTypes` says "Error").
const ERROR_TEXT =
  /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BUSY!|BLOCKED!|CONNECT!|UNKNOWN!)$/u;
const NOT_BLANK = /\S/u;

/**
 * One cell of `range.values` with its `range.numberFormat` and `range.formulas` → the readers'
 * RawCell, the same as exceljs gives for the stored file: a date-formatted number is a date (Excel
 * keeps dates as serial days, Office.js returns the serial), blank text is empty, and a formula cell
 * carries its formula (without "=", as exceljs has it) next to its result — the dues rules check the
 * template's formulas, not only their results.
 */
export function officeCell(value: unknown, format: unknown, formula?: unknown): RawCell {
  const cell = valueCell(value, format);
  // `formulas` repeats a constant's value; a formula's text never equals its own result.
  if (typeof formula !== "string" || !formula.startsWith("=") || formula === value) return cell;
  return { ...cell, formula: formula.slice(1) };
}

function valueCell(value: unknown, format: unknown): RawCell {
  if (value === null || value === undefined || value === "") return EMPTY_CELL;
  if (typeof value === "number") {
    if (typeof format === "string" && isDateFormatCode(format)) {
      const iso = isoFromExcelSerial(value);
      if (iso) return { type: "date", value: new Date(`${iso}T00:00:00Z`) };
    }
    return { type: "number", value };
  }
  if (typeof value === "boolean") return { type: "boolean", value };
  if (typeof value === "string") {
    if (ERROR_TEXT.test(value)) return { type: "error", value };
    return NOT_BLANK.test(value) ? { type: "string", value } : EMPTY_CELL;
  }
  return EMPTY_CELL;
}
