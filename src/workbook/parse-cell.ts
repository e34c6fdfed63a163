import type { ColumnKind } from "../layout/column.js";
import { LISTS, type ListId } from "../layout/lists.js";
import type { FindingCode } from "../findings/codes.js";
import type { FindingParams } from "../findings/params.js";
import { isoFromExcelSerial, isoFromUtcDate, type IsoDate } from "../dates/calendar-date.js";
import { dateFromText } from "../dates/parse-date.js";
import { moneyFromNumber, moneyFromText } from "../money/parse-money.js";
import { fenToYuanString, type Fen } from "../money/fen.js";
import type { FormulaCell, RawCell } from "../cells/raw-cell.js";

export type Report = <C extends FindingCode>(code: C, params: FindingParams[C]) => void;

/** What a column declares about the cell it reads (a subset of ColumnSpec / InfoFieldSpec). */
export interface CellRule {
  readonly header: string;
  readonly kind: ColumnKind;
  readonly list?: ListId;
  readonly positive?: boolean;
  /** For integers: the largest allowed value. */
  readonly max?: number;
  /** Values outside the list that a rule judges (e.g. 购物卡 → form_forbidden); all when `true`. */
  readonly otherValuesCheckedByRule?: true | readonly string[];
}

export type ParsedValue = string | number | Fen | IsoDate | FormulaCell;

/** Parses one non-empty cell by its column's kind. Returns undefined (with a finding) when unusable. */
export function parseCell(raw: RawCell, rule: CellRule, report: Report): ParsedValue | undefined {
  if (rule.kind === "formula") return { formula: raw.formula, cached: raw };
  if (raw.type === "error") {
    report("formula_error", { header: rule.header, error: raw.value });
    return undefined;
  }
  switch (rule.kind) {
    case "text":
      return textOf(raw);
    case "option":
      return parseOption(raw, rule, report);
    case "integer":
      return parseInteger(raw, rule, report);
    case "money":
      return parseMoney(raw, rule, report);
    case "date":
      return parseDate(raw, rule, report);
  }
}

function textOf(raw: RawCell): string {
  switch (raw.type) {
    case "string":
      return raw.value.trim();
    case "number":
      return String(raw.value);
    case "date":
      return isoFromUtcDate(raw.value) ?? "";
    case "boolean":
      return raw.value ? "是" : "否";
    case "empty":
    case "error":
      return "";
  }
}

function parseOption(raw: RawCell, rule: CellRule, report: Report): string | undefined {
  const options: readonly string[] = rule.list ? LISTS[rule.list] : [];
  // Fast path: a value picked from the drop-down is already exact.
  if (raw.type === "string" && options.includes(raw.value)) return raw.value;
  const value = textOf(raw).normalize("NFKC").replace(/\s+/gu, "");
  if (options.includes(value)) return value;
  const other = rule.otherValuesCheckedByRule;
  if (other === true || other?.includes(value)) return value;
  report("invalid_option", { header: rule.header, options });
  return undefined;
}

function parseInteger(raw: RawCell, rule: CellRule, report: Report): number | undefined {
  let n: number | undefined;
  if (raw.type === "number") n = raw.value;
  else if (raw.type === "string") {
    // Units clerks type after a count (23人, 5次) or a month (7月, 调资月份).
    const s = raw.value.normalize("NFKC").replace(/[\s,]|人次|人|次|名|个|月份|月/gu, "");
    if (/^-?\d+(\.0+)?$/.test(s)) {
      n = Number(s);
      report("normalized_value", { header: rule.header, normalized: String(n) });
    }
  }
  if (n === undefined || !Number.isSafeInteger(n)) {
    report("invalid_number", { header: rule.header, expected: "integer" });
    return undefined;
  }
  const min = rule.positive ? 1 : 0;
  // Kept, as a negative amount is: the cell is filled (a rule pairing it with another does not
  // ask for it again), and the error is on the cell.
  if (rule.max !== undefined && (n < min || n > rule.max)) {
    report("number_out_of_range", { header: rule.header, min, max: rule.max });
    return n;
  }
  if (n < min) report("negative_amount", { header: rule.header, min });
  return n;
}

function parseMoney(raw: RawCell, rule: CellRule, report: Report): Fen | undefined {
  const parsed =
    raw.type === "number"
      ? moneyFromNumber(raw.value)
      : raw.type === "string"
        ? moneyFromText(raw.value)
        : { ok: false as const };
  if (!parsed.ok) {
    report("invalid_number", { header: rule.header, expected: "money" });
    return undefined;
  }
  if (raw.type === "string")
    report("normalized_value", { header: rule.header, normalized: `${fenToYuanString(parsed.fen)}元` });
  if (parsed.tooManyDecimals) report("too_many_decimals", { header: rule.header });
  const min = rule.positive ? 1 : 0;
  if (parsed.fen < min) report("negative_amount", { header: rule.header, min });
  return parsed.fen;
}

function parseDate(raw: RawCell, rule: CellRule, report: Report): IsoDate | undefined {
  let date: IsoDate | undefined;
  if (raw.type === "date") date = isoFromUtcDate(raw.value);
  else if (raw.type === "number") {
    // A serial in a cell without a date format: Excel shows 45356, the clerk meant 2024-03-05.
    date = isoFromExcelSerial(raw.value);
    if (date) report("normalized_value", { header: rule.header, normalized: date });
  } else if (raw.type === "string") {
    const parsed = dateFromText(raw.value);
    if (parsed.ok) {
      date = parsed.date;
      report("normalized_value", { header: rule.header, normalized: date });
    }
  }
  if (!date) report("invalid_date", { header: rule.header });
  return date;
}
