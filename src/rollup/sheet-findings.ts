import type ExcelJS from "exceljs";
import type { Rollup } from "./consolidate.js";
import { ROLLUP_SHEETS, SEVERITY_ZH } from "../layout/rollup-workbook.js";
import { addTable, cols, type CellValue } from "./sheet-table.js";

export const FINDING_COLUMNS = cols(
  ["工会名称", 30, "text"],
  ["文件", 36, "text"],
  ["严重程度", 10, "text"],
  ["代码", 24, "text"],
  ["工作表", 12, "text"],
  ["单元格", 10, "text"],
  ["说明", 80, "text"],
);

/** 问题清单: each used unit's findings; read back by 文件 when this roll-up is rolled up again. */
export function addFindingsSheet(wb: ExcelJS.Workbook, r: Rollup): ExcelJS.Worksheet {
  function* rows(): Generator<CellValue[]> {
    for (const u of r.used)
      for (const f of u.findings)
        yield [u.unionName, u.file, SEVERITY_ZH[f.severity], f.code, f.sheet, f.cell, f.message];
  }
  return addTable(wb, ROLLUP_SHEETS.findings, FINDING_COLUMNS, rows());
}
