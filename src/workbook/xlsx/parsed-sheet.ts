import type { RawCell } from "../../cells/raw-cell.js";
import type { MergedRange } from "../source/source.js";

/**
 * One stored row. exceljs' counts are kept because the readers walk rows and columns up to them:
 * `maxColumn` counts every stored cell, styled empty ones too (Row.cellCount), but a row of only
 * styled empty cells does not count towards the sheet's column count (Worksheet.columnCount takes
 * rows with a value only, Row.hasValues).
 */
export interface ParsedRow {
  /**
   * Cells by column number (1-based); holes where nothing is stored. A plain number (no formula,
   * not a date) is kept as the number itself and made a RawCell when asked for: most cells of a
   * ledger are such numbers, and a million small objects kept until the rules have run cost more in
   * garbage collection than all the scanning (xlsx-sheet-source.ts).
   */
  readonly cells: (RawCell | number | undefined)[];
  maxColumn: number;
  hasValues: boolean;
}

/** A worksheet as stored, before merged ranges are applied. */
export interface ParsedSheet {
  /** Rows by row number (1-based); holes where no `<row>` is written. */
  readonly rows: (ParsedRow | undefined)[];
  /** The highest row number written. */
  readonly lastRow: number;
  /** `<mergeCell ref>` ranges in document order. */
  readonly merges: readonly MergedRange[];
}

/** Excel's grid (ECMA-376 Part 1, §18.3.1.73 row r, §18.3.1.4 c r): 1,048,576 rows × 16,384 columns. */
export const MAX_ROW = 1_048_576;
export const MAX_COLUMN = 16_384;
