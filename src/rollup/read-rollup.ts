import { parseTotals } from "../totals/parse.js";
import { displayText } from "../cells/raw-cell.js";
import { readMeta } from "../workbook/read-meta.js";
import type { SheetSource, WorkbookSource } from "../workbook/source/source.js";
import { ROLLUP_SHEETS, ROLLUP_TEMPLATE_ID, SEVERITY_ZH } from "../layout/rollup-workbook.js";
import type { FindingLine, UnitRecord, UnreadableFile } from "./unit.js";
import { readProfileCell, unitColumn } from "./unit-columns.js";

export const isRollupWorkbook = (wb: WorkbookSource): boolean =>
  readMeta(wb.sheet(ROLLUP_SHEETS.meta))?.id === ROLLUP_TEMPLATE_ID;

/** One row of a sheet, read by column. */
type Row = (col: number) => string;

function eachDataRow(ws: SheetSource | undefined, fn: (row: Row) => void): void {
  if (!ws) return;
  for (let r = 2; r <= ws.rowCount; r++) {
    const row: Row = (col) => displayText(ws.cell(r, col)).trim();
    let any = false;
    for (let c = 1; c <= ws.columnCount && !any; c++) any = row(c) !== "";
    if (any) fn(row);
  }
}

const int = (row: Row, col: number): number => {
  const n = Number(row(col));
  return Number.isSafeInteger(n) && n >= 0 ? n : 0;
};

/** 问题清单 rows grouped by the unit's 文件 column (as stored in this roll-up). */
function findingsByFile(wb: WorkbookSource): Map<string, FindingLine[]> {
  const by = new Map<string, FindingLine[]>();
  eachDataRow(wb.sheet(ROLLUP_SHEETS.findings), (row) => {
    const line: FindingLine = {
      severity: row(3) === SEVERITY_ZH.error ? "error" : "warning",
      code: row(4),
      sheet: row(5),
      cell: row(6),
      message: row(7),
    };
    const file = row(2);
    by.set(file, [...(by.get(file) ?? []), line]);
  });
  return by;
}

/**
 * A roll-up workbook → the units it consolidated, each with its exact Totals from `_rollup`, so the
 * next level up sums the same integers the lower level did. `file` is the roll-up's own name; each
 * unit is shown as "roll-up › unit file" so a finding can still be traced to the clerk's workbook.
 */
export function readRollup(wb: WorkbookSource, file: string): (UnitRecord | UnreadableFile)[] {
  const ws = wb.sheet(ROLLUP_SHEETS.data);
  if (!ws)
    return [
      {
        kind: "unreadable",
        file,
        message: `汇总工作簿缺少隐藏的“${ROLLUP_SHEETS.data}”工作表，无法读取各单位数据；请用本程序重新生成汇总表。`,
      },
    ];
  const findings = findingsByFile(wb);
  const out: (UnitRecord | UnreadableFile)[] = [];
  eachDataRow(ws, (row) => {
    const inner = row(3);
    const shown = `${file} › ${inner}`;
    let json: unknown;
    try {
      json = JSON.parse(row(4));
    } catch {
      json = undefined; // malformed JSON is reported below like any other unusable row
    }
    const parsed = parseTotals(json);
    if (!parsed.ok) {
      out.push({
        kind: "unreadable",
        file: shown,
        message: `汇总表中“${row(1) || inner}”的数据无法识别（可能被手工改动过），已跳过；请用本程序重新生成汇总表。`,
      });
      return;
    }
    const totals = parsed.value;
    const filedOn = row(7);
    out.push({
      kind: "unit",
      file: shown,
      unionName: row(1),
      fiscalYear: totals.fiscalYear,
      filedOn: filedOn === "" ? undefined : filedOn,
      mtimeMs: int(row, 9),
      templateVersion: row(8),
      errors: int(row, 5),
      warnings: int(row, 6),
      totals,
      findings: findings.get(inner) ?? [],
      profile: readProfileCell(row(unitColumn("profile"))),
      upperUnion: row(unitColumn("upperUnion")),
    });
  });
  return out;
}
