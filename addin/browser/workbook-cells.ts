import { gridWorkbook, type GridSheet, type WorkbookSource } from "union-ledger";

/**
 * The ledger sheets' cells as the Excel pane read them through Office.js: plain data, so they can be posted to the
 * pane's worker (structured clone copies RawCell's strings, numbers and Dates; a WorkbookSource's functions it
 * refuses). The worker makes the readers' source of them (`cellsSource`).
 */
export interface WorkbookCells {
  /** Every sheet of the workbook in order, also those not read (the readers tell a non-ledger workbook by them). */
  readonly sheetNames: readonly string[];
  /** The sheets read, each its used range. */
  readonly grids: readonly GridSheet[];
}

/** The cells → a source for the core readers (gridWorkbook), with the workbook's sheet names. */
export function cellsSource(cells: WorkbookCells): WorkbookSource {
  const source = gridWorkbook(cells.grids);
  return { sheetNames: cells.sheetNames, sheet: (name) => source.sheet(name) };
}
