import { type RawCell } from "../cells/raw-cell.js";
import { BASIC_INFO_SHEET, LEDGER_SHEETS } from "../layout/template-layout.js";
import { ok, type Result } from "../result.js";
import { columnLetter } from "../workbook/address.js";
import { gridWorkbook, type GridSheet } from "../workbook/source/grid-source.js";
import type { WorkbookSource } from "../workbook/source/source.js";
import { chooseSheets } from "./choose.js";
import { duesGrid, type GridRow } from "./dues-payments.js";
import { chosenFromMap } from "./from-map.js";
import { columnOf, LEDGER_LABEL, SPEC_OF, TARGET_SHEET } from "./ledgers.js";
import { IMPORT_MAP_FORMAT, type ImportMap } from "./map-file.js";
import { readRows } from "./read-rows.js";
import { sourceColumns } from "./source-columns.js";
import type { ChangedValue, ImportError, ImportReport, SheetMapping, SkippedRow } from "./report.js";
import { ledgerYear } from "./year.js";

export interface ImportOptions {
  /** 年度: for 基本信息 and for dates typed without a year ("3月5日"). */
  readonly year?: number;
  readonly unionName?: string;
  /** A MAP.json the clerk passed back: read the workbook exactly so, detect nothing. */
  readonly map?: ImportMap;
}

/** The import before it is written: the clerk's data in the template's form, what was done, and the map. */
export interface ImportPlan {
  /** The standard workbook's sheets and headers with the values read (what upgradeWorkbook writes). */
  readonly standard: WorkbookSource;
  readonly report: ImportReport;
  readonly map: ImportMap;
}

/**
 * A clerk's workbook (every sheet read) → the plan of its import: which sheet is which ledger (chooseSheets, or
 * the clerk's MAP.json), each row read with the validator's rules, total/blank/title rows left out, dues kept per
 * payment made into the month grid; and the report of all of it. Pure: the caller writes the workbook.
 */
export function planImport(wb: WorkbookSource, options: ImportOptions = {}): Result<ImportPlan, ImportError> {
  const picked = options.map ? chosenFromMap(wb, options.map) : chooseSheets(wb);
  if (!picked.ok) return picked;
  const chosen = "chosen" in picked.value ? picked.value.chosen : picked.value;
  const ignored =
    "chosen" in picked.value ? picked.value.ignored : wb.sheetNames.filter((n) => !chosen.some((c) => c.ws.name === n));
  chosen.sort((a, b) => wb.sheetNames.indexOf(a.ws.name) - wb.sheetNames.indexOf(b.ws.name));
  const year = ledgerYear(chosen, options.year, options.map?.year);
  const unionName = options.unionName ?? options.map?.union;
  const sheets: SheetMapping[] = [];
  const skippedRows: SkippedRow[] = [];
  const changes: ChangedValue[] = [];
  const unread: ChangedValue[] = [];
  const grids: GridSheet[] = [];
  for (const c of chosen) {
    const { columns, kept } = sourceColumns(c);
    const read = readRows(c.ws, c.layout.row, c.layout.rows, columns, year.value);
    skippedRows.push(...read.skipped);
    changes.push(...read.changes);
    unread.push(...read.unread);
    const target = SPEC_OF[c.ledger === "duesPayments" ? "dues" : c.ledger];
    let rows: GridRow[];
    let extras: string[] = [];
    if (c.ledger === "duesPayments") {
      const grid = duesGrid(c.ws.name, columns, read.rows, year.value);
      rows = grid.rows;
      changes.push(...grid.changes);
      unread.push(...grid.unplaced);
    } else {
      extras = columns.filter((x) => !x.spec).map((x) => x.header);
      rows = read.rows.map((r) => {
        const cells: Record<string, RawCell> = {};
        columns.forEach((x, i) => {
          const v = r.values[i]?.cell;
          if (v && v.type !== "empty") cells[x.spec ? x.spec.key : `#${x.header}#${i}`] = v;
        });
        return cells;
      });
    }
    const extraKeys = columns.flatMap((x, i) => (x.spec ? [] : [`#${x.header}#${i}`]));
    grids.push({
      name: target.name,
      firstRow: 1,
      firstColumn: 1,
      cells: [
        [{ type: "string", value: target.title }],
        [...target.columns.map((x) => x.header), ...extras].map((h) => ({ type: "string", value: h }) as RawCell),
        ...rows.map((r) =>
          [...target.columns.map((x) => x.key), ...extraKeys].map((k) => r[k] ?? ({ type: "empty" } as RawCell)),
        ),
      ],
    });
    sheets.push({
      sheet: c.ws.name,
      ledger: c.ledger,
      basis: options.map ? ["map"] : c.basis,
      score: c.score,
      headerRow: c.layout.row,
      headerRows: c.layout.rows,
      columns: [...c.placement.placed]
        .map(([key, p]) => ({
          column: columnLetter(p.col),
          header: c.layout.columns.get(p.col)?.shown ?? "",
          to: columnOf(c.ledger, key)?.header ?? key,
          confidence: p.confidence,
        }))
        .sort((a, b) => a.column.length - b.column.length || a.column.localeCompare(b.column)),
      unplaced: kept,
      rows: read.rows.length,
    });
  }
  const info: GridSheet = {
    name: BASIC_INFO_SHEET.name,
    firstRow: 1,
    firstColumn: 1,
    cells: [
      [{ type: "string", value: "工会名称" }, unionName ? { type: "string", value: unionName } : { type: "empty" }],
      [{ type: "string", value: "年度" }, year.value ? { type: "number", value: year.value } : { type: "empty" }],
    ],
  };
  const filled = new Set(chosen.map((c) => TARGET_SHEET[c.ledger]));
  const missing = chosen.flatMap((c) => {
    const spec = SPEC_OF[c.ledger];
    const wanted = spec.columns.filter((x) => x.required || (c.ledger === "dues" && x.key === "wage"));
    return wanted
      .filter((x) => !c.placement.placed.has(x.key))
      .map((x) => ({ sheet: TARGET_SHEET[c.ledger], header: x.header }));
  });
  const report: ImportReport = {
    year,
    unionName,
    sheets,
    ignoredSheets: ignored,
    skippedRows,
    changes,
    unread,
    missing,
    emptyLedgers: LEDGER_SHEETS.map((s) => s.name).filter((n) => !filled.has(n)),
  };
  return ok({ standard: gridWorkbook([info, ...grids]), report, map: mapOf(report) });
}

/** The map file of what was done: each sheet, its header rows, and every column with its target or null. */
function mapOf(report: ImportReport): ImportMap {
  return {
    format: IMPORT_MAP_FORMAT,
    version: 1,
    ...(report.year.value !== undefined ? { year: report.year.value } : {}),
    ...(report.unionName !== undefined ? { union: report.unionName } : {}),
    sheets: report.sheets.map((s) => ({
      sheet: s.sheet,
      ledger: LEDGER_LABEL[s.ledger],
      headerRow: s.headerRow,
      headerRows: s.headerRows,
      columns: [
        ...s.columns.map((c) => ({ column: c.column, header: c.header, to: c.to, confidence: c.confidence })),
        ...s.unplaced
          // A column with values but no header is named "C列" in the workbook; the map lists headed columns only.
          .filter((u) => u.header !== `${u.column}列`)
          .map((u) => ({ column: u.column, header: u.header, to: null })),
      ].sort((a, b) => a.column.length - b.column.length || a.column.localeCompare(b.column)),
    })),
  };
}
