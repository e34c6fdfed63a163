import type { CellRef } from "../host.js";
import { parseAreas } from "./merged-areas.js";

/**
 * The add-in's highlight is a conditional format whose rule carries this marker: conditional formats
 * sit on top of the clerk's own fill and are removed without touching values or formats (addin.md:
 * never format cell by cell). N("…") is 0, so the rule is always true.
 */
export const MARK_FORMULA = '=N("union-ledger")=0';
export const MARK_FILL = "#FFC7CE";
export const MARK_FONT = "#9C0006";

/** Conditional formats one highlight may add where RangeAreas (ExcelApi 1.9) is missing. */
export const MAX_AREAS_WITHOUT_RANGE_AREAS = 500;

/** Cells in one column area "B5" or "B5:B9" (addressChunks makes no other shape). */
export function areaSize(area: string): number {
  const m = /^[A-Z]+(\d+)(?::[A-Z]+(\d+))?$/u.exec(area);
  return m ? Number(m[2] ?? m[1]) - Number(m[1]) + 1 : 0;
}

/** Addresses per RangeAreas request: well under Excel's 8,192-character reference limit. */
const ADDRESS_CHARS = 2_000;

/**
 * Cells of one sheet → compact A1 areas: runs of consecutive rows in one column become "B5:B9",
 * then the areas are joined into address lists of bounded length.
 */
export function addressChunks(cells: readonly string[]): string[] {
  const byColumn = new Map<string, number[]>();
  for (const c of cells) {
    const m = /^([A-Z]+)(\d+)$/u.exec(c);
    if (!m?.[1] || !m[2]) continue;
    byColumn.set(m[1], [...(byColumn.get(m[1]) ?? []), Number(m[2])]);
  }
  const areas: string[] = [];
  for (const [col, rows] of byColumn) {
    const sorted = [...new Set(rows)].sort((a, b) => a - b);
    let start = sorted[0];
    for (let i = 1; i <= sorted.length; i++) {
      const prev = sorted[i - 1],
        cur = sorted[i];
      if (start === undefined || prev === undefined) break;
      if (cur === prev + 1) continue;
      areas.push(start === prev ? `${col}${start}` : `${col}${start}:${col}${prev}`);
      start = cur;
    }
  }
  const chunks: string[] = [];
  let current = "";
  for (const a of areas) {
    if (current && current.length + a.length + 1 > ADDRESS_CHARS) {
      chunks.push(current);
      current = "";
    }
    current = current ? `${current},${a}` : a;
  }
  if (current) chunks.push(current);
  return chunks;
}

/** Cell refs grouped by sheet, in first-seen order. */
export function bySheet(refs: readonly CellRef[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of refs) out.set(r.sheet, [...(out.get(r.sheet) ?? []), r.cell]);
  return out;
}

/** Queues the marker conditional format on `target` (a Range or RangeAreas). */
export function addMark(formats: Excel.ConditionalFormatCollection): void {
  const cf = formats.add("Custom");
  cf.custom.rule.formula = MARK_FORMULA;
  cf.custom.format.fill.color = MARK_FILL;
  cf.custom.format.font.color = MARK_FONT;
}

/** Queues a load of every conditional format on the sheets, to find the add-in's own. */
export function loadMarks(
  context: Excel.RequestContext,
  sheets: readonly string[],
): Excel.ConditionalFormatCollection[] {
  return sheets.map((name) =>
    context.workbook.worksheets
      .getItem(name)
      .getRange()
      .conditionalFormats.load("items/type,items/customOrNullObject/rule/formula"),
  );
}

/** The add-in's marks among loaded formats. */
function marks(loaded: readonly Excel.ConditionalFormatCollection[]): Excel.ConditionalFormat[] {
  return loaded.flatMap((formats) =>
    formats.items.filter((cf) => {
      const custom = cf.customOrNullObject;
      return cf.type === "Custom" && !custom.isNullObject && custom.rule.formula === MARK_FORMULA;
    }),
  );
}

/** Queues the deletion of the add-in's marks among loaded formats. */
export function deleteMarks(loaded: readonly Excel.ConditionalFormatCollection[]): void {
  for (const cf of marks(loaded)) cf.delete();
}

/** A deleted mark's range, loaded before the deletion in the same sync; undefined when Excel cannot give it. */
export type MarkArea = () => string | undefined;

/**
 * Queues, for each of the add-in's marks, a load of its range and then its deletion, so clearing tells cells (as
 * highlighting counts them) without another sync. `ConditionalFormat.getRanges` (ExcelApi 1.9) gives every area;
 * before it, `getRangeOrNullObject` (1.6) is a null object for a format over several areas.
 */
export function deleteMeasuredMarks(
  loaded: readonly Excel.ConditionalFormatCollection[],
  withAreas: boolean,
): MarkArea[] {
  return marks(loaded).map((cf): MarkArea => {
    const read = withAreas ? cf.getRanges().load("address") : cf.getRangeOrNullObject().load("address");
    cf.delete();
    return () => (read.isNullObject ? undefined : read.address);
  });
}

/** Cells in an address list ("'会费台账'!D5:D9,'会费台账'!Q3"): what highlighting counted. */
export const cellsIn = (address: string): number =>
  parseAreas(address).reduce((n, a) => n + (a.bottom - a.top + 1) * (a.right - a.left + 1), 0);
