import type { MergedRange } from "../source/source.js";
import { XlsxError } from "./xlsx-error.js";

/**
 * A sheet's merged ranges, looked up by row. exceljs merges while loading (Worksheet.mergeCells):
 * every cell of a range but its top-left one then reads as the top-left one's value, and the
 * range's rows exist (so count towards rowCount) even where no `<row>` was written. The same is
 * reproduced here without creating a cell per merged position: a merge over a whole column would be
 * a million of them.
 */
export class MergeIndex {
  readonly ranges: readonly MergedRange[];
  readonly #byRow = new Map<number, MergedRange[]>();
  /** The last row a range reaches; 0 without merges. */
  readonly lastRow: number;

  /** Rows covered by all ranges together, at most: beyond, the file is not a ledger anyone made by hand. */
  static readonly MAX_COVERED_ROWS = 2_097_152;

  constructor(ranges: readonly MergedRange[]) {
    const kept: MergedRange[] = [];
    let covered = 0;
    let lastRow = 0;
    for (const m of ranges) {
      covered += m.bottom - m.top + 1;
      if (covered > MergeIndex.MAX_COVERED_ROWS) throw new XlsxError("合并单元格过多");
      // Overlapping ranges make exceljs give up on the file; the later one is dropped instead.
      if (this.#overlapping(m)) continue;
      kept.push(m);
      for (let r = m.top; r <= m.bottom; r++) {
        const list = this.#byRow.get(r);
        if (list) list.push(m);
        else this.#byRow.set(r, [m]);
      }
      if (m.bottom > lastRow) lastRow = m.bottom;
    }
    this.ranges = kept;
    this.lastRow = lastRow;
  }

  #overlapping(m: MergedRange): boolean {
    for (let r = m.top; r <= m.bottom; r++) {
      for (const o of this.#byRow.get(r) ?? []) if (o.left <= m.right && m.left <= o.right) return true;
    }
    return false;
  }

  get empty(): boolean {
    return this.ranges.length === 0;
  }

  coversRow(row: number): boolean {
    return this.#byRow.has(row);
  }

  /** The range whose non-first cell (row, col) is; undefined for a first cell or an unmerged one. */
  mergedInto(row: number, col: number): MergedRange | undefined {
    const list = this.#byRow.get(row);
    if (!list) return undefined;
    for (const m of list) if (col >= m.left && col <= m.right && (row !== m.top || col !== m.left)) return m;
    return undefined;
  }

  /** Every row some range reaches into. */
  coveredRows(): IterableIterator<number> {
    return this.#byRow.keys();
  }

  /** Ranges reaching into a row. */
  onRow(row: number): readonly MergedRange[] {
    return this.#byRow.get(row) ?? [];
  }
}
