import { LIMITS, formatCount } from "../limits.js";
import type { MergedRange } from "../source/source.js";
import { integerAt, parseRange } from "./cell-ref.js";
import { MAX_ROW, type ParsedRow, type ParsedSheet } from "./parsed-sheet.js";
import {
  ColumnsSeen,
  readCells,
  sheetDamaged as damaged,
  type SharedMaster,
  type SheetContext,
} from "./worksheet-cells.js";
import { XlsxError } from "./xlsx-error.js";
import { skipElement } from "./xml-content.js";
import { END, OPEN, type XmlScanner } from "./xml-scanner.js";

export type { SheetContext } from "./worksheet-cells.js";

/**
 * A worksheet part (ECMA-376 Part 1, §18.3.1.99 worksheet) → its rows of RawCells and its merged
 * ranges. Only sheetData (§18.3.1.80) and mergeCells (§18.3.1.55) are read; every other element
 * (views, columns, validations, conditional formats, extensions) is skipped: checked as XML, not
 * interpreted. A `<row>` without r follows the previous row and a `<c>` without r the previous cell
 * (both attributes are optional); exceljs refuses the first and misplaces the second. A row or a
 * cell written twice is damage (Excel repairs such a file by dropping records; which one it drops
 * is no clerk's choice), and so is a cell reference outside its row. Rows, cells and text count
 * against the read's budget as they are met.
 */
export function readWorksheet(s: XmlScanner, ctx: SheetContext): ParsedSheet {
  const rows: (ParsedRow | undefined)[] = [];
  const merges: MergedRange[] = [];
  const masters = new Map<string, SharedMaster>();
  const columns = new ColumnsSeen();
  ctx.budget.startSheet(ctx.sheet);
  let lastRow = 0;
  let rowNumber = 0;
  for (let t = s.next(); t !== END; t = s.next()) {
    if (t !== OPEN) continue;
    if (s.is("row")) {
      ctx.budget.row();
      const start = s.attrStart("r");
      rowNumber = start < 0 ? rowNumber + 1 : integerAt(s.xml, start, s.attrEnd);
      if (rowNumber < 1 || rowNumber > MAX_ROW) damaged(ctx, `行号“${s.attr("r") ?? ""}”无效`);
      if (rows[rowNumber]) damaged(ctx, `第${rowNumber}行出现了两次`);
      const row: ParsedRow = { cells: [], maxColumn: 0, hasValues: false };
      rows[rowNumber] = row;
      if (rowNumber > lastRow) lastRow = rowNumber;
      columns.nextRow();
      readCells(s, row, rowNumber, ctx, masters, columns);
    } else if (s.is("mergeCell")) {
      const ref = s.attr("ref") ?? "";
      const range = parseRange(ref);
      if (!range) damaged(ctx, `合并区域“${ref.slice(0, 24)}”无效`);
      if (merges.length >= LIMITS.maxMergesPerSheet) {
        throw new XlsxError(
          `工作表“${ctx.sheet}”超过 ${formatCount(LIMITS.maxMergesPerSheet)} 个合并区域`,
          "too_many_merges",
        );
      }
      merges.push(range);
      skipElement(s);
    } else if (!s.is("worksheet") && !s.is("sheetData") && !s.is("mergeCells")) skipElement(s);
  }
  return { rows, lastRow, merges };
}
