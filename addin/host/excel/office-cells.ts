import { isoFromExcelSerial } from "../../../src/dates/calendar-date.js";
import { isDateNumberFormat } from "../../../src/dates/number-format.js";
import { EMPTY, type RawCell } from "../../../src/workbook/raw-cell.js";

// Office.js gives an error cell's value as its display text (`valueTypes` says "Error").
const ERROR_TEXT = /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BUSY!|BLOCKED!|CONNECT!|UNKNOWN!)$/u;
const NOT_BLANK = /\S/u;

/**
 * One cell of `range.values` with its `range.numberFormat` → the readers' RawCell, the same as
 * exceljs gives for the stored file: a date-formatted number is a date (Excel keeps dates as
 * serial days, Office.js returns the serial), blank text is empty.
 */
export function officeCell(value: unknown, format: unknown): RawCell {
  if (value === null || value === undefined || value === "") return EMPTY;
  if (typeof value === "number") {
    if (typeof format === "string" && isDateNumberFormat(format)) {
      const iso = isoFromExcelSerial(value);
      if (iso) return { type: "date", value: new Date(`${iso}T00:00:00Z`) };
    }
    return { type: "number", value };
  }
  if (typeof value === "boolean") return { type: "boolean", value };
  if (typeof value === "string") {
    if (ERROR_TEXT.test(value)) return { type: "error", value };
    return NOT_BLANK.test(value) ? { type: "string", value } : EMPTY;
  }
  return EMPTY;
}
