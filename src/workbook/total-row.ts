import type { ColumnSpec } from "../layout/column.js";
import type { FindingParams } from "../findings/params.js";
import type { RawCell } from "../cells/raw-cell.js";
import { parseCell, type Report } from "./parse-cell.js";

/**
 * A clerk's 合计 / 小计 row under the data (issue 12, item 1): read as one more activity or payment it
 * would double the totals. The reader leaves such rows out of every record and says so once.
 *
 * What may stand in a total row follows from the columns' declarations, never from a sheet id:
 *   - a date, or a value of a drop-down list (活动类别, 慰问事由, 会籍状态…), belongs to a record: a row
 *     with one is never a total row, whatever its text ("合计" as an activity's name with a date is an activity);
 *   - a required text column's value (会员编号, 活动名称) names a record too, unless it is a count ("35人")
 *     or the row's numbers are the sums of the rows above it (a per-member 小计: "M001 | 小计 | 800");
 *   - money, counts and formulas are what totals carry; other text (备注 "共12次") may stand beside the label.
 *
 * A row is then a total row when
 *   - a cell holds nothing but a total label (合计, 小计, 总计, 合 计, 合计：, 3月小计, 1-6月合计…): `label`;
 *   - or, with no text at all, a money or count cell sums the column above (=SUM(I3:I12), SUBTOTAL): `formula`;
 *   - or, with no text at all, every number equals the sum of its column above (since the last total row,
 *     or from the first row) over at least two rows, one of them not 0: `sum` (a total typed in, or
 *     formulas saved as values).
 */
export type TotalRowMatch = FindingParams["total_row"] & {
  /** 0-based index into the mapped columns of the cell that shows why (the label, or a number). */
  readonly at: number;
};

interface MappedColumn {
  readonly spec: ColumnSpec;
  readonly col: number;
}

const MONTH = "(?:\\d{1,2}|[一二三四五六七八九十]{1,3})";
const PERIOD =
  "(?:以上|本表|全部)?(?:\\d{4}年度?)?" +
  `(?:全年|本年度?|本月|本页|本季度?|上半年|下半年|第?[一二三四1-4]季度|${MONTH}(?:[-~至到—–]${MONTH})?月份?)?`;
const CORE = "(?:总合计|合计|小计|总计|共计|累计)";
const TAIL = "(?:金额|人数|人次|次数|数)?(?:\\([^)]*\\))?(?::?-?[\\d,.]+元?)?";
/** Matched after NFKC (full-width to ASCII) with every space removed ("合 计", 全角空格的 "合\u3000计"). */
const LABEL = new RegExp(`^${PERIOD}${CORE}${TAIL}:?$`, "u");
/** Labels are short; names and notes are many: a cheap test first. */
const LONGEST_LABEL = 24;

/** The cell's text when it is nothing but a total label. */
function labelOf(raw: RawCell): string | undefined {
  if (raw.type !== "string" || raw.value.length > LONGEST_LABEL || !raw.value.includes("计")) return undefined;
  return LABEL.test(raw.value.normalize("NFKC").replace(/\s+/gu, "")) ? raw.value.trim() : undefined;
}

/** "35人", "共12项": a count written beside the label, not a member's or an activity's name. */
const COUNT_TEXT = /^共?\d+(?:人次|人|名|项|次|笔|户|个)?$/u;
const isCountText = (raw: RawCell): boolean =>
  raw.type === "number" || (raw.type === "string" && COUNT_TEXT.test(raw.value.normalize("NFKC").replace(/\s+/gu, "")));

/** `SUM(I3:I12)`, `SUBTOTAL(9,$I$3:$I$12)`: a sum over one column. */
const COLUMN_SUM =
  /^\s*=?\s*(?:SUM|SUBTOTAL)\s*\(\s*(?:\d+\s*,\s*)?\$?([A-Z]{1,3})\$?(\d+)\s*:\s*\$?([A-Z]{1,3})\$?(\d+)\s*\)\s*$/iu;

/** Whether a formula sums one column over rows that end above `row`. */
function sumsColumnAbove(formula: string | undefined, row: number): boolean {
  const m = formula === undefined ? null : COLUMN_SUM.exec(formula);
  if (!m) return false;
  const [, fromCol = "", fromRow = "", toCol = "", toRow = ""] = m;
  return fromCol.toUpperCase() === toCol.toUpperCase() && Number(fromRow) <= Number(toRow) && Number(toRow) < row;
}

const ignore: Report = () => undefined;
const isNumeric = (c: ColumnSpec): boolean => c.kind === "money" || c.kind === "integer";
const isDateOrListed = (c: ColumnSpec): boolean => c.kind === "date" || c.kind === "option";
const namesRecord = (c: ColumnSpec): boolean => c.kind === "text" && c.required === true;

/** What a column's value says in the first test of `match`. */
const Role = { filler: 0, number: 1, formula: 2, name: 3, other: 4 } as const;
type Role = (typeof Role)[keyof typeof Role];

/** Rows counted, and each summed column's sum (by its place in `summed`): an array, as `countRecord` runs on every row. */
interface Sums {
  rows: number;
  readonly sums: number[];
}

/**
 * The total rows of one sheet, found in row order (`matchTotalRow`), told of each record read (`countRecord`),
 * for the sums. A plain object made by one literal, and functions, not a class: the row loop's optimized code
 * keys on the shape of this object, and a class instance's shape (its fields added one by one) is dropped by
 * the garbage collector once no instance is left, so each analysis after a collection (the Excel pane's, the
 * benchmark's) began with a new shape and the row loop deoptimized, over and over. A literal's shape lives as
 * long as the code that makes it.
 */
export interface TotalRows {
  readonly mapped: readonly MappedColumn[];
  /** Indexes of the numeric, non-filler columns: what a total sums (序号 is not summed). */
  readonly summed: readonly number[];
  /** Each mapped column's part in the first test (`Role`), computed once: it runs on every row. */
  readonly roles: readonly Role[];
  /** Since the last total row (a 小计 below sums the rows after it). */
  segment: Sums;
  readonly all: Sums;
}

export function totalRowsOf(mapped: readonly MappedColumn[]): TotalRows {
  const summed = mapped.flatMap((m, i) => (isNumeric(m.spec) && !m.spec.filler ? [i] : []));
  const roles = mapped.map(({ spec }) =>
    spec.filler
      ? Role.filler
      : isNumeric(spec)
        ? Role.number
        : spec.kind === "formula"
          ? Role.formula
          : namesRecord(spec)
            ? Role.name
            : Role.other,
  );
  return { mapped, summed, roles, segment: emptySums(summed), all: emptySums(summed) };
}

const emptySums = (summed: readonly number[]): Sums => ({ rows: 0, sums: summed.map(() => 0) });

/** Whether the row (its cells in the order of the mapped columns) is a total row. */
export function matchTotalRow(t: TotalRows, raws: readonly RawCell[], row: number): TotalRowMatch | undefined {
  let label: { readonly text: string; readonly at: number } | undefined;
  let onlyNumbers = true;
  let number = -1;
  let nameAt = -1;
  for (let i = 0; i < t.roles.length; i++) {
    const raw = raws[i];
    if (!raw || raw.type === "empty") continue;
    const text = labelOf(raw);
    const role = t.roles[i];
    if (text !== undefined) label ??= { text, at: i };
    else if (role === Role.number) number = number < 0 ? i : number;
    else if (role === Role.name || role === Role.other) {
      onlyNumbers = false;
      if (role === Role.name && nameAt < 0) nameAt = i;
    }
  }
  // Real rows end here, before anything is parsed.
  if (!label && !(onlyNumbers && number >= 0)) return undefined;
  return decide(t, raws, row, label, number, nameAt);
}

/** The rest of `matchTotalRow`, for the few rows past its cheap first test. */
function decide(
  t: TotalRows,
  raws: readonly RawCell[],
  row: number,
  label: { readonly text: string; readonly at: number } | undefined,
  number: number,
  nameAt: number,
): TotalRowMatch | undefined {
  if (hasDateOrListValue(t, raws)) return undefined;
  // A labelled row may total one row (a member's one payment); an unlabelled one must total several,
  // or a payment entered twice with its details left out would pass for a total.
  const fewest = label ? 1 : 2;
  const summed = (): boolean => equalsSums(t, raws, t.segment, fewest) || equalsSums(t, raws, t.all, fewest);
  if (label) {
    // A required text that is a count ("35人") names no record; looked at only here, past the cheap tests.
    const named = t.roles.some((role, i) => {
      const raw = raws[i];
      return (
        role === Role.name &&
        i >= nameAt &&
        raw !== undefined &&
        raw.type !== "empty" &&
        labelOf(raw) === undefined &&
        !isCountText(raw)
      );
    });
    return !named || summed() ? { basis: "label", label: label.text, at: label.at } : undefined;
  }
  const bySum = t.summed.find((i) => sumsColumnAbove(raws[i]?.formula, row));
  if (bySum !== undefined) return { basis: "formula", label: null, at: bySum };
  return summed() ? { basis: "sum", label: null, at: number } : undefined;
}

/**
 * A record was read: its numbers join the sums. `values` holds the row's values by mapped column (undefined
 * where the record has none): read by place, as this runs on every row.
 */
export function countRecord(t: TotalRows, values: readonly unknown[]): void {
  const { segment, all, summed } = t;
  segment.rows++;
  all.rows++;
  for (let j = 0; j < summed.length; j++) {
    const v = values[summed[j] ?? -1];
    if (typeof v !== "number") continue;
    segment.sums[j] = (segment.sums[j] ?? 0) + v;
    all.sums[j] = (all.sums[j] ?? 0) + v;
  }
}

/** A total row was met: a 小计 below sums the rows after it. */
export function closeSegment(t: TotalRows): void {
  t.segment = emptySums(t.summed);
}

/** A date or a list value outside the label cells: the row is a record. */
function hasDateOrListValue(t: TotalRows, raws: readonly RawCell[]): boolean {
  return t.mapped.some((m, i) => {
    const raw = raws[i];
    if (!raw || raw.type === "empty" || !isDateOrListed(m.spec) || labelOf(raw) !== undefined) return false;
    return parseCell(raw, m.spec, ignore) !== undefined;
  });
}

/** Every number of the row is the sum of its column over at least `fewest` rows, and one is not 0. */
function equalsSums(t: TotalRows, raws: readonly RawCell[], sums: Sums, fewest: number): boolean {
  if (sums.rows < fewest) return false;
  let nonZero = false;
  for (let j = 0; j < t.summed.length; j++) {
    const i = t.summed[j] ?? -1;
    const raw = raws[i];
    const m = t.mapped[i];
    if (!raw || !m || raw.type === "empty") continue;
    const v = parseCell(raw, m.spec, ignore);
    if (typeof v !== "number" || v !== (sums.sums[j] ?? 0)) return false;
    if (v !== 0) nonZero = true;
  }
  return nonZero;
}
