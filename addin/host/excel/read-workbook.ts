import type { MergedRange, RawCell } from "union-ledger";
import type { WorkbookCells } from "../../browser/workbook-cells.js";
import { parseAreas } from "./merged-areas.js";
import { officeCell } from "./office-cells.js";

/**
 * Excel on the web caps one request/response at 5 MB (addin.md). A cell's value, number format and
 * formula (a constant's `formulas` entry repeats its value) take about 25 bytes of JSON in a ledger:
 * 100,000 cells of the 10,000-member benchmark workbook were at most 2.7 MB (tests/addin).
 */
export const CELLS_PER_SYNC = 100_000;

interface Dimensions {
  readonly name: string;
  readonly sheet: Excel.Worksheet;
  readonly range: Excel.Range;
  readonly merged: Excel.RangeAreas | undefined;
}

interface CellBlock {
  readonly sheet: number;
  readonly firstRow: number;
  readonly range: Excel.Range;
  readonly rows: number;
}

/**
 * The named sheets' used ranges → their cells as plain data, checked in the pane's worker (Office.js itself runs
 * on the page's thread only; workbook-cells.ts). Sync 1 finds which sheets exist,
 * sync 2 their used ranges (and merged areas, ExcelApi 1.13), sync 3 the values and number formats
 * in row blocks — more syncs only past CELLS_PER_SYNC cells, never one per cell or per row.
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  wanted: readonly string[],
  canReadMerges: boolean,
): Promise<WorkbookCells> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const present = sheets.items.map((s) => s.name);
  const dims: Dimensions[] = present
    .filter((n) => wanted.includes(n))
    .map((name) => {
      const ws = context.workbook.worksheets.getItem(name);
      // valuesOnly (ExcelApi 1.2): formatted-but-empty rows (the template's 3,000 prepared rows) are
      // not data and need not cross the wire.
      const range = ws.getUsedRange(true).load("rowIndex,columnIndex,rowCount,columnCount");
      const merged = canReadMerges ? ws.getRange().getMergedAreasOrNullObject().load("address") : undefined;
      return { name, sheet: ws, range, merged };
    });
  await context.sync();

  const blocks: CellBlock[] = [];
  let queued = 0;
  const flush = async (): Promise<void> => {
    if (queued > 0) await context.sync();
    queued = 0;
  };
  const grids: { name: string; firstRow: number; firstColumn: number; cells: RawCell[][]; merges: MergedRange[] }[] =
    [];
  for (const [i, d] of dims.entries()) {
    const { rowIndex, columnIndex, rowCount, columnCount } = d.range;
    grids.push({
      name: d.name,
      firstRow: rowIndex + 1,
      firstColumn: columnIndex + 1,
      cells: [],
      merges: d.merged && !d.merged.isNullObject ? parseAreas(d.merged.address) : [],
    });
    const rowsPerBlock = Math.max(1, Math.floor(CELLS_PER_SYNC / Math.max(1, columnCount)));
    for (let r = 0; r < rowCount; r += rowsPerBlock) {
      const rows = Math.min(rowsPerBlock, rowCount - r);
      if (queued + rows * columnCount > CELLS_PER_SYNC) await flush();
      const range = d.sheet
        .getRangeByIndexes(rowIndex + r, columnIndex, rows, columnCount)
        .load("values,numberFormat,formulas");
      blocks.push({ sheet: i, firstRow: r, range, rows });
      queued += rows * columnCount;
    }
  }
  await flush();
  for (const b of blocks) {
    const grid = grids[b.sheet];
    if (!grid) continue;
    const { values, numberFormat, formulas } = b.range;
    for (let r = 0; r < b.rows; r++) {
      const vs = values[r] ?? [];
      const fs = numberFormat[r] ?? [];
      const xs = formulas[r] ?? [];
      grid.cells[b.firstRow + r] = vs.map((v, c) => officeCell(v, fs[c], xs[c]));
    }
  }
  // The readers ask which sheets exist (e.g. to tell a non-ledger workbook): all of them, not only those read.
  return { sheetNames: present, grids };
}
