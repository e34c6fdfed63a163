import { displayText } from "../cells/raw-cell.js";
import { yearOf, type IsoDate } from "../dates/calendar-date.js";
import { parseCell } from "../workbook/parse-cell.js";
import type { Chosen } from "./choose.js";
import { columnOf } from "./ledgers.js";
import type { ImportReport } from "./report.js";

const TITLE_YEAR = /(20\d{2})\s*年/u;
const ignore = (): void => undefined;

/**
 * The ledger's year (for 基本信息 年度 and the dates typed without one): as given, else the year a title row above
 * a header names ("2024年活动记录"), else the year most of the dates read are in; none when nothing says.
 */
export function ledgerYear(
  chosen: readonly Chosen[],
  given: number | undefined,
  mapped: number | undefined,
): ImportReport["year"] {
  if (given !== undefined) return { value: given, basis: "option" };
  if (mapped !== undefined) return { value: mapped, basis: "map" };
  for (const c of chosen)
    for (let r = 1; r <= c.layout.row - c.layout.rows; r++)
      for (let col = 1; col <= c.ws.columnCount; col++) {
        const m = TITLE_YEAR.exec(displayText(c.ws.cell(r, col)));
        if (m) return { value: Number(m[1]), basis: "title" };
      }
  const counts = new Map<number, number>();
  for (const c of chosen) {
    if (c.ledger === "members") continue; // 入会日期 are of many years
    for (const [key, p] of c.placement.placed) {
      const spec = columnOf(c.ledger, key);
      if (spec?.kind !== "date") continue;
      for (let r = c.layout.row + 1; r <= c.ws.rowCount; r++) {
        const v = parseCell(c.ws.cell(r, p.col), spec, ignore);
        if (typeof v === "string" && v) counts.set(yearOf(v as IsoDate), (counts.get(yearOf(v as IsoDate)) ?? 0) + 1);
      }
    }
  }
  const top = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  return top ? { value: top[0], basis: "dates" } : { value: undefined, basis: "none" };
}
