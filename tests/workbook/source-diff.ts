/**
 * Compares two WorkbookSources the way the readers see them: sheet names and order, row and column
 * counts, which rows exist, merged ranges, and every cell of every sheet (one row and column past
 * the counts too). Returns the differences as text (empty when none), capped, so a failing test
 * shows where the readers would diverge.
 */
import ExcelJS from "exceljs";
import { analyzeWorkbook } from "../../src/analysis/analyze.js";
import type { RawCell } from "../../src/cells/raw-cell.js";
import { excelJsSource } from "../../src/workbook/source/exceljs-source.js";
import type { MergedRange, SheetSource, WorkbookSource } from "../../src/workbook/source/source.js";
import { openXlsx } from "../../src/workbook/xlsx/open-xlsx.js";

/** A RawCell as comparable text; dates by their time value (an invalid Date is "NaN"). */
export function cellKey(c: RawCell): string {
  const value =
    c.type === "empty"
      ? ""
      : c.type === "date"
        ? `${c.value.getTime()}`
        : typeof c.value === "number"
          ? `${Object.is(c.value, -0) ? "-0" : c.value}`
          : JSON.stringify(c.value);
  return `${c.type}:${value}${c.formula === undefined ? "" : ` =${c.formula}`}`;
}

const mergeKey = (m: MergedRange): string => `${m.label}(${m.top},${m.left},${m.bottom},${m.right})`;

function sheetDiff(name: string, a: SheetSource, b: SheetSource, out: string[], max: number): void {
  if (a.rowCount !== b.rowCount) out.push(`${name}: rowCount ${a.rowCount} ≠ ${b.rowCount}`);
  if (a.columnCount !== b.columnCount) out.push(`${name}: columnCount ${a.columnCount} ≠ ${b.columnCount}`);
  const [ma, mb] = [a.merges().map(mergeKey).join(" "), b.merges().map(mergeKey).join(" ")];
  if (ma !== mb) out.push(`${name}: merges ${ma} ≠ ${mb}`);
  const rows = Math.max(a.rowCount, b.rowCount) + 1;
  const cols = Math.max(a.columnCount, b.columnCount) + 1;
  for (let r = 1; r <= rows && out.length < max; r++) {
    if (a.hasRow(r) !== b.hasRow(r)) out.push(`${name}!row ${r}: hasRow ${a.hasRow(r)} ≠ ${b.hasRow(r)}`);
    for (let c = 1; c <= cols && out.length < max; c++) {
      const [ka, kb] = [cellKey(a.cell(r, c)), cellKey(b.cell(r, c))];
      if (ka !== kb) out.push(`${name}!R${r}C${c}: ${ka} ≠ ${kb}`);
    }
  }
}

/** Every difference between two sources, at most `max`. */
export function sourceDiff(a: WorkbookSource, b: WorkbookSource, max = 20): string[] {
  const out: string[] = [];
  if (a.sheetNames.join("|") !== b.sheetNames.join("|"))
    out.push(`sheets ${a.sheetNames.join("|")} ≠ ${b.sheetNames.join("|")}`);
  for (const name of a.sheetNames) {
    const [sa, sb] = [a.sheet(name), b.sheet(name)];
    if (sa && sb) sheetDiff(name, sa, sb, out, max);
  }
  return out.slice(0, max);
}

/** exceljs' own load of the bytes (the old reader), or the words it fails with. */
export async function exceljsLoad(
  bytes: Uint8Array,
): Promise<{ ok: true; value: ExcelJS.Workbook } | { ok: false; message: string }> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    return { ok: true, value: wb };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

/** The same bytes through exceljs (the old reader) and src/workbook/xlsx. */
export async function bothSources(bytes: Uint8Array): Promise<{ exceljs: WorkbookSource; xlsx: WorkbookSource }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ours = openXlsx(bytes);
  if (!ours.ok) throw new Error(`openXlsx: ${ours.error.code} ${ours.error.detail ?? ""}`);
  return { exceljs: excelJsSource(wb), xlsx: ours.value };
}

/** Findings, totals and the ledger rows read from each source, as JSON text (identical when the readers agree). */
export function analysesOf(s: { exceljs: WorkbookSource; xlsx: WorkbookSource }): { exceljs: string; xlsx: string } {
  const text = (w: WorkbookSource): string => {
    const a = analyzeWorkbook(w);
    if (!a.ok) return `input error ${a.error.code}`;
    const { ledger, findings, totals } = a.value;
    const rows = [ledger.members, ledger.dues, ledger.activities, ledger.condolences].map((s) => ({
      header: s.headerRow,
      columns: s.columns,
      rows: s.rows,
    }));
    return JSON.stringify({
      findings,
      totals,
      info: ledger.info,
      template: ledger.template ?? null,
      rows,
      summary: ledger.summary,
    });
  };
  return { exceljs: text(s.exceljs), xlsx: text(s.xlsx) };
}
