import ExcelJS from "exceljs";
import { checkWorkbookBytes } from "./guard.js";
import { failed, type ReadOutcome } from "./input-error.js";

/**
 * Bytes → exceljs workbook, after the size and format checks. exceljs' own failures on a damaged
 * file become an input error with its message; nothing is thrown at the caller.
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
