import { cellAddress } from "../address.js";
import type { MergedRange } from "../source/source.js";
import { MAX_COLUMN, MAX_ROW } from "./parsed-sheet.js";

/**
 * A1 references as SpreadsheetML stores them (ECMA-376 Part 1, §18.18.62 ST_Ref, §18.18.7
 * ST_CellRef): column letters, then the row number. Read straight from the part's text, without
 * cutting a substring per cell (a large ledger has a million cells).
 */

/** The column number of the letters starting at `start` (before `end`); 0 when there are none or too many. */
export function columnAt(xml: string, start: number, end: number): number {
  let n = 0;
  let i = start;
  if (xml.charCodeAt(i) === 0x24) i++; // $
  for (; i < end; i++) {
    const c = xml.charCodeAt(i) | 0x20; // lower case
    if (c < 0x61 || c > 0x7a) break;
    n = n * 26 + (c - 0x60);
    if (n > MAX_COLUMN) return 0;
  }
  return n;
}

/** A non-negative decimal integer at [start, end), or -1 when it is not one. */
export function integerAt(xml: string, start: number, end: number): number {
  if (start >= end) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = xml.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9 || n > 1e12) return -1;
    n = n * 10 + d;
  }
  return n;
}

const RANGE = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/u;

/** "B3:D4" (or "B3") → the range, corners in either order; undefined when not a reference in the grid. */
export function parseRange(ref: string): MergedRange | undefined {
  const m = RANGE.exec(ref.trim());
  if (!m) return undefined;
  const [, c1 = "", r1 = "", c2 = c1, r2 = r1] = m;
  const cols = [columnAt(c1, 0, c1.length), columnAt(c2, 0, c2.length)];
  const rows = [Number(r1), Number(r2)];
  const [left, right] = [Math.min(...cols), Math.max(...cols)];
  const [top, bottom] = [Math.min(...rows), Math.max(...rows)];
  if (left < 1 || top < 1 || bottom > MAX_ROW) return undefined;
  return { top, left, bottom, right, label: `${cellAddress(top, left)}:${cellAddress(bottom, right)}` };
}
