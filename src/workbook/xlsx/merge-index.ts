import { LIMITS, formatCount } from "../limits.js";
import type { MergedRange } from "../source/source.js";
import { XlsxError } from "./xlsx-error.js";

/**
 * A sheet's merged ranges, looked up by row. exceljs merges while loading (Worksheet.mergeCells):
 * every cell of a range but its top-left one then reads as the top-left one's value. The same is
 * reproduced here without creating a cell per merged position. A range is clipped to the rows the
 * sheet has (a range down to row 1,048,576 reaches no further than the last written row, or its own
 * first row), so no merge makes the readers walk empty rows; the rows all ranges reach into are
 * bounded (limits.ts). Overlapping ranges are damage: Excel repairs such a file by removing merges
 * and exceljs refuses it, so no reading of it is the clerk's.
 */
export class MergeIndex {
  readonly ranges: readonly MergedRange[];
  readonly #byRow = new Map<number, MergedRange[]>();
  /** The last row a range reaches; 0 without merges. */
  readonly lastRow: number;

  constructor(ranges: readonly MergedRange[], sheet: string, lastWrittenRow: number) {
    const clipped = ranges.map((m) =>
      m.bottom > Math.max(lastWrittenRow, m.top) ? { ...m, bottom: Math.max(lastWrittenRow, m.top) } : m,
    );
    let covered = 0;
    for (const m of clipped) covered += m.bottom - m.top + 1;
    if (covered > LIMITS.maxMergedRowsPerSheet) {
      throw new XlsxError(
        `工作表“${sheet}”的合并区域共涉及 ${formatCount(covered)} 行次，上限 ${formatCount(LIMITS.maxMergedRowsPerSheet)}`,
        "too_many_merges",
      );
    }
    const overlap = firstOverlap(clipped);
    if (overlap) throw new XlsxError(`工作表“${sheet}”的合并区域 ${overlap[0].label} 与 ${overlap[1].label} 重叠`);
    let lastRow = 0;
    for (const m of clipped) {
      for (let r = m.top; r <= m.bottom; r++) {
        const list = this.#byRow.get(r);
        if (list) list.push(m);
        else this.#byRow.set(r, [m]);
      }
      if (m.bottom > lastRow) lastRow = m.bottom;
    }
    this.ranges = clipped;
    this.lastRow = lastRow;
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

/**
 * Two ranges that share a cell, or undefined. A sweep down the rows: the ranges still open at a
 * range's top row have disjoint columns (else the sweep had stopped), so they are kept sorted by
 * left column and a new range is checked against its two neighbours only; ranges leave in order of
 * their bottom row (a heap). O(n log n) comparisons for n ranges, where checking every range
 * against the ranges on each of its rows was quadratic (2,048 tall ranges took minutes).
 */
export function firstOverlap(ranges: readonly MergedRange[]): readonly [MergedRange, MergedRange] | undefined {
  const byTop = [...ranges].sort((a, b) => a.top - b.top);
  const open: MergedRange[] = []; // sorted by left, pairwise disjoint in columns
  const leaving = new BottomHeap();
  const slot = (left: number): number => {
    let lo = 0;
    let hi = open.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((open[mid] as MergedRange).left < left) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (const m of byTop) {
    for (let done = leaving.popBelow(m.top); done; done = leaving.popBelow(m.top)) open.splice(slot(done.left), 1);
    const at = slot(m.left);
    const before = open[at - 1];
    const after = open[at];
    if (before && before.right >= m.left) return [before, m];
    if (after && after.left <= m.right) return [after, m];
    open.splice(at, 0, m);
    leaving.push(m);
  }
  return undefined;
}

/** A binary min-heap of ranges by bottom row. */
class BottomHeap {
  readonly #a: MergedRange[] = [];

  push(m: MergedRange): void {
    const a = this.#a;
    a.push(m);
    for (let i = a.length - 1; i > 0;) {
      const p = (i - 1) >> 1;
      if ((a[p] as MergedRange).bottom <= m.bottom) break;
      a[i] = a[p] as MergedRange;
      a[p] = m;
      i = p;
    }
  }

  /** Removes and gives the range with the lowest bottom if that bottom is above `row`. */
  popBelow(row: number): MergedRange | undefined {
    const a = this.#a;
    const top = a[0];
    if (!top || top.bottom >= row) return undefined;
    const last = a.pop() as MergedRange;
    if (a.length > 0) {
      a[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let least = i;
        if (l < a.length && (a[l] as MergedRange).bottom < (a[least] as MergedRange).bottom) least = l;
        if (r < a.length && (a[r] as MergedRange).bottom < (a[least] as MergedRange).bottom) least = r;
        if (least === i) break;
        [a[i], a[least]] = [a[least] as MergedRange, a[i] as MergedRange];
        i = least;
      }
    }
    return top;
  }
}
