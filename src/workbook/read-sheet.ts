import type { ColumnSpec, SheetSpec } from "../layout/column.js";
import type { LedgerRow, SheetData } from "../layout/record.js";
import { HEADER_SEARCH_ROWS } from "../layout/template-layout.js";
import { madeWith } from "../layout/column-versions.js";
import { yearOf, type IsoDate } from "../dates/calendar-date.js";
import { cellAddress } from "./address.js";
import type { FindingSink } from "./findings-sink.js";
import type { FindingParams } from "../findings/params.js";
import { parseCell, type ParsedValue, type Report } from "./parse-cell.js";
import { EMPTY, displayText, type RawCell } from "../cells/raw-cell.js";
import type { SheetSource } from "./source/source.js";
import { headerKey } from "./header-key.js";
import { LIMITS } from "./limits.js";
import { closeSegment, countRecord, matchTotalRow, totalRowsOf } from "./total-row.js";

/** Reads one ledger sheet by its headers (template-v1.md, Reading rules). */
export function readSheet<S extends SheetSpec>(
  ws: SheetSource | undefined,
  spec: S,
  fiscalYear: number | undefined,
  sink: FindingSink,
  /** The workbook's template version (`_meta`): a column added later may be absent from it. */
  version?: string,
): SheetData<S> {
  if (!ws) {
    sink.add("sheet_missing", { sheet: spec.name }, {});
    return { spec, present: false, headerRow: 0, columns: {}, rows: [] };
  }
  const { headerRow, columns } = locateHeaders(ws, spec);
  for (const c of spec.columns) {
    if (columns.get(c.key) === undefined && madeWith(c, version)) {
      sink.add("header_missing", { sheet: spec.name, ...(headerRow ? { row: headerRow } : {}) }, { header: c.header });
    }
  }
  const mapped = spec.columns.flatMap((c) => {
    const col = columns.get(c.key);
    return col === undefined ? [] : [{ spec: c as ColumnSpec, col }];
  });
  const rows: LedgerRow<S>[] = [];
  /** A clerk's 合计 / 小计 rows: in no record, one finding each (total-row.ts). */
  const totalRows = new Set<number>();
  const first = mapped[0];
  if (headerRow > 0 && first) {
    const at: Cursor = { row: 0, col: first.col, column: first.spec, raw: EMPTY };
    const report = makeReporter(spec.name, at, sink);
    const totals = totalRowsOf(mapped);
    // One buffer for the cells of the row being read (readRow consumes it before the next row).
    const raws: RawCell[] = mapped.map(() => EMPTY);
    // And for their values as read (undefined where the record has none), by the same index: the sums of
    // total-row.ts read them by place.
    const values: (ParsedValue | undefined)[] = mapped.map(() => undefined);
    for (let rowNumber = headerRow + 1; rowNumber <= ws.rowCount; rowNumber++) {
      if (!ws.hasRow(rowNumber)) continue;
      let data = false;
      let filled = false;
      for (let i = 0; i < mapped.length; i++) {
        const m = mapped[i] as (typeof mapped)[number];
        const raw = ws.cell(rowNumber, m.col);
        raws[i] = raw;
        if (raw.type !== "empty") {
          filled = true;
          if (!m.spec.filler) data = true;
        }
      }
      // A label in 序号 alone still makes a total row: it is said, not read.
      if (!filled) continue;
      const total = matchTotalRow(totals, raws, rowNumber);
      if (total) {
        totalRows.add(rowNumber);
        closeSegment(totals);
        const { at: i, ...params } = total;
        addTotalRow(sink, spec.name, rowNumber, mapped[i] ?? first, raws[i] ?? EMPTY, params);
        continue;
      }
      if (!data) continue;
      at.row = rowNumber;
      const read = readRow<S>(mapped, raws, values, at, report, fiscalYear);
      countRecord(totals, values);
      rows.push(read);
    }
  }
  for (const range of ws.merges()) {
    // A label merged across a total row's cells is part of that row's one finding.
    if (headerRow > 0 && range.top > headerRow && rowsAll(range, totalRows)) continue;
    if (range.bottom > headerRow && headerRow > 0) {
      sink.add(
        "merged_cell",
        { sheet: spec.name, row: range.top, cell: cellAddress(range.top, range.left) },
        { range: range.label },
      );
    }
  }
  return { spec, present: true, headerRow, columns: Object.fromEntries(columns) as SheetData<S>["columns"], rows };
}

function rowsAll(range: { readonly top: number; readonly bottom: number }, rows: ReadonlySet<number>): boolean {
  for (let r = range.top; r <= range.bottom; r++) if (!rows.has(r)) return false;
  return true;
}

/** The cell being read; one reporter per sheet reads it, instead of a closure per cell. */
interface Cursor {
  row: number;
  col: number;
  column: ColumnSpec;
  raw: RawCell;
}

function makeReporter(sheet: string, at: Cursor, sink: FindingSink): Report {
  // The place is built only when there is something to report: most cells are fine.
  return (code, params) => {
    const shown = displayText(at.raw);
    sink.add(
      code,
      {
        sheet,
        row: at.row,
        column: at.column.header,
        cell: cellAddress(at.row, at.col),
        ...(shown ? { value: shown } : {}),
      },
      params,
    );
  };
}

/** A total row's one finding (total-row.ts), at the cell that shows why. */
function addTotalRow(
  sink: FindingSink,
  sheet: string,
  row: number,
  m: { spec: ColumnSpec; col: number },
  raw: RawCell,
  params: FindingParams["total_row"],
): void {
  const shown = displayText(raw);
  sink.add(
    "total_row",
    { sheet, row, column: m.spec.header, cell: cellAddress(row, m.col), ...(shown ? { value: shown } : {}) },
    params,
  );
}

/** The row's record; `values` gets the values read by mapped column too (undefined where none). */
function readRow<S extends SheetSpec>(
  mapped: readonly { spec: ColumnSpec; col: number }[],
  raws: readonly RawCell[],
  values: (ParsedValue | undefined)[],
  at: Cursor,
  report: Report,
  fiscalYear: number | undefined,
): LedgerRow<S> {
  const record: Record<string, ParsedValue> = {};
  for (let i = 0; i < mapped.length; i++) {
    values[i] = undefined;
    const m = mapped[i];
    const raw = raws[i] ?? EMPTY;
    if (!m) continue;
    const c = m.spec;
    at.col = m.col;
    at.column = c;
    at.raw = raw;
    if (raw.type === "empty" && c.kind !== "formula") {
      if (c.required) report("required_missing", { header: c.header });
      continue;
    }
    // The reader puts U+FFFD where a part's bytes were not UTF-8 (package-parts.ts): say so here.
    if (raw.type === "string" && raw.value.includes("\uFFFD")) report("text_damaged", { header: c.header });
    const value = parseCell(raw, c, report);
    if (value === undefined) continue;
    if (c.kind === "money" && Math.abs(value as number) > LIMITS.maxCellFen) {
      // Not an amount any ledger holds (a phone or ID number?), and sums of such would overflow.
      report("invalid_number", { header: c.header, expected: "money" });
      continue;
    }
    record[c.key] = value;
    values[i] = value;
    if (
      c.inFiscalYear &&
      fiscalYear !== undefined &&
      typeof value === "string" &&
      yearOf(value as IsoDate) !== fiscalYear
    ) {
      report("date_out_of_year", { date: value, year: fiscalYear });
    }
  }
  return { row: at.row, values: record as LedgerRow<S>["values"] };
}

function locateHeaders(ws: SheetSource, spec: SheetSpec): { headerRow: number; columns: Map<string, number> } {
  const wanted = new Map(spec.columns.map((c) => [headerKey(c.header), c.key]));
  const required = spec.columns.filter((c) => c.required).map((c) => c.key);
  let best = { headerRow: 0, columns: new Map<string, number>() };
  for (let r = 1; r <= HEADER_SEARCH_ROWS; r++) {
    const columns = new Map<string, number>();
    for (let col = 1; col <= ws.columnCount; col++) {
      const key = wanted.get(headerKey(displayText(ws.cell(r, col))));
      if (key !== undefined && !columns.has(key)) columns.set(key, col);
    }
    if (required.every((k) => columns.has(k))) return { headerRow: r, columns };
    if (columns.size > best.columns.size) best = { headerRow: r, columns };
  }
  return best;
}
