/**
 * Size limits, checked before exceljs sees a byte (exceljs holds the whole workbook in memory:
 * roughly 1 GB per 1,000,000 cells), so a hostile or mistaken file cannot hang the program or
 * exhaust memory. A real ledger of a 50,000-member union is under 10 MB and 60,000 rows a sheet.
 */
export const LIMITS = {
  maxFileBytes: 64 * 1024 * 1024,
  maxUncompressedBytes: 768 * 1024 * 1024,
  maxRowsPerSheet: 200_000,
  /**
   * The largest amount one ledger cell may hold, in fen (30,000,000 元). Money is summed as safe
   * integers: 200,000 rows × 12 dues months × this stays below Number.MAX_SAFE_INTEGER, so no
   * total can overflow (a larger value is a typo, e.g. a phone or ID number in a money column).
   */
  maxCellFen: 3_000_000_000,
} as const;

export const formatMiB = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
