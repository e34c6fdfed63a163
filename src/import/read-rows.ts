import { displayText, EMPTY, type RawCell } from "../cells/raw-cell.js";
import type { ColumnSpec } from "../layout/column.js";
import { cellAddress } from "../workbook/address.js";
import type { SheetSource } from "../workbook/source/source.js";
import { closeSegment, countRecord, matchTotalRow, totalRowsOf } from "../workbook/total-row.js";
import { readValue, type ReadValue } from "./read-value.js";
import type { ChangedValue, SkippedRow } from "./report.js";

/** A column read from the sheet: a template column (by its spec), or one kept to the right (`spec` undefined). */
export interface SourceColumn {
  readonly col: number;
  readonly header: string;
  readonly spec?: ColumnSpec;
}

export interface SourceRow {
  readonly row: number;
  /** By the index of `columns`. */
  readonly values: readonly ReadValue[];
}

export interface ReadRows {
  readonly rows: readonly SourceRow[];
  readonly skipped: readonly SkippedRow[];
  readonly changes: readonly ChangedValue[];
  readonly unread: readonly ChangedValue[];
}

/** "制表人：张三", "审核：李四", "注：…": the signature and note lines under a ledger, not records. */
const NOTE = /^(?:制表|填表|填报|审核|复核|负责人|单位负责人|工会主席|主席|会计|出纳|记账|注|说明|备注)人?[:：]/u;

/** Stands in for a kept column in the total-row test: text that names no record, where a label may stand. */
const keptSpec = (header: string): ColumnSpec => ({ key: header, header, kind: "text", width: 0, prompt: "" });

/**
 * The data rows under the header, read with readValue; title rows above the header, blank rows, a clerk's
 * 合计/小计 rows (total-row.ts, the validator's own test), rows holding only a 序号, and the signature lines under
 * the table are left out and named.
 */
export function readRows(
  ws: SheetSource,
  headerRow: number,
  headerRows: 1 | 2,
  columns: readonly SourceColumn[],
  year: number | undefined,
): ReadRows {
  const skipped: SkippedRow[] = [];
  const changes: ChangedValue[] = [];
  const unread: ChangedValue[] = [];
  for (let r = 1; r <= headerRow - headerRows; r++) {
    const text = firstText(ws, r);
    if (text) skipped.push({ sheet: ws.name, row: r, reason: "title", text });
  }
  const mapped = columns.map((c) => ({ spec: c.spec ?? keptSpec(c.header), col: c.col }));
  const totals = totalRowsOf(mapped);
  const raws: RawCell[] = mapped.map(() => EMPTY);
  const rows: SourceRow[] = [];
  let blanks: number[] = [];
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    let filled = false;
    let data = false;
    for (let i = 0; i < mapped.length; i++) {
      const m = mapped[i];
      const raw = ws.hasRow(r) && m ? ws.cell(r, m.col) : EMPTY;
      raws[i] = raw;
      if (raw.type !== "empty") {
        filled = true;
        if (!m?.spec.filler) data = true;
      }
    }
    if (!filled) {
      blanks.push(r);
      continue;
    }
    // Blank rows count only between records: the ones after the last are no gap.
    for (const b of blanks) skipped.push({ sheet: ws.name, row: b, reason: "blank" });
    blanks = [];
    const text = firstText(ws, r);
    const total = matchTotalRow(totals, raws, r);
    if (total) {
      closeSegment(totals);
      skipped.push({ sheet: ws.name, row: r, reason: "total", ...(text ? { text } : {}) });
      continue;
    }
    if (!data) {
      skipped.push({ sheet: ws.name, row: r, reason: "seq_only", ...(text ? { text } : {}) });
      continue;
    }
    if (isNote(raws)) {
      skipped.push({ sheet: ws.name, row: r, reason: "note", ...(text ? { text } : {}) });
      continue;
    }
    const values = columns.map((c, i) => {
      const raw = raws[i] ?? EMPTY;
      const read = readValue(raw, c.spec ?? keptSpec(c.header), year);
      const at = { sheet: ws.name, cell: cellAddress(r, c.col), column: c.header };
      if (read.changed) changes.push({ ...at, ...read.changed });
      if (read.unread) unread.push({ ...at, from: displayText(raw), to: "" });
      return read;
    });
    countRecord(
      totals,
      values.map((v) => (typeof v.value === "number" ? v.value : undefined)),
    );
    rows.push({ row: r, values });
  }
  return { rows, skipped, changes, unread };
}

/** Every filled cell is text, and the first is a signature or note line. */
function isNote(raws: readonly RawCell[]): boolean {
  const filled = raws.filter((c) => c.type !== "empty");
  const first = filled[0];
  return (
    first?.type === "string" &&
    NOTE.test(first.value.normalize("NFKC").replace(/\s+/gu, "")) &&
    filled.every((c) => c.type === "string")
  );
}

function firstText(ws: SheetSource, row: number): string | undefined {
  if (!ws.hasRow(row)) return undefined;
  for (let c = 1; c <= ws.columnCount; c++) {
    const t = displayText(ws.cell(row, c)).trim();
    if (t) return t.length > 40 ? `${t.slice(0, 40)}…` : t;
  }
  return undefined;
}
