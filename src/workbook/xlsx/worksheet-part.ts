import type { MergedRange } from "../source/source.js";
import { columnAt, integerAt, parseRange } from "./cell-ref.js";
import { cellValue, type CellParts, type ValueContext } from "./cell-value.js";
import { MAX_COLUMN, MAX_ROW, type ParsedRow, type ParsedSheet } from "./parsed-sheet.js";
import { readStringItem } from "./shared-strings.js";
import { slideFormula } from "./shared-formula.js";
import { readText, skipElement } from "./xml-content.js";
import { CLOSE, END, OPEN, type XmlScanner } from "./xml-scanner.js";

interface SharedMaster {
  readonly formula: string;
  readonly row: number;
  readonly col: number;
}

/**
 * A worksheet part (ECMA-376 Part 1, §18.3.1.99 worksheet) → its rows of RawCells and its merged
 * ranges. Only sheetData (§18.3.1.80) and mergeCells (§18.3.1.55) are read; every other element
 * (views, columns, validations, conditional formats, extensions) is skipped: checked as XML, not
 * interpreted. A `<row>`
 * without r follows the previous row and a `<c>` without r the previous cell (both attributes are
 * optional); exceljs refuses the first and misplaces the second.
 */
export function readWorksheet(s: XmlScanner, ctx: ValueContext): ParsedSheet {
  const rows: (ParsedRow | undefined)[] = [];
  const merges: MergedRange[] = [];
  const masters = new Map<string, SharedMaster>();
  let lastRow = 0;
  let rowNumber = 0;
  for (let t = s.next(); t !== END; t = s.next()) {
    if (t !== OPEN) continue;
    if (s.is("row")) {
      const start = s.attrStart("r");
      rowNumber = start < 0 ? rowNumber + 1 : integerAt(s.xml, start, s.attrEnd);
      if (rowNumber < 1 || rowNumber > MAX_ROW) s.fail(`行号“${s.attr("r") ?? ""}”无效`);
      const row: ParsedRow = { cells: [], maxColumn: 0, hasValues: false };
      rows[rowNumber] = row; // a row written twice: the later one, as exceljs keeps it
      if (rowNumber > lastRow) lastRow = rowNumber;
      readCells(s, row, rowNumber, ctx, masters);
    } else if (s.is("mergeCell")) {
      const range = parseRange(s.attr("ref") ?? "");
      if (range) merges.push(range);
      skipElement(s);
    } else if (!s.is("worksheet") && !s.is("sheetData") && !s.is("mergeCells")) skipElement(s);
  }
  return { rows, lastRow, merges };
}

// The values of t (§18.18.11), so that reading one cuts no substring.
const ONE_LETTER_TYPES: Readonly<Record<number, string>> = { 0x73: "s", 0x6e: "n", 0x62: "b", 0x65: "e", 0x64: "d" };

function cellType(s: XmlScanner): string | undefined {
  const start = s.attrStart("t");
  if (start < 0) return undefined;
  const known = s.attrEnd - start === 1 ? ONE_LETTER_TYPES[s.xml.charCodeAt(start)] : undefined;
  return known ?? s.attr("t");
}

/** One CellParts for all the cells of a row, reset per cell: a million cells make no garbage here. */
function resetParts(p: CellParts, s: XmlScanner, style: number): CellParts {
  p.t = cellType(s);
  p.style = style;
  p.valueSource = s.xml;
  p.valueStart = -1;
  p.valueEnd = -1;
  p.valueRaw = true;
  p.inline = undefined;
  p.formula = "";
  p.isFormula = false;
  return p;
}

function readCells(s: XmlScanner, row: ParsedRow, rowNumber: number, ctx: ValueContext, masters: Map<string, SharedMaster>): void {
  if (s.selfClosing) return;
  const depth = s.depth;
  let col = 0;
  const reused: CellParts = { t: undefined, style: -1, valueSource: "", valueStart: -1, valueEnd: -1, valueRaw: true, inline: undefined, formula: "", isFormula: false };
  for (let t = s.next(); !(t === CLOSE && s.depth < depth); t = s.next()) {
    if (t !== OPEN) continue;
    if (!s.is("c")) {
      skipElement(s);
      continue;
    }
    const ref = s.attrStart("r");
    col = ref < 0 ? col + 1 : columnAt(s.xml, ref, s.attrEnd);
    if (col < 1 || col > MAX_COLUMN) s.fail(`单元格地址“${s.attr("r") ?? ""}”无效`);
    const styleAt = s.attrStart("s");
    const parts = resetParts(reused, s, styleAt < 0 ? -1 : integerAt(s.xml, styleAt, s.attrEnd));
    const rich = readCellContent(s, parts, rowNumber, col, masters);
    const hasValue = parts.isFormula || rich || parts.valueEnd > parts.valueStart || (parts.inline !== undefined && parts.inline !== "");
    if (hasValue) {
      row.cells[col] = cellValue(parts, ctx);
      row.hasValues = true;
    }
    // exceljs stores an empty cell only when it has a style other than 0 (CellXform: Null vs Merge).
    if ((hasValue || parts.style > 0) && col > row.maxColumn) row.maxColumn = col;
  }
}

/** The children of a `<c>`: v, f, is; whether `is` held rich-text runs. */
function readCellContent(s: XmlScanner, parts: CellParts, row: number, col: number, masters: Map<string, SharedMaster>): boolean {
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
function readFormula(s: XmlScanner, parts: CellParts, row: number, col: number, masters: Map<string, SharedMaster>): void {
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
