import { DQ, EQ, GT, LT, SLASH, SQ, charFrom, isSpace } from "./xml-chars.js";

/**
 * Where a `<c>` element's pieces are in the part's text: the values of its r, s and t attributes
 * and of its `<v>` (start -1 when absent). Filled by readFastCell, or by the generic path from the
 * scanner's attributes, so both paths go on with one CellHead.
 */
export interface CellHead {
  rStart: number;
  rEnd: number;
  sStart: number;
  sEnd: number;
  tStart: number;
  tEnd: number;
  vStart: number;
  vEnd: number;
}

export const newHead = (): CellHead => ({
  rStart: -1,
  rEnd: -1,
  sStart: -1,
  sEnd: -1,
  tStart: -1,
  tEnd: -1,
  vStart: -1,
  vEnd: -1,
});

const R = 0x72,
  S = 0x73,
  T = 0x74,
  V = 0x76,
  C = 0x63;

/**
 * The cell shape nearly every cell of every spreadsheet program has, read without the generic
 * scanner: `<c r="B3" s="5" t="s"><v>12</v></c>`, `<c r="B3" s="5"/>` or `<c …></c>`, attributes
 * r, s and t only, each once, no prefix, no whitespace inside the content. Fills `h` and gives the
 * position after the element; gives -1 for anything else (a formula, an inline string, another
 * attribute, a repeated one, a namespace prefix, a comment, a break in the text), which the generic
 * scanner then reads from the same place with every check of its own. Nothing the fast path accepts
 * is read differently by the scanner (tests/workbook/fast-cell.test.ts compares them).
 */
export function readFastCell(xml: string, at: number, h: CellHead): number {
  let i = at + 2; // past "<c"
  h.rStart = h.sStart = h.tStart = h.vStart = h.vEnd = -1;
  for (;;) {
    let c = xml.charCodeAt(i);
    if (c === GT) {
      i++;
      break;
    }
    if (c === SLASH) return xml.charCodeAt(i + 1) === GT ? i + 2 : -1;
    if (!isSpace(c)) return -1;
    do c = xml.charCodeAt(++i);
    while (isSpace(c));
    if (c === GT || c === SLASH) continue;
    const q = xml.charCodeAt(i + 2);
    if (xml.charCodeAt(i + 1) !== EQ || (q !== DQ && q !== SQ)) return -1;
    const start = i + 3;
    const end = charFrom(xml, q, start);
    if (end >= xml.length) return -1;
    if (c === R && h.rStart < 0) [h.rStart, h.rEnd] = [start, end];
    else if (c === S && h.sStart < 0) [h.sStart, h.sEnd] = [start, end];
    else if (c === T && h.tStart < 0) [h.tStart, h.tEnd] = [start, end];
    else return -1;
    i = end + 1;
  }
  // `</c>` right away: a cell with no content.
  if (xml.charCodeAt(i) === LT && xml.charCodeAt(i + 1) === SLASH) return isClose(xml, i, C) ? i + 4 : -1;
  if (xml.charCodeAt(i) !== LT || xml.charCodeAt(i + 1) !== V || xml.charCodeAt(i + 2) !== GT) return -1;
  const start = i + 3;
  const lt = charFrom(xml, LT, start);
  if (!isClose(xml, lt, V) || !isClose(xml, lt + 4, C)) return -1;
  h.vStart = start;
  h.vEnd = lt;
  return lt + 8;
}

/** `</x>` at `at`, for a one-letter name x. */
const isClose = (xml: string, at: number, name: number): boolean =>
  xml.charCodeAt(at) === LT &&
  xml.charCodeAt(at + 1) === SLASH &&
  xml.charCodeAt(at + 2) === name &&
  xml.charCodeAt(at + 3) === GT;
