import { cellAddress } from "../address.js";
import type { RawCell } from "../../cells/raw-cell.js";
import { columnAt, integerAt } from "./cell-ref.js";
import { numberAt } from "./cell-number.js";
import { cellValue, type CellParts, type ValueContext } from "./cell-value.js";
import { newHead, readFastCell, type CellHead } from "./fast-cell.js";
import { MAX_COLUMN, type ParsedRow } from "./parsed-sheet.js";
import type { ReadBudget } from "./read-budget.js";
import { readStringItem } from "./shared-strings.js";
import { slideFormula } from "./shared-formula.js";
import { XlsxError } from "./xlsx-error.js";
import { GT, LT, SLASH, isSpace } from "./xml-chars.js";
import { readText, skipElement } from "./xml-content.js";
import { CLOSE, OPEN, type XmlScanner } from "./xml-scanner.js";
import { decodeEntities } from "./xml-text.js";

export interface SharedMaster {
  readonly formula: string;
  readonly row: number;
  readonly col: number;
}

/** What reading one worksheet part needs besides its text. */
export interface SheetContext extends ValueContext {
  /** The sheet's name, for messages: a clerk knows 会费台账, not xl/worksheets/sheet4.xml. */
  readonly sheet: string;
  readonly budget: ReadBudget;
}

export function sheetDamaged(ctx: SheetContext, what: string): never {
  throw new XlsxError(`工作表“${ctx.sheet}”${what}`);
}

/** Which columns of the row being read have had a `<c>`: a stamp per column, no clearing per row. */
export class ColumnsSeen {
  readonly #stamp = new Int32Array(MAX_COLUMN + 1);
  #row = 0;
  nextRow(): void {
    this.#row++;
  }
  /** Marks the column; false when it was marked in this row already. */
  mark(col: number): boolean {
    if (this.#stamp[col] === this.#row) return false;
    this.#stamp[col] = this.#row;
    return true;
  }
}

/** The row number after the column letters of a cell reference at [start, end): -1 when absent, 0 when not a number. */
function rowOfRef(xml: string, start: number, end: number): number {
  let i = start;
  if (xml.charCodeAt(i) === 0x24) i++; // $
  while (i < end && (xml.charCodeAt(i) | 0x20) >= 0x61 && (xml.charCodeAt(i) | 0x20) <= 0x7a) i++;
  if (xml.charCodeAt(i) === 0x24) i++;
  return i >= end ? -1 : Math.max(0, integerAt(xml, i, end));
}

/** The t attribute (§18.18.11); the one-letter values without cutting a substring. */
function cellType(xml: string, h: CellHead): string | undefined {
  if (h.tStart < 0) return undefined;
  if (h.tEnd - h.tStart === 1) {
    switch (xml.charCodeAt(h.tStart)) {
      case 0x73:
        return "s";
      case 0x6e:
        return "n";
      case 0x62:
        return "b";
      case 0x65:
        return "e";
      case 0x64:
        return "d";
    }
  }
  return decodeEntities(xml.slice(h.tStart, h.tEnd));
}

/** Where a cell starts that the fast path may read: `<c` then whitespace, `>` or `/`. */
function fastCellAt(xml: string, at: number): boolean {
  if (xml.charCodeAt(at) !== LT || xml.charCodeAt(at + 1) !== 0x63) return false;
  const c = xml.charCodeAt(at + 2);
  return c === GT || c === SLASH || isSpace(c);
}

/**
 * The `<c>` elements of a row (§18.3.1.4), up to the row's CLOSE. Most cells are read by the fast
 * path (fast-cell.ts), the others by the scanner; both end in `cell`, which checks the place and
 * reads the value. A cell without r follows the previous one.
 */
export function readCells(
  s: XmlScanner,
  row: ParsedRow,
  rowNumber: number,
  ctx: SheetContext,
  masters: Map<string, SharedMaster>,
  seen: ColumnsSeen,
): void {
  if (s.selfClosing) return;
  const xml = s.xml;
  const depth = s.depth;
  const h = newHead();
  const parts: CellParts = {
    t: undefined,
    style: -1,
    valueSource: xml,
    valueStart: -1,
    valueEnd: -1,
    valueRaw: true,
    inline: undefined,
    formula: "",
    isFormula: false,
  };
  let col = 0;
  for (;;) {
    const at = s.position;
    if (fastCellAt(xml, at)) {
      const end = readFastCell(xml, at, h);
      if (end >= 0) {
        s.skipTo(end);
        col = cell(xml, h, parts, row, rowNumber, col, ctx, seen);
        continue;
      }
    }
    const t = s.next();
    if (t === CLOSE && s.depth < depth) return;
    if (t !== OPEN) continue;
    if (!s.is("c")) {
      skipElement(s);
      continue;
    }
    h.rStart = s.attrStart("r");
    h.rEnd = s.attrEnd;
    h.sStart = s.attrStart("s");
    h.sEnd = s.attrEnd;
    h.tStart = s.attrStart("t");
    h.tEnd = s.attrEnd;
    h.vStart = h.vEnd = -1;
    col = cell(xml, h, parts, row, rowNumber, col, ctx, seen, (place) =>
      readCellContent(s, parts, rowNumber, place, masters),
    );
  }
}

/**
 * One cell, its head read: its place checked (in this row, not seen before), its value read. The
 * generic path passes `content` to read the children (given the cell's column, which shared
 * formulas slide by). Gives the cell's column.
 */
function cell(
  xml: string,
  h: CellHead,
  parts: CellParts,
  row: ParsedRow,
  rowNumber: number,
  previous: number,
  ctx: SheetContext,
  seen: ColumnsSeen,
  content?: (col: number) => boolean,
): number {
  ctx.budget.cell();
  let col = previous + 1;
  if (h.rStart >= 0) {
    col = columnAt(xml, h.rStart, h.rEnd);
    const refRow = rowOfRef(xml, h.rStart, h.rEnd);
    if (refRow >= 0 && refRow !== rowNumber)
      sheetDamaged(ctx, `单元格地址“${xml.slice(h.rStart, h.rEnd)}”不在第${rowNumber}行`);
  }
  if (col < 1 || col > MAX_COLUMN) sheetDamaged(ctx, `单元格地址“${xml.slice(h.rStart, h.rEnd)}”无效`);
  if (!seen.mark(col)) sheetDamaged(ctx, `单元格 ${cellAddress(rowNumber, col)} 出现了两次`);
  const style = h.sStart < 0 ? -1 : integerAt(xml, h.sStart, h.sEnd);
  if (h.sStart >= 0 && style < 0)
    sheetDamaged(ctx, `单元格 ${cellAddress(rowNumber, col)} 的格式编号“${xml.slice(h.sStart, h.sEnd)}”无效`);
  parts.t = cellType(xml, h);
  parts.style = style;
  parts.valueSource = xml;
  parts.valueStart = h.vStart;
  parts.valueEnd = h.vEnd;
  parts.valueRaw = true;
  parts.inline = undefined;
  parts.formula = "";
  parts.isFormula = false;
  const rich = content ? withPlace(ctx, rowNumber, col, () => content(col)) : false;
  // `<v></v>` in a shared-string or boolean cell names no string and no truth value: damage, not
  // an empty cell (an empty cell has no `<v>`).
  if (
    !parts.isFormula &&
    parts.valueStart >= 0 &&
    parts.valueEnd === parts.valueStart &&
    (parts.t === "s" || parts.t === "b")
  ) {
    sheetDamaged(ctx, `单元格 ${cellAddress(rowNumber, col)}：${parts.t === "s" ? "共享字符串序号" : "逻辑值"}为空`);
  }
  const hasValue =
    parts.isFormula || rich || parts.valueEnd > parts.valueStart || (parts.inline !== undefined && parts.inline !== "");
  if (hasValue) {
    // No closure per cell here (a million cells would make a million): try/catch costs nothing.
    let v: RawCell | number;
    try {
      // A plain number is kept as a number (parsed-sheet.ts); anything else as cellValue reads it.
      v = isPlainNumber(parts, ctx)
        ? numberAt(parts.valueSource, parts.valueStart, parts.valueEnd, parts.valueRaw)
        : cellValue(parts, ctx);
    } catch (e) {
      throw placed(e, ctx, rowNumber, col);
    }
    row.cells[col] = v;
    // A shared string was counted once, when the table was read; any other text is the cell's own.
    if (typeof v !== "number" && v.type === "string" && (parts.t !== "s" || parts.isFormula))
      ctx.budget.text(v.value, () => `工作表“${ctx.sheet}”单元格 ${cellAddress(rowNumber, col)}`);
    row.hasValues = true;
  }
  // exceljs stores an empty cell only when it has a style other than 0 (CellXform: Null vs Merge).
  if ((hasValue || style > 0) && col > row.maxColumn) row.maxColumn = col;
  return col;
}

/** A `<v>` number as it stands in the part: no formula, no inline text, no date format (cell-value.ts' default case). */
const isPlainNumber = (p: CellParts, ctx: SheetContext): boolean =>
  (p.t === undefined || p.t === "n") &&
  !p.isFormula &&
  p.inline === undefined &&
  !(p.style > 0 && ctx.dateStyles[p.style] === true);

/** Runs `read`, naming the cell in a message about its damage. */
function withPlace<T>(ctx: SheetContext, row: number, col: number, read: () => T): T {
  try {
    return read();
  } catch (e) {
    throw placed(e, ctx, row, col);
  }
}

/** A damage found inside a cell, with the cell named (once); anything else as it was. */
function placed(e: unknown, ctx: SheetContext, row: number, col: number): unknown {
  return e instanceof XlsxError && e.code === "corrupt" && !e.message.startsWith("工作表")
    ? new XlsxError(`工作表“${ctx.sheet}”单元格 ${cellAddress(row, col)}：${e.message}`)
    : e;
}

/** The children of a `<c>`: v, f, is; whether `is` held rich-text runs. */
function readCellContent(
  s: XmlScanner,
  parts: CellParts,
  row: number,
  col: number,
  masters: Map<string, SharedMaster>,
): boolean {
  let rich = false;
  if (s.selfClosing) return rich;
  const depth = s.depth;
  for (let t = s.next(); !(t === CLOSE && s.depth < depth); t = s.next()) {
    if (t !== OPEN) continue;
    if (s.is("v")) readValue(s, parts);
    else if (s.is("f")) readFormula(s, parts, row, col, masters);
    else if (s.is("is")) ({ text: parts.inline, rich } = readStringItem(s));
    else skipElement(s);
  }
  return rich;
}

/** `<v>`: kept as a span of the part's text when plain (almost always), else as its decoded text. */
function readValue(s: XmlScanner, parts: CellParts): void {
  const start = s.position;
  const end = s.plainTextEnd();
  if (end >= 0) {
    parts.valueStart = start;
    parts.valueEnd = end;
  } else {
    const text = readText(s);
    parts.valueSource = text;
    parts.valueStart = 0;
    parts.valueEnd = text.length;
    parts.valueRaw = false;
  }
}

/**
 * `<f>` (§18.3.1.40): its text, or for a cell of a shared group without text, the group's formula
 * moved to this cell. The group's first cell is the one with ref (exceljs' rule too).
 */
function readFormula(
  s: XmlScanner,
  parts: CellParts,
  row: number,
  col: number,
  masters: Map<string, SharedMaster>,
): void {
  const type = s.attr("t");
  const si = s.attr("si");
  const isMaster = s.attrStart("ref") >= 0;
  const text = readText(s);
  parts.isFormula = text !== "" || type !== undefined;
  parts.formula = text;
  if (type !== "shared" || si === undefined) return;
  if (isMaster && text !== "") masters.set(si, { formula: text, row, col });
  const master = masters.get(si);
  if (text === "" && master) parts.formula = slideFormula(master.formula, master, { row, col });
}
