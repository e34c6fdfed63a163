import type { ColumnSpec } from "../layout/column.js";
import { monthDayFromText } from "../dates/parse-date.js";
import { parseCell } from "../workbook/parse-cell.js";
import type { SheetSource } from "../workbook/source/source.js";

/** Rows looked at to judge a column by its values: enough to tell, few enough to stay cheap on a large sheet. */
const SAMPLE_ROWS = 200;

/** The first non-empty values of a column under its header. */
function sample(ws: SheetSource, headerRow: number, col: number) {
  const out = [];
  for (let r = headerRow + 1; r <= ws.rowCount && out.length < SAMPLE_ROWS; r++) {
    const c = ws.cell(r, col);
    if (c.type !== "empty") out.push(c);
  }
  return out;
}

const ignore = (): void => undefined;

/**
 * The share of a column's values (0–1) the reader reads as its kind asks, with the reading rules of parse-cell.ts
 * (a month and day without a year counts as a date); undefined when the column holds nothing or reads anything.
 * Total rows' labels ("合计") are among the values, so a column is a kind's when most of it reads.
 */
export function readShare(ws: SheetSource, headerRow: number, col: number, spec: ColumnSpec): number | undefined {
  if (spec.kind === "text" || spec.kind === "formula") return undefined;
  const values = sample(ws, headerRow, col);
  if (values.length === 0) return undefined;
  let read = 0;
  for (const c of values) {
    let problem = false;
    const v = parseCell(c, spec, (code) => {
      if (code !== "normalized_value") problem = true;
    });
    const monthDay = c.type === "string" && spec.kind === "date" && monthDayFromText(c.value, 2024).ok;
    if ((v !== undefined && !problem) || monthDay) read++;
  }
  return read / values.length;
}

/** The share (0–1) of a column's values that are member ids of the roster; undefined for an empty column or roster. */
export function rosterShare(
  ws: SheetSource,
  headerRow: number,
  col: number,
  roster: ReadonlySet<string>,
): number | undefined {
  if (roster.size === 0) return undefined;
  const values = sample(ws, headerRow, col);
  if (values.length === 0) return undefined;
  const idSpec: ColumnSpec = { key: "memberId", header: "会员编号", kind: "text", width: 0, prompt: "" };
  const hits = values.filter((c) => {
    const v = parseCell(c, idSpec, ignore);
    return typeof v === "string" && roster.has(v);
  }).length;
  return hits / values.length;
}

/** The member ids of a roster sheet's id column, as the reader reads text. */
export function rosterIds(ws: SheetSource, headerRow: number, col: number): Set<string> {
  const idSpec: ColumnSpec = { key: "memberId", header: "会员编号", kind: "text", width: 0, prompt: "" };
  const ids = new Set<string>();
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const v = parseCell(ws.cell(r, col), idSpec, ignore);
    if (typeof v === "string" && v) ids.add(v);
  }
  return ids;
}
