import type ExcelJS from "exceljs";
import type { SheetSpec } from "../layout/column.js";
import { BASIC_INFO_SHEET, LEDGER_SHEETS } from "../layout/template-layout.js";
import type { Profile } from "../profiles/profile.js";
import { buildTemplate } from "../template/generate.js";
import { fillWorkbook, type FillRow } from "../template/fill.js";
import { FIRST_DATA_ROW } from "../template/ledger-sheet.js";
import { headerKey } from "../workbook/header-key.js";
import type { Ledger } from "../workbook/ledger.js";
import { rawCell } from "../workbook/raw-cell.js";

export interface UpgradeResult {
  readonly workbook: ExcelJS.Workbook;
  /** Data rows copied per ledger sheet. */
  readonly rows: Readonly<Record<string, number>>;
  /** Columns of the old workbook that are not in the template, kept to the right of the new sheet. */
  readonly extraColumns: readonly string[];
}

/**
 * Moves a filled workbook onto the current template: every 基本信息 value and every ledger cell
 * is copied exactly as stored (text stays text, formulas stay formulas), by header, in row order;
 * columns the template does not know are kept beside the new ones under their own headers.
 */
export async function upgradeWorkbook(old: ExcelJS.Workbook, ledger: Ledger, profile: Profile, stamp: { generatedAt: string; generator: string }): Promise<UpgradeResult> {
  const wb = await buildTemplate({
    profile, generatedAt: stamp.generatedAt, generator: stamp.generator,
    ...(ledger.info.fiscalYear ? { fiscalYear: ledger.info.fiscalYear } : {}),
    ...(ledger.info.codeSystem === "2017" || ledger.info.codeSystem === "2022" ? { codeSystem: ledger.info.codeSystem } : {}),
  });
  const infoWs = old.getWorksheet(BASIC_INFO_SHEET.name);
  const info: Record<string, ExcelJS.CellValue> = {};
  for (const [key, row] of Object.entries(ledger.infoRows)) {
    const v = infoWs?.getCell(row, 2).value;
    if (v !== null && v !== undefined && key !== "profileId") info[key] = v;
  }
  const sheets: Record<string, FillRow[]> = {};
  const rows: Record<string, number> = {};
  const extraColumns: string[] = [];
  const extras: { spec: SheetSpec; header: string; values: ExcelJS.CellValue[] }[] = [];
  for (const spec of LEDGER_SHEETS as readonly SheetSpec[]) {
    const ws = old.getWorksheet(spec.name);
    const sheet = [ledger.members, ledger.dues, ledger.activities, ledger.condolences].find((s) => s.spec.name === spec.name);
    if (!ws || !sheet || sheet.headerRow === 0) continue;
    const cols = sheet.columns as Record<string, number | undefined>;
    const known = new Set(Object.values(cols));
    const unknown: { header: string; col: number; values: ExcelJS.CellValue[] }[] = [];
    ws.getRow(sheet.headerRow).eachCell((cell, col) => {
      const header = String(cell.value ?? "").trim();
      if (!known.has(col) && header && !spec.columns.some((c) => headerKey(c.header) === headerKey(header))) unknown.push({ header, col, values: [] });
    });
    const out: FillRow[] = [];
    for (let r = sheet.headerRow + 1; r <= ws.rowCount; r++) {
      const row = ws.findRow(r);
      if (!row) continue;
      const values: Record<string, ExcelJS.CellValue> = {};
      let data = false;
      for (const c of spec.columns) {
        const col = cols[c.key];
        const v = col === undefined ? null : (row.findCell(col)?.value ?? null);
        if (rawCell(v).type === "empty" || c.kind === "formula") continue;
        values[c.key] = v;
        if (!c.filler) data = true;
      }
      const extraValues = unknown.map((u) => row.findCell(u.col)?.value ?? null);
      if (!data && extraValues.every((v) => rawCell(v).type === "empty")) continue;
      unknown.forEach((u, i) => u.values.push(extraValues[i] ?? null));
      out.push(values);
    }
    sheets[spec.name] = out;
    rows[spec.name] = out.length;
    for (const u of unknown) {
      extras.push({ spec, header: u.header, values: u.values });
      extraColumns.push(`${spec.name}!${u.header}`);
    }
  }
  fillWorkbook(wb, { info, sheets }, profile, { asIs: true });
  for (const [i, e] of extras.entries()) {
    const ws = wb.getWorksheet(e.spec.name);
    if (!ws) continue;
    const col = e.spec.columns.length + 1 + extras.slice(0, i).filter((x) => x.spec === e.spec).length;
    ws.getCell(FIRST_DATA_ROW - 1, col).value = e.header;
    e.values.forEach((v, k) => (ws.getCell(FIRST_DATA_ROW + k, col).value = v));
    ws.getColumn(col).width = 14;
  }
  return { workbook: wb, rows, extraColumns };
}
