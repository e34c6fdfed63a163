import type ExcelJS from "exceljs";
import type { Rollup } from "./consolidate.js";
import { ROLLUP_SHEETS, SEVERITY_ZH } from "../layout/rollup-workbook.js";
import { addTable, cols, type CellValue } from "./sheet-table.js";
import { rollupIssueMessage } from "./messages/index.js";
import { rollupNotices } from "./profiles-used.js";

export const FINDING_COLUMNS = cols(
  ["工会名称", 30, "text"],
  ["文件", 36, "text"],
  ["严重程度", 10, "text"],
  ["代码", 24, "text"],
  ["工作表", 12, "text"],
  ["单元格", 10, "text"],
  ["说明", 80, "text"],
);

/**
 * 问题清单: the roll-up's own notices first (under its name, no 文件: a roll-up of this one works them out again
 * from its units), then each used unit's findings, read back by 文件 when this roll-up is rolled up again.
 */
export function addFindingsSheet(wb: ExcelJS.Workbook, r: Rollup): ExcelJS.Worksheet {
  function* rows(): Generator<CellValue[]> {
    for (const n of rollupNotices(r.used))
      yield [r.name, undefined, SEVERITY_ZH.warning, n.code, ROLLUP_SHEETS.units, undefined, rollupIssueMessage(n)];
    for (const u of r.used)
      for (const f of u.findings)
        yield [u.unionName, u.file, SEVERITY_ZH[f.severity], f.code, f.sheet, f.cell, f.message];
  }
  return addTable(wb, ROLLUP_SHEETS.findings, FINDING_COLUMNS, rows());
}
