import type { Worksheet } from "exceljs";
import type { ColumnSpec, SheetSpec } from "../layout/column.js";
import type { LedgerRow, SheetData } from "../layout/record.js";
import { HEADER_SEARCH_ROWS } from "../layout/template-layout.js";
import { yearOf, type IsoDate } from "../dates/calendar-date.js";
import { cellAddress } from "./address.js";
import type { FindingSink } from "./findings-sink.js";
import { parseCell, type ParsedValue, type Report } from "./parse-cell.js";
import { displayText, rawCell, type RawCell } from "./raw-cell.js";
import { headerKey } from "./header-key.js";
import { mergedRanges } from "./merges.js";

/** Reads one ledger sheet by its headers (template-v1.md, Reading rules). */
export function readSheet<S extends SheetSpec>(
  ws: Worksheet | undefined,
  spec: S,
  fiscalYear: number | undefined,
  sink: FindingSink,
): SheetData<S> {
  if (!ws) {
    sink.add("sheet_missing", { sheet: spec.name }, {});
    return { spec, present: false, headerRow: 0, columns: {}, rows: [] };
  }
  const { headerRow, columns } = locateHeaders(ws, spec);
  for (const c of spec.columns) {
    if (columns.get(c.key) === undefined) {
      sink.add("header_missing", { sheet: spec.name, ...(headerRow ? { row: headerRow } : {}) }, { header: c.header });
    }
  }
  const mapped = spec.columns.flatMap((c) => {
    const col = columns.get(c.key);
    return col === undefined ? [] : [{ spec: c as ColumnSpec, col }];
  });
  const rows: LedgerRow<S>[] = [];
  if (headerRow > 0) {
    ws.eachRow({ includeEmpty: false }, (exRow, rowNumber) => {
      if (rowNumber <= headerRow) return;
      const cells = exRow.values as unknown[]; // exceljs: sparse, 1-based by column
      const raws = mapped.map(({ spec: c, col }) => {
        const v = cells[col];
        // Shared formulas carry their text only on the master cell: ask exceljs to translate.
        return rawCell(v as never, () => exRow.getCell(col).formula || undefined);
      });
      if (raws.every((r, i) => r.type === "empty" || mapped[i]?.spec.filler)) return;
      rows.push(readRow(spec, mapped, raws, rowNumber, fiscalYear, sink));
    });
  }
  for (const range of mergedRanges(ws)) {
    if (range.bottom > headerRow && headerRow > 0) {
      sink.add("merged_cell", { sheet: spec.name, row: range.top, cell: cellAddress(range.top, range.left) }, { range: range.label });
    }
  }
  return { spec, present: true, headerRow, columns: Object.fromEntries(columns) as SheetData<S>["columns"], rows };
}

function readRow<S extends SheetSpec>(
  spec: S,
  mapped: readonly { spec: ColumnSpec; col: number }[],
  raws: readonly RawCell[],
  rowNumber: number,
  fiscalYear: number | undefined,
  sink: FindingSink,
): LedgerRow<S> {
  const values: Record<string, ParsedValue> = {};
  const text: Record<string, string> = {};
  mapped.forEach(({ spec: c, col }, i) => {
    const raw = raws[i] ?? { type: "empty" };
    const shown = displayText(raw);
    if (shown !== "") text[c.key] = shown;
    const place = { sheet: spec.name, row: rowNumber, column: c.header, cell: cellAddress(rowNumber, col), ...(shown ? { value: shown } : {}) };
    const report: Report = (code, params) => sink.add(code, place, params);
    if (raw.type === "empty" && c.kind !== "formula") {
      if (c.required) report("required_missing", { header: c.header });
      return;
    }
    const value = parseCell(raw, c, report);
    if (value === undefined) return;
    values[c.key] = value;
    if (c.inFiscalYear && fiscalYear !== undefined && typeof value === "string" && yearOf(value as IsoDate) !== fiscalYear) {
      report("date_out_of_year", { date: value, year: fiscalYear });
    }
  });
  return { row: rowNumber, values: values as LedgerRow<S>["values"], text: text as LedgerRow<S>["text"] };
}

function locateHeaders(ws: Worksheet, spec: SheetSpec): { headerRow: number; columns: Map<string, number> } {
  const wanted = new Map(spec.columns.map((c) => [headerKey(c.header), c.key]));
  const required = spec.columns.filter((c) => c.required).map((c) => c.key);
  let best = { headerRow: 0, columns: new Map<string, number>() };
  for (let r = 1; r <= HEADER_SEARCH_ROWS; r++) {
    const columns = new Map<string, number>();
    ws.getRow(r).eachCell({ includeEmpty: false }, (cell, col) => {
      const key = wanted.get(headerKey(displayText(rawCell(cell.value))));
      if (key !== undefined && !columns.has(key)) columns.set(key, col);
    });
    if (required.every((k) => columns.has(k))) return { headerRow: r, columns };
    if (columns.size > best.columns.size) best = { headerRow: r, columns };
  }
  return best;
}
