import type { RawCell } from "../../cells/raw-cell.js";

/** A merged area of a sheet, 1-based and inclusive. */
export interface MergedRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly label: string;
}

/**
 * One sheet as the readers see it, whoever stored it: the .xlsx reader (src/workbook/xlsx: the CLI,
 * the standalone page, the Word pane), the values of Office.js used ranges (the Excel pane) or a plain
 * grid (tests). Readers ask
 * for cells by position only, so none of them knows where the workbook came from.
 */
export interface SheetSource {
  readonly name: string;
  /** The last row that has anything stored (1-based); 0 for an empty sheet. */
  readonly rowCount: number;
  /** The last column that has anything stored (1-based); 0 for an empty sheet. */
  readonly columnCount: number;
  /** The cell at (row, column), both 1-based; `EMPTY` where nothing is stored. */
  cell(row: number, column: number): RawCell;
  /** Whether a row can hold anything at all: lets readers skip rows a source knows are absent. */
  hasRow(row: number): boolean;
  readonly merges: () => readonly MergedRange[];
}

/** A workbook: its sheets by name. */
export interface WorkbookSource {
  readonly sheetNames: readonly string[];
  sheet(name: string): SheetSource | undefined;
}
