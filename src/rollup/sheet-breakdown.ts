import type ExcelJS from "exceljs";
import { byKeyAt, monthsAt, type ByKeyPath, type MonthsPath } from "../totals/paths.js";
import type { Totals } from "../totals/totals.js";
import { ROLLUP_SHEETS } from "../layout/rollup-workbook.js";
import { addTable, cols, type CellValue } from "./sheet-table.js";

/**
 * The sheet's name for each `by…` record of Totals, in the sheet's order. `satisfies` makes a new
 * record a compile error until it is named here; its rows then follow from the schema.
 */
const SECTIONS = {
  "activities.byCategory": "活动类别",
  "condolences.byReason": "慰问事由",
  "condolences.byForm": "慰问形式",
} as const satisfies Record<ByKeyPath, string>;

/**
 * 分类汇总: the summed `by…` totals. Activity categories and condolence reasons/forms share four
 * columns (名称, 次数/人次, 参与人次, 金额) so the sheet stays one simple table with section rows:
 * a record's `count` and `participants` (where it has them) and its amount, which is the field
 * the schema types as money.
 */
export function addCategoriesSheet(wb: ExcelJS.Workbook, t: Totals): ExcelJS.Worksheet {
  const rows: CellValue[][] = [];
  for (const [path, section] of Object.entries(SECTIONS) as [ByKeyPath, string][]) {
    for (const [key, f] of byKeyAt(t, path)) {
      rows.push([
        section,
        key,
        f["count"]?.value,
        f["participants"]?.value,
        Object.values(f).find((x) => x.money)?.value,
      ]);
    }
  }
  const columns = cols(
    ["分类", 12, "text"],
    ["名称", 20, "text"],
    ["次数/人次", 12, "int"],
    ["参与人次", 12, "int"],
    ["金额(元)", 16, "money"],
  );
  return addTable(wb, ROLLUP_SHEETS.categories, columns, rows);
}

/**
 * The column of each month array of Totals, in the sheet's order; whether it shows 元 comes from
 * the schema. `satisfies` makes a new month array a compile error until it has a column here.
 */
const MONTH_COLUMNS = {
  "activities.byMonthCount": ["活动次数", 10],
  "activities.byMonthCostFen": ["活动费用(元)", 16],
  "condolences.byMonthAmountFen": ["慰问金额(元)", 16],
  "dues.byMonthExpectedFen": ["应缴会费(元)", 16],
  "dues.byMonthPaidFen": ["实缴会费(元)", 16],
} as const satisfies Record<MonthsPath, readonly [string, number]>;

/** 月度汇总: 12 months, January first, then 合计. */
export function addMonthsSheet(wb: ExcelJS.Workbook, t: Totals): ExcelJS.Worksheet {
  const series = (Object.entries(MONTH_COLUMNS) as [MonthsPath, readonly [string, number]][]).map(
    ([path, [header, width]]) => ({ header, width, ...monthsAt(t, path) }),
  );
  const rows: CellValue[][] = Array.from({ length: 12 }, (_, i) => [`${i + 1}月`, ...series.map((s) => s.values[i])]);
  rows.push(["合计", ...series.map((s) => s.values.reduce((a, b) => a + b, 0))]);
  const columns = cols(
    ["月份", 8, "text"],
    ...series.map((s) => [s.header, s.width, s.money ? "money" : "int"] as const),
  );
  const ws = addTable(wb, ROLLUP_SHEETS.months, columns, rows);
  ws.getRow(14).font = { bold: true };
  return ws;
}
