import { displayText, type RawCell } from "../cells/raw-cell.js";
import type { ColumnSpec } from "../layout/column.js";
import { monthDayFromText } from "../dates/parse-date.js";
import { type IsoDate } from "../dates/calendar-date.js";
import type { Fen } from "../money/fen.js";
import type { FindingCode } from "../findings/codes.js";
import { parseCell } from "../workbook/parse-cell.js";

/** A source cell as it goes into the standard workbook, and whether its form changed or it could not be read. */
export interface ReadValue {
  readonly cell: RawCell;
  /** The value read, when the column's kind was read (a date, 分, a count, a list value). */
  readonly value?: IsoDate | Fen | number | string;
  /** The form it was written in → the form written, when they differ ("2024.3.5" → "2024-03-05"). */
  readonly changed?: { readonly from: string; readonly to: string };
  /** The value could not be read as the column asks: kept as typed, for `validate` to name. */
  readonly unread?: true;
}

export const dateCell = (d: IsoDate): RawCell => ({ type: "date", value: new Date(`${d}T00:00:00Z`) });
const fenCell = (f: number): RawCell => ({ type: "number", value: f / 100 });

/** A formula's cached result without the formula: the clerk's formulas point at the old layout's cells. */
function withoutFormula(raw: RawCell): RawCell {
  if (raw.formula === undefined) return raw;
  const plain = { ...raw };
  delete plain.formula;
  return plain;
}

/**
 * Reads one cell with the validator's reading rules (parse-cell.ts: text dates, money with 元/¥/thousands, counts
 * with 人/次, full-width digits, list values with stray spaces), plus a month and day without a year in `year`.
 * A value read is written in the template's form (a real date, a number); one that is not read, or that has more
 * than two decimals (rounding it would change the amount), is kept exactly as typed. A formula keeps its result.
 */
export function readValue(raw: RawCell, spec: ColumnSpec, year: number | undefined): ReadValue {
  const plain = withoutFormula(raw);
  const formulaNote =
    raw.formula === undefined ? undefined : { from: `=${raw.formula}`, to: displayText(plain) || "（空）" };
  if (spec.kind === "text" || spec.kind === "formula" || plain.type === "empty")
    return formulaNote ? { cell: plain, changed: formulaNote } : { cell: plain };
  const codes: FindingCode[] = [];
  let normalized: string | undefined;
  const value = parseCell(plain, spec, (code, params) => {
    codes.push(code);
    if (code === "normalized_value") normalized = (params as { normalized: string }).normalized;
  });
  const from = displayText(plain);
  if (value === undefined || codes.includes("too_many_decimals")) {
    const md =
      spec.kind === "date" && plain.type === "string" && year !== undefined
        ? monthDayFromText(plain.value, year)
        : undefined;
    if (md?.ok) return { cell: dateCell(md.date), value: md.date, changed: { from, to: md.date } };
    return { cell: plain, unread: true, ...(formulaNote ? { changed: formulaNote } : {}) };
  }
  let cell: RawCell;
  switch (spec.kind) {
    case "date":
      cell = dateCell(value as IsoDate);
      break;
    case "money":
      cell = fenCell(value as number);
      break;
    case "integer":
      cell = { type: "number", value: value as number };
      break;
    case "option":
      cell = { type: "string", value: value as string };
      if (value !== from) normalized ??= value as string;
      break;
  }
  const shown = typeof value === "string" || typeof value === "number" ? value : undefined;
  const changed = normalized !== undefined ? { from, to: normalized } : formulaNote;
  return { cell, ...(shown !== undefined ? { value: shown } : {}), ...(changed ? { changed } : {}) };
}
