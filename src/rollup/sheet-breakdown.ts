import type ExcelJS from "exceljs";
import type { Totals } from "../totals/totals.js";
import { ROLLUP_SHEETS } from "./layout.js";
import { addTable, cols, type CellValue } from "./sheet-table.js";

/**
 * 分类汇总: the summed `by…` totals. Activity categories and condolence reasons/forms share four
 * columns (名称, 次数/人次, 参与人次, 金额) so the sheet stays one simple table with section rows.
 */
export function addCategoriesSheet(wb: ExcelJS.Workbook, t: Totals): ExcelJS.Worksheet {
  const rows: CellValue[][] = [];
  for (const [k, v] of Object.entries(t.activities.byCategory)) rows.push(["活动类别", k, v.count, v.participants, v.costFen]);
  for (const [k, v] of Object.entries(t.condolences.byReason)) rows.push(["慰问事由", k, v.count, undefined, v.amountFen]);
  for (const [k, v] of Object.entries(t.condolences.byForm)) rows.push(["慰问形式", k, v.count, undefined, v.amountFen]);
  const columns = cols(["分类", 12, "text"], ["名称", 20, "text"], ["次数/人次", 12, "int"], ["参与人次", 12, "int"], ["金额(元)", 16, "money"]);
  return addTable(wb, ROLLUP_SHEETS.categories, columns, rows);
}

/** 月度汇总: 12 months, January first, then 合计. */
export function addMonthsSheet(wb: ExcelJS.Workbook, t: Totals): ExcelJS.Worksheet {
  const month = (i: number): CellValue[] => [
    t.activities.byMonthCount[i], t.activities.byMonthCostFen[i], t.condolences.byMonthAmountFen[i],
    t.dues.byMonthExpectedFen[i], t.dues.byMonthPaidFen[i],
  ];
  const rows: CellValue[][] = Array.from({ length: 12 }, (_, i) => [`${i + 1}月`, ...month(i)]);
  const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
  rows.push(["合计", sum(t.activities.byMonthCount), sum(t.activities.byMonthCostFen), sum(t.condolences.byMonthAmountFen), sum(t.dues.byMonthExpectedFen), sum(t.dues.byMonthPaidFen)]);
  const columns = cols(["月份", 8, "text"], ["活动次数", 10, "int"], ["活动费用(元)", 16, "money"], ["慰问金额(元)", 16, "money"], ["应缴会费(元)", 16, "money"], ["实缴会费(元)", 16, "money"]);
  const ws = addTable(wb, ROLLUP_SHEETS.months, columns, rows);
  ws.getRow(14).font = { bold: true };
  return ws;
}
