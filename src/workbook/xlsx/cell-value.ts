import { EMPTY, type RawCell } from "../../cells/raw-cell.js";
import { dateFromIso, dateFromSerial } from "./cell-dates.js";
import { booleanOf, indexAt, numberAt, textAt } from "./cell-number.js";
import { XlsxError } from "./xlsx-error.js";
import { textCell } from "./shared-strings.js";
import { unescapeXstring } from "./xml-text.js";

/** One `<c>` element as written (ECMA-376 Part 1, §18.3.1.4 c). */
export interface CellParts {
  /** The t attribute (ST_CellType, §18.18.11): n (default), s, str, inlineStr, b, e, d. */
  t: string | undefined;
  /** The s attribute: index into cellXfs; -1 when absent. */
  style: number;
  /**
   * `<v>` at [valueStart, valueEnd) of valueSource: the part's own text, references not yet
   * replaced (valueRaw), or the already decoded text when `<v>` was not plain; valueStart -1 when absent.
   */
  valueSource: string;
  valueStart: number;
  valueEnd: number;
  valueRaw: boolean;
  /** Text of `<is>` (inline string); undefined when absent. */
  inline: string | undefined;
  /** The cell's formula text (after shared-formula translation), "" when none is known. */
  formula: string;
  /** Whether the cell has an `<f>` with text or a t attribute: exceljs then treats it as a formula. */
  isFormula: boolean;
}

/** What a worksheet's cells are read against. */
export interface ValueContext {
  readonly sharedStrings: readonly RawCell[];
  /** By style index: whether the cell format shows dates (styles-part.ts). */
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

/**
 * `<v>` by the cell's type, as exceljs' CellXform reads it, except where exceljs misreads: t="d" (an
 * ISO date, read as a date), t="str" (references replaced once, where exceljs replaces them twice)
 * and _xHHHH_ escapes (undone in every string, as ST_Xstring says, §22.9.2.19; exceljs only in
 * shared strings and rich runs). Without a formula, a RawCell made once may be returned.
 */
function stored(t: string | undefined, c: CellParts, isDate: boolean, ctx: ValueContext): RawCell {
  switch (t) {
    case "s": {
      const s = ctx.sharedStrings[indexAt(c.valueSource, c.valueStart, c.valueEnd, c.valueRaw)];
      if (s === undefined)
        throw new XlsxError(`共享字符串序号 ${v(c).slice(0, 12)} 超出范围（共 ${ctx.sharedStrings.length} 个）`);
      return s;
    }
    case "str":
    case "inlineStr":
      return textCell(unescapeXstring(v(c)));
    case "b":
      return { type: "boolean", value: booleanOf(v(c)) };
    case "e":
      return { type: "error", value: v(c) };
    case "d": {
      const date = dateFromIso(v(c));
      return date ? { type: "date", value: date } : textCell(v(c));
    }
    // No t is t="n" (ST_CellType's default); a t this reader does not know is read as a number too.
    case undefined:
    default: {
      const n = numberAt(c.valueSource, c.valueStart, c.valueEnd, c.valueRaw);
      return isDate ? { type: "date", value: dateFromSerial(n, ctx.date1904) } : { type: "number", value: n };
    }
  }
}

/** The `<v>` text of a cell (no closure per cell: this runs a million times). */
const v = (c: CellParts): string => textAt(c.valueSource, c.valueStart, c.valueEnd, c.valueRaw);

/** A cached result with its formula (exceljs' rawCellOf keeps the formula beside the result). */
function withFormula(r: RawCell, formula: string): RawCell {
  switch (r.type) {
    case "empty":
      return { type: "empty", formula };
    case "number":
      return { type: "number", value: r.value, formula };
    case "string":
      return { type: "string", value: r.value, formula };
    case "boolean":
      return { type: "boolean", value: r.value, formula };
    case "date":
      return { type: "date", value: r.value, formula };
    case "error":
      return { type: "error", value: r.value, formula };
  }
}

/** A cell's RawCell: its value, or a formula's cached result with the formula text. */
export function cellValue(c: CellParts, ctx: ValueContext): RawCell {
  // exceljs looks the format up for a style index other than 0 only (CellXform.reconcile).
  const isDate = c.style > 0 && ctx.dateStyles[c.style] === true;
  const hasValue = c.valueStart >= 0 && c.valueEnd > c.valueStart;
  if (!c.isFormula) {
    // (`<is>` text comes unescaped from readStringItem already.)
    if (c.inline !== undefined && (c.t === "inlineStr" || !hasValue)) return textCell(c.inline);
    return hasValue ? stored(c.t, c, isDate, ctx) : EMPTY;
  }
  // A formula's cached result has the type of t too, except that exceljs never looks a shared
  // string up for it (`<v>` is read as a number then); a result never comes from `<is>`.
  const result = hasValue ? stored(c.t === "s" || c.t === "inlineStr" ? "n" : c.t, c, isDate, ctx) : EMPTY;
  return c.formula === "" ? result : withFormula(result, c.formula);
}
