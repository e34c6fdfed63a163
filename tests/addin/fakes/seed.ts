import { readFile, writeFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import type { CellValue, GridCell, GridSheetJson, WorkbookGrid } from "./excel-state.js";
import { a1 } from "./excel-address.js";

/**
 * An .xlsx → the fakes' seed grid, as Excel would present the file through Office.js: values and
 * formula results (not formulas' text in `values`), dates as serial numbers with the cell's number
 * format, errors as their text. Node only (exceljs); the grid itself is plain JSON for the browser stub.
 */

const EPOCH_OFFSET = 25_569; // serial of 1970-01-01 in Excel's 1900 date system
const DAY_MS = 86_400_000;

/** exceljs' Date (UTC midnight for a date-formatted serial) → the serial Excel keeps. */
const serial = (d: Date): number => d.getTime() / DAY_MS + EPOCH_OFFSET;

function present(v: ExcelJS.CellValue | undefined): CellValue {
  if (v === null || v === undefined) return "";
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return serial(v);
  if ("richText" in v) return v.richText.map((r) => r.text).join("");
  if ("error" in v) return String(v.error);
  if ("hyperlink" in v) return typeof v.text === "string" ? v.text : "";
  if ("formula" in v || "sharedFormula" in v) return present((v as { result?: ExcelJS.CellValue }).result);
  return "";
}

// Merged areas live in Worksheet._merges (see src/workbook/source/exceljs-source.ts).
type WithMerges = {
  _merges?: Record<string, { model?: { top: number; left: number; bottom: number; right: number } }>;
};

function sheetGrid(ws: ExcelJS.Worksheet): GridSheetJson {
  const cells: GridCell[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: true }, (slave, c) => {
      // A merged range's other cells present its first cell (as the xlsx reader reads them); exceljs
      // gives them the first cell's value but not its formula's cached result.
      const cell = slave.isMerged ? slave.master : slave;
      const v = cell.value;
      const isFormula = v !== null && typeof v === "object" && ("formula" in v || "sharedFormula" in v);
      // exceljs drops a cached result of 0, false or "" from cell.value; the model keeps it (raw-cell.ts).
      const value = isFormula ? present((cell.model as { result?: ExcelJS.CellValue }).result) : present(v);
      const fg = cell.fill?.type === "pattern" ? cell.fill.fgColor?.argb : undefined;
      const extra = {
        ...(isFormula && cell.formula ? { formula: cell.formula } : {}),
        ...(fg ? { fill: `#${fg.slice(-6)}` } : {}),
      };
      if (value === "" && !isFormula && !fg) return;
      cells.push(
        Object.keys(extra).length > 0
          ? [r, c, value, cell.numFmt || "General", extra]
          : [r, c, value, cell.numFmt || "General"],
      );
    });
  });
  const merges = Object.values((ws as unknown as WithMerges)._merges ?? {}).flatMap((m) =>
    m.model
      ? [a1({ top: m.model.top - 1, left: m.model.left - 1, bottom: m.model.bottom - 1, right: m.model.right - 1 })]
      : [],
  );
  return { name: ws.name, cells, merges };
}

export function gridFromWorkbook(wb: ExcelJS.Workbook): WorkbookGrid {
  const sheets = wb.worksheets.map(sheetGrid);
  const active = wb.worksheets[(wb.views as ExcelJS.WorkbookView[] | undefined)?.[0]?.activeTab ?? 0]?.name;
  return active === undefined ? { sheets } : { sheets, active };
}

export async function gridFromXlsx(bytes: Uint8Array): Promise<WorkbookGrid> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer); // exceljs' typings want a Buffer; any view works
  return gridFromWorkbook(wb);
}

// `npx tsx tests/addin/fakes/seed.ts book.xlsx grid.json`: a seed for the browser stub.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) throw new Error("usage: seed.ts <book.xlsx> <grid.json>");
  await writeFile(output, JSON.stringify(await gridFromXlsx(new Uint8Array(await readFile(input)))));
}
