import { err, ok, type Result } from "../result.js";
import { headerKey } from "../workbook/header-key.js";
import type { WorkbookSource } from "../workbook/source/source.js";
import type { Chosen } from "./choose.js";
import { headerLayout } from "./header-row.js";
import { LEDGER_LABEL, TARGET_SHEET } from "./ledgers.js";
import { ledgerOfLabel, type ImportMap } from "./map-file.js";
import { keyOfTarget } from "./match-header.js";
import type { Confidence, ImportError } from "./report.js";

/** "C" → 3, "AA" → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * The sheets as MAP.json says, nothing detected: each named sheet must exist, and each listed column's header must
 * still be what the map recorded (a map made for another layout is refused, not applied to the wrong columns).
 * Columns the map does not list are kept to the right, as unplaced ones are.
 */
export function chosenFromMap(wb: WorkbookSource, map: ImportMap): Result<Chosen[], ImportError> {
  const chosen: Chosen[] = [];
  const problems: string[] = [];
  for (const s of map.sheets) {
    const ws = wb.sheet(s.sheet);
    if (!ws) return err({ code: "map_mismatch", sheet: s.sheet, detail: "sheet_missing" });
    const ledger = ledgerOfLabel(s.ledger);
    if (!ledger) continue; // the schema allows only the labels
    const rows = s.headerRows ?? 1;
    if (s.headerRow - rows + 1 < 1 || s.headerRow > Math.max(ws.rowCount, 1))
      return err({ code: "map_mismatch", sheet: s.sheet, detail: `headerRow:${s.headerRow}` });
    const layout = headerLayout(ws, s.headerRow, rows);
    const placed = new Map<string, { col: number; confidence: Confidence }>();
    const listed = new Set<number>();
    for (const c of s.columns) {
      const col = columnNumber(c.column);
      const shown = layout.columns.get(col)?.shown ?? "";
      if (headerKey(shown) !== headerKey(c.header))
        return err({ code: "map_mismatch", sheet: s.sheet, detail: `${c.column}:${c.header}:${shown}` });
      listed.add(col);
      if (c.to === null) continue;
      const key = keyOfTarget(ledger, c.to);
      if (key === undefined) problems.push(`${s.sheet}!${c.column}: “${c.to}”不是${LEDGER_LABEL[ledger]}的列`);
      else if (placed.has(key)) problems.push(`${s.sheet}: “${c.to}”对应了两列`);
      else placed.set(key, { col, confidence: "map" });
    }
    const placedCols = new Set([...placed.values()].map((p) => p.col));
    const unplaced = [...layout.columns.keys()].filter((col) => !placedCols.has(col)).sort((a, b) => a - b);
    chosen.push({ ws, ledger, layout, placement: { placed, unplaced }, score: 0, basis: [] });
  }
  for (const c of chosen)
    if (chosen.filter((o) => TARGET_SHEET[o.ledger] === TARGET_SHEET[c.ledger]).length > 1)
      problems.push(`两张工作表都导入到“${TARGET_SHEET[c.ledger]}”：${c.ws.name}`);
  if (problems.length) return err({ code: "map_invalid", problems });
  if (chosen.length === 0) return err({ code: "no_ledger", sheets: wb.sheetNames });
  return ok(chosen);
}
