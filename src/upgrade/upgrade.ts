import type ExcelJS from "exceljs";
import type { SheetSpec } from "../layout/column.js";
import { BASIC_INFO_SHEET, LEDGER_SHEETS, SHEET_NAMES } from "../layout/template-layout.js";
import type { Profile } from "../profiles/profile.js";
import { buildTemplate } from "../template/generate.js";
import { fillWorkbook, type FillRow } from "../template/fill.js";
import { INFO_FIRST_ROW } from "../template/info-sheet.js";
import { FIRST_DATA_ROW } from "../template/ledger-sheet.js";
import { cellAddress } from "../workbook/address.js";
import { headerKey } from "../workbook/header-key.js";
import type { Ledger } from "../workbook/ledger.js";
import { displayText, EMPTY, type RawCell } from "../cells/raw-cell.js";
import type { WorkbookSource } from "../workbook/source/source.js";
import { dateFormatOf, excelValue } from "./excel-value.js";

export interface UpgradeResult {
  readonly workbook: ExcelJS.Workbook;
  /** Data rows copied per ledger sheet. */
  readonly rows: Readonly<Record<string, number>>;
  /** Columns of the old workbook that are not in the template, kept to the right of the new sheet. */
  readonly extraColumns: readonly string[];
  /**
   * Cells of the old workbook (`工作表!B7`) whose value has no cell to go in: a date-formatted number
   * too large for any date (Excel shows ########). Left empty in the new workbook; the clerk is told.
   */
  readonly unwritable: readonly string[];
  /** Sheets of the old workbook that the template does not have (a clerk's own): not carried over. */
  readonly otherSheets: readonly string[];
}

/** A cell with nothing to copy: neither a value nor a formula. */
const blank = (c: RawCell): boolean => c.type === "empty" && c.formula === undefined;

/**
 * Moves a filled workbook onto the current template: every 基本信息 value and every ledger cell
 * is copied as stored (text stays text, formulas stay formulas with their cached result), by
 * header, in row order; columns the template does not know are kept beside the new ones under
 * their own headers. `old` is what loadWorkbookSource read, `ledger` what readLedger read from it;
 * excel-value.ts says what cannot be carried over (rich-text runs, hyperlinks, cell formats).
 */
export async function upgradeWorkbook(
  old: WorkbookSource,
  ledger: Ledger,
  profile: Profile,
  stamp: { generatedAt: string; generator: string },
): Promise<UpgradeResult> {
  const wb = await buildTemplate({
    profile,
    generatedAt: stamp.generatedAt,
    generator: stamp.generator,
    ...(ledger.info.fiscalYear ? { fiscalYear: ledger.info.fiscalYear } : {}),
    ...(ledger.info.codeSystem === "2017" || ledger.info.codeSystem === "2022"
      ? { codeSystem: ledger.info.codeSystem }
      : {}),
  });
  const unwritable: string[] = [];
  /** The value to write for a cell of the old workbook; null (and noted) when it has none. */
  const valueAt = (sheet: string, row: number, col: number, c: RawCell): ExcelJS.CellValue => {
    const v = excelValue(c);
    if (v !== undefined) return v;
    unwritable.push(`${sheet}!${cellAddress(row, col)}`);
    return null;
  };

  const infoWs = old.sheet(BASIC_INFO_SHEET.name);
  const info: Record<string, ExcelJS.CellValue> = {};
  for (const [key, row] of Object.entries(ledger.infoRows)) {
    const c = infoWs?.cell(row, 2) ?? EMPTY;
    if (!blank(c) && key !== "profileId") info[key] = valueAt(BASIC_INFO_SHEET.name, row, 2, c);
  }
  const sheets: Record<string, FillRow[]> = {};
  const rows: Record<string, number> = {};
  const extraColumns: string[] = [];
  const extras: { spec: SheetSpec; header: string; values: ExcelJS.CellValue[] }[] = [];
  for (const spec of LEDGER_SHEETS as readonly SheetSpec[]) {
    const ws = old.sheet(spec.name);
    const sheet = [ledger.members, ledger.dues, ledger.activities, ledger.condolences].find(
      (s) => s.spec.name === spec.name,
    );
    if (!ws || !sheet || sheet.headerRow === 0) continue;
    const cols = sheet.columns as Record<string, number | undefined>;
    const known = new Set(Object.values(cols));
    const unknown: { header: string; col: number; values: ExcelJS.CellValue[] }[] = [];
    for (let col = 1; col <= ws.columnCount; col++) {
      const header = displayText(ws.cell(sheet.headerRow, col)).trim();
      if (!known.has(col) && header && !spec.columns.some((c) => headerKey(c.header) === headerKey(header)))
        unknown.push({ header, col, values: [] });
    }
    // The template's formula columns get the template's formulas (fillWorkbook), not the old ones.
    const copied = spec.columns.flatMap((c) => {
      const col = cols[c.key];
      return col === undefined || c.kind === "formula" ? [] : [{ c, col }];
    });
    const out: FillRow[] = [];
    for (let r = sheet.headerRow + 1; r <= ws.rowCount; r++) {
      if (!ws.hasRow(r)) continue;
      const raws = copied.map(({ col }) => ws.cell(r, col));
      const extraRaws = unknown.map((u) => ws.cell(r, u.col));
      // A row is copied when readSheet reads it (a value in a column other than 序号) or when a
      // column of the clerk's own has a value; a formula whose result is blank alone is no data.
      const data =
        copied.some(({ c }, i) => !c.filler && raws[i]?.type !== "empty") || extraRaws.some((c) => c.type !== "empty");
      if (!data) continue;
      const values: Record<string, ExcelJS.CellValue> = {};
      copied.forEach(({ c, col }, i) => {
        const raw = raws[i] ?? EMPTY;
        if (!blank(raw)) values[c.key] = valueAt(spec.name, r, col, raw);
      });
      unknown.forEach((u, i) => u.values.push(valueAt(spec.name, r, u.col, extraRaws[i] ?? EMPTY)));
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
  // A date outside the template's date columns gets a date format (excel-value.ts, dateFormatOf).
  const showDate = (
    ws: ExcelJS.Worksheet | undefined,
    row: number,
    col: number,
    v: ExcelJS.CellValue,
    kind: string | undefined,
  ): void => {
    const numFmt = kind === "date" ? undefined : dateFormatOf(v);
    if (ws && numFmt) ws.getCell(row, col).numFmt = numFmt;
  };
  BASIC_INFO_SHEET.fields.forEach((f, i) =>
    showDate(wb.getWorksheet(BASIC_INFO_SHEET.name), INFO_FIRST_ROW + i, 2, info[f.key] ?? null, f.kind),
  );
  for (const spec of LEDGER_SHEETS as readonly SheetSpec[]) {
    const ws = wb.getWorksheet(spec.name);
    (sheets[spec.name] ?? []).forEach((values, k) =>
      spec.columns.forEach((c, j) => showDate(ws, FIRST_DATA_ROW + k, j + 1, values[c.key] ?? null, c.kind)),
    );
  }
  for (const [i, e] of extras.entries()) {
    const ws = wb.getWorksheet(e.spec.name);
    if (!ws) continue;
    const col = e.spec.columns.length + 1 + extras.slice(0, i).filter((x) => x.spec === e.spec).length;
    ws.getCell(FIRST_DATA_ROW - 1, col).value = e.header;
    e.values.forEach((v, k) => {
      if (v === null) return;
      ws.getCell(FIRST_DATA_ROW + k, col).value = v;
      showDate(ws, FIRST_DATA_ROW + k, col, v, undefined);
    });
    ws.getColumn(col).width = 14;
  }
  const templateSheets = new Set<string>(Object.values(SHEET_NAMES));
  return {
    workbook: wb,
    rows,
    extraColumns,
    unwritable,
    otherSheets: old.sheetNames.filter((n) => !templateSheets.has(n)),
  };
}
