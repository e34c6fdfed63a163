import type { SheetSource } from "../workbook/source/source.js";
import { readShare, rosterShare } from "./content.js";
import type { HeaderLayout } from "./header-row.js";
import { columnOf, type LedgerId } from "./ledgers.js";
import { matchHeader } from "./match-header.js";
import type { Confidence } from "./report.js";

/** A share of values read as the column's kind at or above this makes the column that kind's (content.ts). */
export const CONTENT_SHARE = 0.8;

export interface ColumnPlacement {
  /** Column key → the source column (1-based) and how sure. */
  readonly placed: ReadonlyMap<string, { readonly col: number; readonly confidence: Confidence }>;
  /** Source columns with a header or values that go to no template column: kept to the right. */
  readonly unplaced: readonly number[];
  /** Two or more columns that stand for the same template column equally well: an error if this ledger is chosen. */
  readonly ambiguous?: { readonly key: string; readonly cols: readonly number[] };
}

/**
 * The template column each source column of a sheet goes to, for one ledger. Where several headers name the same
 * column, a column whose values read as the kind asks beats one whose values do not (a 时间 of "14:00" beside a
 * 日期); if that still leaves more than one, it is ambiguous (never a coin toss), even when one of them is the
 * template's own header: 金额 beside 费用 may be budget and spending. With a roster, a column
 * without a recognised header whose values are the roster's member ids is 会员编号 (`content`).
 */
export function placeColumns(
  ws: SheetSource,
  ledger: LedgerId,
  layout: HeaderLayout,
  roster: ReadonlySet<string>,
): ColumnPlacement {
  const byKey = new Map<string, { col: number; confidence: "header" | "synonym" }[]>();
  const unplaced: number[] = [];
  for (const [col, h] of layout.columns) {
    const m = matchHeader(ledger, h.match);
    if (!m) unplaced.push(col);
    else byKey.set(m.key, [...(byKey.get(m.key) ?? []), { col, confidence: m.confidence }]);
  }
  const placed = new Map<string, { col: number; confidence: Confidence }>();
  let ambiguous: ColumnPlacement["ambiguous"];
  for (const [key, all] of byKey) {
    const spec = columnOf(ledger, key);
    const reading =
      all.length > 1 && spec ? all.filter((c) => (readShare(ws, layout.row, c.col, spec) ?? 0) >= CONTENT_SHARE) : all;
    const chosen = reading.length === 0 ? all : reading;
    if (chosen.length > 1) ambiguous ??= { key, cols: chosen.map((c) => c.col) };
    const first = chosen[0];
    if (first) placed.set(key, first);
    for (const c of all) if (c !== first) unplaced.push(c.col);
  }
  if (!placed.has("memberId") && columnOf(ledger, "memberId") && ledger !== "members") {
    const byIds = unplaced.filter((col) => (rosterShare(ws, layout.row, col, roster) ?? 0) >= CONTENT_SHARE);
    const [only] = byIds;
    if (only !== undefined && byIds.length === 1) {
      placed.set("memberId", { col: only, confidence: "content" });
      unplaced.splice(unplaced.indexOf(only), 1);
    }
  }
  unplaced.sort((a, b) => a - b);
  return ambiguous ? { placed, unplaced, ambiguous } : { placed, unplaced };
}
