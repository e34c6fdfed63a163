/**
 * What one workbook may hold, checked while it is read (src/workbook/zip, src/workbook/xlsx): a
 * hostile or mistaken file is refused with one plain sentence (exit code 2) before it can hang the
 * program or exhaust memory, never read slowly. The numbers leave room for a real 50,000-member
 * ledger with 10,000 activities and 40,000 care payments (bench: 8.7 MB file, 83 MB of XML, its
 * largest sheet 40 MB and 850,000 cells, 2.1 million cells in the ledger sheets); README's table.
 */
export const LIMITS = {
  maxFileBytes: 64 * 1024 * 1024,
  /** Entries in the zip: an .xlsx has a few dozen; each costs a directory entry to check. */
  maxZipEntries: 10_000,
  /** One part, inflated (3× the 50,000-member ledger's largest sheet). */
  maxPartBytes: 128 * 1024 * 1024,
  /** All the parts read, inflated together (3× that ledger's 83 MB). */
  maxInflatedBytes: 256 * 1024 * 1024,
  /**
   * A part that inflates to more than this many times its compressed size is a zip bomb, past a
   * small size where ratios mean nothing: Apache POI's ZipSecureFile rule (its MIN_INFLATE_RATIO
   * 0.01, i.e. 100×). Spreadsheet XML compresses 8–12× (Excel, exceljs, LibreOffice alike).
   */
  maxInflateRatio: 100,
  inflateRatioGraceBytes: 1024 * 1024,
  maxRowsPerSheet: 200_000,
  /**
   * Cells written in one ledger sheet (2.4× that ledger's 会费台账) and in all of them together
   * (1.4× its 2.1 million): each cell read is held until the rules have run, and 3 million keep
   * the whole run under 600 MB (bench/worst.mjs).
   */
  maxCellsPerSheet: 2_000_000,
  maxCellsTotal: 3_000_000,
  /** Excel's own limit on the text of one cell (Excel specifications and limits: 32,767 characters). */
  maxCellTextChars: 32_767,
  /** Text of all strings read (shared and inline), in characters: that ledger has 0.6 million. */
  maxTextChars: 32 * 1024 * 1024,
  /** Merged ranges in one sheet, and the rows they reach into, counted per range, after clipping. */
  maxMergesPerSheet: 100_000,
  maxMergedRowsPerSheet: 2_000_000,
  /**
   * The largest amount one ledger cell may hold, in fen (30,000,000 元). Money is summed as safe
   * integers: 200,000 rows × 12 dues months × this stays below Number.MAX_SAFE_INTEGER, so no
   * total can overflow (a larger value is a typo, e.g. a phone or ID number in a money column).
   */
  maxCellFen: 3_000_000_000,
} as const;

export const formatMiB = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const formatCount = (n: number): string => n.toLocaleString("en-US");
