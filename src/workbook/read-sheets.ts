import { SHEET_NAMES } from "../layout/template-layout.js";
import { ROLLUP_SHEETS } from "../layout/rollup-workbook.js";

/**
 * The sheets any reader of a ledger or a roll-up looks at (read-ledger.ts, rollup/read-rollup.ts):
 * the only ones the package reader inflates. A sheet of the clerk's own beside them is listed by
 * name and never read.
 */
export const READ_SHEET_NAMES: ReadonlySet<string> = new Set<string>([
  ...Object.values(SHEET_NAMES),
  ...Object.values(ROLLUP_SHEETS),
]);
