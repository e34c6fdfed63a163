import type { Worksheet } from "exceljs";
import { SUMMARY_HEADERS, SUMMARY_ITEMS } from "../layout/summary-items.js";
import { HEADER_SEARCH_ROWS } from "../layout/template-layout.js";
import { cellAddress } from "./address.js";
import { headerKey } from "./header-key.js";
import { displayText, rawCell, rawCellOf } from "./raw-cell.js";
import type { SummaryCell } from "./ledger.js";

/** The cached values of the 汇总 sheet, by item key; nothing when the sheet or its headers are absent. */
export function readSummary(ws: Worksheet | undefined): SummaryCell[] {
  if (!ws) return [];
  for (let r = 1; r <= HEADER_SEARCH_ROWS; r++) {
    let valueCol = 0, keyCol = 0;
    ws.getRow(r).eachCell((cell, col) => {
      const h = headerKey(displayText(rawCell(cell.value)));
      if (h === SUMMARY_HEADERS.value) valueCol = col;
      if (h === SUMMARY_HEADERS.key) keyCol = col;
    });
    if (!valueCol || !keyCol) continue;
    const labels = new Map(SUMMARY_ITEMS.map((i) => [i.key, `${i.group}·${i.label}`]));
    const cells: SummaryCell[] = [];
    ws.eachRow((row, rowNumber) => {
      if (rowNumber <= r) return;
      const key = displayText(rawCell(row.getCell(keyCol).value)).trim();
      const label = labels.get(key);
      if (label === undefined) return;
      cells.push({ key, label, row: rowNumber, cell: cellAddress(rowNumber, valueCol), cached: rawCellOf(row.getCell(valueCol)) });
    });
    return cells;
  }
  return [];
}
