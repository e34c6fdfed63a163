import { SHEET_NAMES } from "../layout/template-layout.js";
import { err, ok, type Result } from "../result.js";
import type { SheetSource, WorkbookSource } from "../workbook/source/source.js";
import { rosterIds } from "./content.js";
import { candidatesOf, type Candidate } from "./detect.js";
import { columnOf, TARGET_SHEET } from "./ledgers.js";
import { columnLetter } from "../workbook/address.js";
import type { ImportError } from "./report.js";

/** A sheet and the ledger it was found to hold. */
export interface Chosen extends Candidate {
  readonly ws: SheetSource;
}

/** The template's own sheets that hold no clerk's data (a standard workbook may be imported too). */
export const NOT_DATA: ReadonlySet<string> = new Set([
  SHEET_NAMES.instructions,
  SHEET_NAMES.lists,
  SHEET_NAMES.meta,
  SHEET_NAMES.summary,
]);

/** The roster's member ids, when exactly one sheet looks most like a roster (for the content signal of ids). */
export function rosterOf(sheets: readonly SheetSource[]): Set<string> {
  const rosters = sheets.flatMap((ws) => {
    const top = candidatesOf(ws, new Set())[0];
    return top?.ledger === "members" ? [{ ws, top }] : [];
  });
  const only = rosters.length === 1 ? rosters[0] : undefined;
  const idCol = only?.top.placement.placed.get("memberId")?.col;
  return only && idCol !== undefined ? rosterIds(only.ws, only.top.layout.row, idCol) : new Set();
}

/**
 * Which sheet holds which ledger, by headers, sheet names and content (detect.ts). A sheet that looks equally like
 * two ledgers, two sheets that look like the same ledger, or two columns that stand for one template column are
 * errors naming the candidates; a workbook where nothing looks like a ledger is `no_ledger`.
 */
export function chooseSheets(wb: WorkbookSource): Result<{ chosen: Chosen[]; ignored: string[] }, ImportError> {
  const sheets = wb.sheetNames.flatMap((n) => {
    const ws = NOT_DATA.has(n) ? undefined : wb.sheet(n);
    return ws ? [ws] : [];
  });
  const roster = rosterOf(sheets);
  const chosen: Chosen[] = [];
  const ignored: string[] = wb.sheetNames.filter((n) => !sheets.some((s) => s.name === n));
  for (const ws of sheets) {
    const [top, second] = candidatesOf(ws, roster);
    if (!top) {
      ignored.push(ws.name);
      continue;
    }
    if (second && second.score === top.score && TARGET_SHEET[second.ledger] !== TARGET_SHEET[top.ledger])
      return err({ code: "ambiguous_ledger", sheet: ws.name, ledgers: [top.ledger, second.ledger] });
    chosen.push({ ...top, ws });
  }
  if (chosen.length === 0) return err({ code: "no_ledger", sheets: wb.sheetNames });
  for (const c of chosen) {
    const same = chosen.filter((o) => TARGET_SHEET[o.ledger] === TARGET_SHEET[c.ledger]);
    if (same.length > 1) return err({ code: "ambiguous_sheets", ledger: c.ledger, sheets: same.map((o) => o.ws.name) });
  }
  for (const c of chosen) {
    const a = c.placement.ambiguous;
    if (a) return err(ambiguousColumns(c, a.key, a.cols));
  }
  return ok({ chosen, ignored });
}

function ambiguousColumns(c: Chosen, key: string, cols: readonly number[]): ImportError {
  return {
    code: "ambiguous_columns",
    sheet: c.ws.name,
    to: columnOf(c.ledger, key)?.header ?? key,
    columns: cols.map((col) => ({ column: columnLetter(col), header: c.layout.columns.get(col)?.shown ?? "" })),
  };
}
