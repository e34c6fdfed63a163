import { err, type Result } from "../result.js";
import type { InputError } from "./input-error.js";
import { READ_SHEET_NAMES } from "./read-sheets.js";
import type { WorkbookSource } from "./source/source.js";
import { openXlsx, openXlsxAsync, type XlsxReadOptions } from "./xlsx/open-xlsx.js";
import { sniffWorkbook } from "./zip/sniff.js";

/**
 * Bytes → the readers' source: the one reader of the workbook package that every path uses
 * (validate, totals, report, roll-up, upgrade, the panes). A cheap sniff first (empty, too large,
 * encrypted, legacy .xls, not a zip), then src/workbook/xlsx with its zip checks and limits; only
 * the sheets a ledger or a roll-up has are read unless `sheets` says otherwise. A damaged file or a
 * passed limit is an input error (exit code 2), never a throw.
 */
export function loadWorkbookSource(
  bytes: Uint8Array,
  options: XlsxReadOptions = {},
): Result<WorkbookSource, InputError> {
  const problem = sniffWorkbook(bytes);
  if (problem) return err(problem);
  return openXlsx(bytes, { sheets: (name) => READ_SHEET_NAMES.has(name), ...options });
}

/** loadWorkbookSource, the parts inflated ahead by `options.inflateAsync` (the browser's own inflater) when given. */
export async function loadWorkbookSourceAsync(
  bytes: Uint8Array,
  options: XlsxReadOptions = {},
): Promise<Result<WorkbookSource, InputError>> {
  const problem = sniffWorkbook(bytes);
  if (problem) return err(problem);
  return openXlsxAsync(bytes, { sheets: (name) => READ_SHEET_NAMES.has(name), ...options });
}
