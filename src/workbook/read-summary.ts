import { SUMMARY_HEADERS, SUMMARY_ITEMS } from "../layout/summary-items.js";
import { HEADER_SEARCH_ROWS } from "../layout/template-layout.js";
import { cellAddress } from "./address.js";
import { headerKey } from "./header-key.js";
import { displayText } from "../cells/raw-cell.js";
import type { SheetSource } from "./source/source.js";
import type { SummaryCell } from "./ledger.js";

/** The cached values of the 汇总 sheet, by item key; nothing when the sheet or its headers are absent. */
export function readSummary(ws: SheetSource | undefined): SummaryCell[] {
  if (!ws) return [];
  for (let r = 1; r <= HEADER_SEARCH_ROWS; r++) {
    let valueCol = 0,
      keyCol = 0;
    for (let col = 1; col <= ws.columnCount; col++) {
      const h = headerKey(displayText(ws.cell(r, col)));
      if (h === SUMMARY_HEADERS.value) valueCol = col;
      if (h === SUMMARY_HEADERS.key) keyCol = col;
    }
    if (!valueCol || !keyCol) continue;
    const labels = new Map(SUMMARY_ITEMS.map((i) => [i.key, `${i.group}·${i.label}`]));
    const cells: SummaryCell[] = [];
    for (let rowNumber = r + 1; rowNumber <= ws.rowCount; rowNumber++) {
      const key = displayText(ws.cell(rowNumber, keyCol)).trim();
      const label = labels.get(key);
      if (label === undefined) continue;
      cells.push({
        key,
        label,
        row: rowNumber,
        cell: cellAddress(rowNumber, valueCol),
        cached: ws.cell(rowNumber, valueCol),
      });
    }
    return cells;
  }
  return [];
}
