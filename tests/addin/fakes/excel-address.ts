import { invalidArgument } from "./office-runtime.js";

/** A rectangle of cells, 0-based and inclusive, as Office.js indexes them. */
export interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
export const WHOLE_SHEET: Area = { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 };

export function columnLetters(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const columnIndex = (letters: string): number =>
  [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/u;

function cell(text: string): { row: number; column: number } {
  const m = CELL.exec(text.trim());
  if (!m?.[1] || !m[2]) throw invalidArgument(`address ${text}`);
  const row = Number(m[2]) - 1,
    column = columnIndex(m[1]);
  if (row < 0 || row >= MAX_ROWS || column >= MAX_COLUMNS) throw invalidArgument(`address ${text}`);
  return { row, column };
}

/** "B5" or "B5:C9" (one area; a comma is InvalidArgument, as Worksheet.getRange has it). */
export function parseArea(address: string): Area {
  if (address.includes(",")) throw invalidArgument(`getRange takes one area, got ${address}`);
  const [a = "", b] = address.split(":");
  const p = cell(a),
    q = b === undefined ? p : cell(b);
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.column, q.column),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.column, q.column),
  };
}

/** "B5:B9,C3" → areas (Worksheet.getRanges). */
export const parseAreaList = (address: string): Area[] => address.split(",").map(parseArea);

export function a1(area: Area): string {
  const p = `${columnLetters(area.left)}${area.top + 1}`;
  return area.top === area.bottom && area.left === area.right
    ? p
    : `${p}:${columnLetters(area.right)}${area.bottom + 1}`;
}

/** Excel quotes a sheet name in an address when it holds anything but letters, digits, `_` and `.`. */
export function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replaceAll("'", "''")}'`;
}

export const qualified = (sheet: string, areas: readonly Area[]): string =>
  areas.map((a) => `${quoteSheet(sheet)}!${a1(a)}`).join(",");

export const intersects = (a: Area, b: Area): boolean =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
