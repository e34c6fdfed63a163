import ExcelJS from "exceljs";
import { checkWorkbookBytes } from "./guard.js";
import { failed, type ReadOutcome } from "./input-error.js";
import type { WorkbookSource } from "./source/source.js";
import { openXlsx, type XlsxReadOptions } from "./xlsx/open-xlsx.js";

/**
 * Bytes → the readers' source, after the size and format checks: what every analysis reads
 * (analyzeBytes, the CLI, the roll-up). src/workbook/xlsx reads the package itself, ten times
 * faster than exceljs and in a browser too; a damaged file is an input error, never a throw.
 */
export function loadWorkbookSource(bytes: Uint8Array, options: XlsxReadOptions = {}): ReadOutcome<WorkbookSource> {
  const problem = checkWorkbookBytes(bytes);
  if (problem) return { ok: false, error: problem };
  return openXlsx(bytes, options);
}

/**
 * Bytes → exceljs workbook, after the same checks, for the commands that write the workbook back
 * (upgrade). exceljs' own failures on a damaged file become an input error with its message.
 */
export async function loadWorkbook(bytes: Uint8Array): Promise<ReadOutcome<ExcelJS.Workbook>> {
  const problem = checkWorkbookBytes(bytes);
  if (problem) return { ok: false, error: problem };
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs' typings want a Node Buffer; it accepts any ArrayBuffer view (JSZip underneath).
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    return failed("corrupt", e instanceof Error ? e.message.slice(0, 200) : String(e));
  }
  return { ok: true, value: wb };
}
