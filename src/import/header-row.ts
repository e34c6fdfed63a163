import { displayText } from "../cells/raw-cell.js";
import type { SheetSource } from "../workbook/source/source.js";

/** How far down a clerk's header row may sit: under a title, a unit line, a date line and a group row. */
export const HEADER_SEARCH_ROWS = 15;

/** The headers of a sheet read from one row, or from two (a group row above: "支出" over "金额"、"科目"). */
export interface HeaderLayout {
  /** The last header row (data starts below it), 1-based. */
  readonly row: number;
  readonly rows: 1 | 2;
  /** By column (1-based): the texts to match, most specific first, and the header as shown ("支出/金额"). */
  readonly columns: ReadonlyMap<number, { readonly match: readonly string[]; readonly shown: string }>;
}

const textAt = (ws: SheetSource, row: number, col: number): string => displayText(ws.cell(row, col)).trim();

/**
 * Row `row`'s texts, with the group row above when `rows` is 2: a cell of the group row stands over the columns its
 * merged range covers; a header merged down both rows ("序号" over two rows) is read from the upper row.
 */
export function headerLayout(ws: SheetSource, row: number, rows: 1 | 2): HeaderLayout {
  const columns = new Map<number, { match: string[]; shown: string }>();
  const groupOf = new Map<number, string>();
  if (rows === 2) {
    for (let col = 1; col <= ws.columnCount; col++) {
      const t = textAt(ws, row - 1, col);
      if (t) groupOf.set(col, t);
    }
    for (const m of ws.merges()) {
      if (m.top > row - 1 || m.bottom < row - 1) continue;
      const t = textAt(ws, m.top, m.left);
      for (let col = m.left; col <= m.right && t; col++) groupOf.set(col, t);
    }
  }
  for (let col = 1; col <= ws.columnCount; col++) {
    const lower = textAt(ws, row, col);
    const upper = groupOf.get(col);
    if (lower && upper && upper !== lower)
      columns.set(col, { match: [lower, upper + lower], shown: `${upper}/${lower}` });
    else if (lower || upper) {
      const t = lower || (upper ?? "");
      columns.set(col, { match: [t], shown: t });
    }
  }
  return { row, rows, columns };
}

/** A group row has at least two headers of its own; a title merged across the top has one. */
export function canBeGroupRow(ws: SheetSource, row: number): boolean {
  if (row < 1) return false;
  const texts = new Set<string>();
  for (let col = 1; col <= ws.columnCount; col++) {
    const t = textAt(ws, row, col);
    if (t) texts.add(t);
  }
  return texts.size >= 2;
}

/**
 * A group row: a range merged across columns in it that is not the sheet's title (which spans the whole width). The
 * reader gives every cell of a merged range its value (merge-index.ts, as exceljs does), so the headers under it read
 * alone too; the group row is still part of the header, and says what they are ("经费/金额").
 */
export function hasGroupMerge(ws: SheetSource, row: number): boolean {
  return ws
    .merges()
    .some((m) => m.top <= row && m.bottom >= row && m.right > m.left && m.right - m.left + 1 < ws.columnCount);
}

/** Every layout worth trying: each of the first rows alone, and with the row above as its group row. */
export function candidateLayouts(ws: SheetSource): HeaderLayout[] {
  const out: HeaderLayout[] = [];
  const last = Math.min(ws.rowCount, HEADER_SEARCH_ROWS);
  for (let r = 1; r <= last; r++) {
    out.push(headerLayout(ws, r, 1));
    if (canBeGroupRow(ws, r - 1)) out.push(headerLayout(ws, r, 2));
  }
  return out;
}
