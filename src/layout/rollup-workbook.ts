/** Names shared by the roll-up writer and reader: change one side, the round-trip test fails. */
export const ROLLUP_TEMPLATE_ID = "union-ledger-rollup";
/** semver of the roll-up workbook layout (not of the program). */
export const ROLLUP_VERSION = "1.0.0";

export const ROLLUP_SHEETS = {
  units: "单位汇总",
  categories: "分类汇总",
  months: "月度汇总",
  findings: "问题清单",
  data: "_rollup",
  meta: "_meta",
} as const;

/** Columns of the hidden `_rollup` sheet, one row per unit used; the first four are the contract. */
export const DATA_COLUMNS = [
  "unionName",
  "fiscalYear",
  "file",
  "totals",
  "errors",
  "warnings",
  "filedOn",
  "templateVersion",
  "mtimeMs",
] as const;

export const SEVERITY_ZH = { error: "错误", warning: "警告" } as const;
