import ExcelJS from "exceljs";
import { workbookBytes } from "../template/generate.js";
import type { Rollup } from "./consolidate.js";
import { DATA_COLUMNS, ROLLUP_SHEETS, ROLLUP_TEMPLATE_ID, ROLLUP_VERSION } from "../layout/rollup-workbook.js";
import { addCategoriesSheet, addMonthsSheet } from "./sheet-breakdown.js";
import { addFindingsSheet } from "./sheet-findings.js";
import { addUnitsSheet } from "./sheet-units.js";
import { profileCell, UNIT_COLUMNS } from "./unit-columns.js";

export interface RollupStamp {
  /** ISO time; the caller passes the clock so tests are reproducible. */
  readonly generatedAt: string;
  readonly generator: string;
}

/**
 * `_rollup`: per unit its exact Totals as JSON (integer 分), which is what a roll-up of roll-ups
 * reads — never the formatted 元 of the visible sheets. veryHidden so a clerk does not edit it.
 */
function addDataSheet(wb: ExcelJS.Workbook, r: Rollup): void {
  const ws = wb.addWorksheet(ROLLUP_SHEETS.data, { state: "veryHidden" });
  ws.addRow([...DATA_COLUMNS, ...UNIT_COLUMNS]);
  for (const u of r.used) {
    ws.addRow([
      u.unionName,
      u.fiscalYear,
      u.file,
      JSON.stringify(u.totals),
      u.errors,
      u.warnings,
      u.filedOn ?? "",
      u.templateVersion,
      u.mtimeMs,
      profileCell(u.profile),
      u.upperUnion,
    ]);
  }
}

function addMeta(wb: ExcelJS.Workbook, r: Rollup, s: RollupStamp): void {
  const ws = wb.addWorksheet(ROLLUP_SHEETS.meta, { state: "veryHidden" });
  // Same key names as the ledger template's _meta, so readMeta() recognises either kind of file.
  const pairs: [string, string][] = [
    ["templateId", ROLLUP_TEMPLATE_ID],
    ["templateVersion", ROLLUP_VERSION],
    ["unionName", r.name],
    ["fiscalYear", String(r.fiscalYear)],
    ["units", String(r.used.length)],
    ["generatedAt", s.generatedAt],
    ["generator", s.generator],
  ];
  for (const p of pairs) ws.addRow(p);
}

export function rollupWorkbook(r: Rollup, s: RollupStamp): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "union-ledger";
  wb.created = new Date(s.generatedAt);
  wb.modified = new Date(s.generatedAt);
  addUnitsSheet(wb, r);
  addCategoriesSheet(wb, r.total);
  addMonthsSheet(wb, r.total);
  addFindingsSheet(wb, r);
  addDataSheet(wb, r);
  addMeta(wb, r, s);
  return wb;
}

export const rollupBytes = (r: Rollup, s: RollupStamp): Promise<Uint8Array> => workbookBytes(rollupWorkbook(r, s));
