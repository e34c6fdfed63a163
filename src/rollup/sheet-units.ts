import type ExcelJS from "exceljs";
import type { Totals } from "../totals/totals.js";
import type { Rollup } from "./consolidate.js";
import { ROLLUP_SHEETS } from "../layout/rollup-workbook.js";
import { addTable, cols, type CellValue } from "./sheet-table.js";
import { STATUS, statusOf } from "./unit.js";
import { shownRate } from "../totals/rate-text.js";

const COLUMNS = cols(
  ["工会名称", 30, "text"],
  ["文件", 36, "text"],
  ["年度", 8, "int"],
  ["错误数", 8, "int"],
  ["警告数", 8, "int"],
  ["模板版本", 10, "text"],
  ["状态", 12, "text"],
  ["会员人数", 10, "int"],
  ["应缴会费(元)", 14, "money"],
  ["实缴会费(元)", 14, "money"],
  ["收缴率", 10, "rate"],
  ["活动次数", 10, "int"],
  ["参与人次", 10, "int"],
  ["活动费用(元)", 14, "money"],
  ["慰问人次", 10, "int"],
  ["慰问金额(元)", 14, "money"],
  ["说明", 40, "text"],
  // After 说明, so the columns a reader of earlier roll-ups knows keep their places.
  ["上级工会", 24, "text"],
  ["经费标准方案", 36, "text"],
);

/** The headline totals, in the column order above (money in 分). */
const headline = (t: Totals): CellValue[] => [
  t.members.total,
  t.dues.expectedFen,
  t.dues.paidFen,
  // The rate as every output writes it (rate-text.ts) — a `0.0%` cell of the floored value —
  // and words, not "0.0%", when nothing was owed.
  t.dues.expectedFen > 0 ? shownRate(t.dues.collectionRate) : "无应缴",
  t.activities.count,
  t.activities.participants,
  t.activities.costFen,
  t.condolences.count,
  t.condolences.amountFen,
];

/**
 * 单位汇总: every unit used, then the files set aside (duplicates, unreadable), the unions that did
 * not submit, and a 合计 row — so one sheet answers "who is in, who is not, and why".
 */
export function addUnitsSheet(wb: ExcelJS.Workbook, r: Rollup): ExcelJS.Worksheet {
  const rows: CellValue[][] = [];
  for (const u of r.used)
    rows.push([
      u.unionName,
      u.file,
      u.fiscalYear,
      u.errors,
      u.warnings,
      u.templateVersion,
      statusOf(u),
      ...headline(u.totals),
      undefined,
      u.upperUnion,
      u.profile?.name,
    ]);
  for (const d of r.duplicates) {
    const u = r.dropped.find((x) => x.file === d.file);
    rows.push([
      d.unionName,
      d.file,
      d.fiscalYear,
      u?.errors,
      u?.warnings,
      u?.templateVersion,
      STATUS.duplicate,
      ...(u ? headline(u.totals) : Array<CellValue>(9).fill(undefined)),
      `已改用“${d.keptFile}”`,
      u?.upperUnion,
      u?.profile?.name,
    ]);
  }
  const blank = Array<CellValue>(9).fill(undefined);
  for (const f of r.unreadable)
    rows.push([undefined, f.file, undefined, undefined, undefined, undefined, STATUS.unreadable, ...blank, f.message]);
  for (const name of r.missing)
    rows.push([
      name,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      STATUS.missing,
      ...blank,
      "应报送而未收到台账",
    ]);
  const errors = r.used.reduce((s, u) => s + u.errors, 0);
  const warnings = r.used.reduce((s, u) => s + u.warnings, 0);
  rows.push([
    `合计（${r.used.length}个单位）`,
    undefined,
    r.fiscalYear,
    errors,
    warnings,
    undefined,
    undefined,
    ...headline(r.total),
  ]);
  const ws = addTable(wb, ROLLUP_SHEETS.units, COLUMNS, rows);
  ws.getRow(rows.length + 1).font = { bold: true };
  return ws;
}
