import type { SheetSource } from "../workbook/source/source.js";
import { readShare, rosterShare } from "./content.js";
import { candidateLayouts, hasGroupMerge, type HeaderLayout } from "./header-row.js";
import { columnOf, LEDGER_IDS, type LedgerId } from "./ledgers.js";
import { CONTENT_SHARE, placeColumns, type ColumnPlacement } from "./map-columns.js";
import { headerNorm, ROSTER_SIGNALS, SHEET_NAME_SYNONYMS } from "./synonyms.js";

/** A sheet read as one ledger: where its headers are, which columns go where, and how strongly it looks it. */
export interface Candidate {
  readonly ledger: LedgerId;
  readonly layout: HeaderLayout;
  readonly placement: ColumnPlacement;
  readonly score: number;
  readonly basis: readonly ("name" | "headers" | "content")[];
}

/** Columns that tell one ledger from the others count double; 序号 and 备注 say nothing. */
const WEIGHT: Readonly<Record<LedgerId, Readonly<Record<string, number>>>> = {
  members: { gender: 2, joinDate: 2, status: 2, statusDate: 2, department: 2, remark: 0 },
  dues: { wage: 2, remark: 0 },
  duesPayments: { period: 3, remark: 0 },
  activities: { name: 2, category: 2, participants: 2, place: 2, organizer: 2, funding: 2, seq: 0, remark: 0 },
  condolences: { reason: 2, form: 2, festival: 2, seq: 0, remark: 0 },
};

/** What a sheet must have to be a ledger at all (by column key). */
const CORE: Readonly<Record<LedgerId, (has: (k: string) => boolean, months: number, signals: number) => boolean>> = {
  members: (has, _m, signals) =>
    has("name") && (has("memberId") || has("gender") || has("department") || has("status") || signals > 0),
  dues: (has, months) => (has("memberId") || has("name")) && months >= 3,
  duesPayments: (has) => (has("memberId") || has("name")) && has("amount") && (has("period") || has("payDate")),
  activities: (has) => has("date") && (has("name") || has("participants")),
  condolences: (has) => has("date") && has("amount") && (has("name") || has("memberId") || has("reason")),
};

const NAME_BONUS = 3;
const CONTENT_BONUS = 1;

/** Whether the sheet's name says it holds the ledger ("2024年活动记录" → activities). */
export const nameSays = (sheet: string, ledger: LedgerId): boolean =>
  SHEET_NAME_SYNONYMS[ledger].some((s) => headerNorm(sheet).includes(s));

/** The sheet read as a ledger, with its best header rows, when it has that ledger's core columns. */
export function evaluate(ws: SheetSource, ledger: LedgerId, roster: ReadonlySet<string>): Candidate | undefined {
  let best: Candidate | undefined;
  for (const layout of candidateLayouts(ws)) {
    const placement = placeColumns(ws, ledger, layout, roster);
    const keys = [...placement.placed.keys()];
    const months = keys.filter((k) => /^m\d+$/u.test(k)).length;
    const signals =
      ledger === "members"
        ? placement.unplaced.filter((col) => {
            const h = layout.columns.get(col);
            return h !== undefined && ROSTER_SIGNALS.some((s) => h.match.some((t) => headerNorm(t) === s));
          }).length
        : 0;
    if (!CORE[ledger]((k) => placement.placed.has(k), months, signals)) continue;
    let score = keys.reduce((s, k) => s + (/^m\d+$/u.test(k) ? 0 : (WEIGHT[ledger][k] ?? 1)), 0) + 2 * signals;
    if (months >= 3) score += 4;
    const basis: ("name" | "headers" | "content")[] = ["headers"];
    if (nameSays(ws.name, ledger)) {
      score += NAME_BONUS;
      basis.unshift("name");
    }
    // Content: the ledger's date and money columns read as dates and money, its ids are the roster's.
    let content = 0;
    for (const [key, p] of placement.placed) {
      const spec = columnOf(ledger, key);
      const share =
        key === "memberId" && ledger !== "members"
          ? rosterShare(ws, layout.row, p.col, roster)
          : spec?.kind === "date" || spec?.kind === "money"
            ? readShare(ws, layout.row, p.col, spec)
            : undefined;
      if ((share ?? 0) >= CONTENT_SHARE) content += CONTENT_BONUS;
    }
    if (content > 0) basis.push("content");
    score += content;
    // Then more columns placed; ties keep the earlier layout: one header row before two, an upper row before a lower.
    const tied = best !== undefined && score === best.score && placement.placed.size === best.placement.placed.size;
    const better =
      !best ||
      score > best.score ||
      (score === best.score && placement.placed.size > best.placement.placed.size) ||
      (tied && layout.rows === 2 && layout.row === best.layout.row && hasGroupMerge(ws, layout.row - 1));
    if (better) best = { ledger, layout, placement, score, basis };
  }
  return best;
}

/** Each ledger the sheet could be, best first. */
export const candidatesOf = (ws: SheetSource, roster: ReadonlySet<string>): Candidate[] =>
  LEDGER_IDS.flatMap((l) => evaluate(ws, l, roster) ?? []).sort((a, b) => b.score - a.score);
