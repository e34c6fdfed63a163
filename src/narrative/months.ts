import type { Figure, Inline } from "../report/model.js";
import type { TotalPath } from "../totals/paths.js";
import type { Totals } from "../totals/totals.js";
import type { NarrativeContext } from "./context.js";
import type { Holiday } from "./holidays.js";

/**
 * Empty months in a row that are a weakness even inside a unit's holidays (issue 13): a school's
 * 寒假 or 暑假 excuses two quiet months, not a quarter of the year.
 */
export const IDLE_RUN_WEAK = 3;

/** The months (1–12) without activity, and which of them the report holds against the unit. */
export interface IdleMonths {
  readonly idle: readonly number[];
  /** Idle months outside the unit's holidays, or in a run of IDLE_RUN_WEAK or more empty months. */
  readonly weak: readonly number[];
  /** The names of the holidays the other idle months fell in, in the holiday table's order. */
  readonly excusedBy: readonly string[];
}

/** Consecutive months as runs: [1, 2, 3, 7] → [[1, 2, 3], [7]] (within the year: December does not run into January). */
function runs(months: readonly number[]): number[][] {
  const out: number[][] = [];
  for (const m of months) {
    const last = out.at(-1);
    if (last && last.at(-1) === m - 1) last.push(m);
    else out.push([m]);
  }
  return out;
}

export function idleMonths(t: Totals, holidays: readonly Holiday[]): IdleMonths {
  const idle = t.activities.byMonthCount.flatMap((n, i) => (n === 0 ? [i + 1] : []));
  const inLongRun = new Set(runs(idle).flatMap((r) => (r.length >= IDLE_RUN_WEAK ? r : [])));
  const inHoliday = (m: number): boolean => holidays.some((h) => h.months.includes(m));
  const weak = idle.filter((m) => inLongRun.has(m) || !inHoliday(m));
  const excused = idle.filter((m) => !weak.includes(m));
  return {
    idle,
    weak,
    excusedBy: holidays.filter((h) => h.months.some((m) => excused.includes(m))).map((h) => h.name),
  };
}

/**
 * Months as the report writes them: "2月、8月", a run of IDLE_RUN_WEAK or more as "1月至3月" (so a long
 * gap shows), or "9个月" when more than half the year is named and a list would read badly.
 */
export const monthsText = (months: readonly number[]): string =>
  months.length > 6
    ? `${months.length}个月`
    : runs(months)
        .flatMap((r) => {
          const [first] = r;
          return r.length >= IDLE_RUN_WEAK && first !== undefined
            ? [`${first}月至${r.at(-1)}月`]
            : r.map((m) => `${m}月`);
        })
        .join("、");

/**
 * Months without activity, as a figure whose value is the number of months and whose source names
 * each month's activity count (all 0). Null for none, or for the whole year (no activity at all).
 */
export function idleMonthsFigure(months: readonly number[]): Figure | null {
  if (months.length === 0 || months.length === 12) return null;
  return {
    kind: "figure",
    value: months.length,
    text: monthsText(months),
    source: {
      kind: "count",
      what: "months without activity",
      paths: months.map((m): TotalPath => `activities.byMonthCount.${m - 1}`),
    },
  };
}

/**
 * How activity spread over the year, after "上半年开展N次，下半年开展M次": the months without any, or,
 * when they all fall in the unit's holidays, that they did (which is no weakness, see weaknesses.ts).
 */
export function idleSpread(ctx: NarrativeContext): readonly (Inline | string)[] {
  const idle = idleMonths(ctx.totals, ctx.holidays);
  if (idle.idle.length === 0) return ["，每个月都有活动开展。"];
  const all = idleMonthsFigure(idle.idle);
  // No month with a dated activity (dates missing are errors of their own): nothing to say of months.
  if (!all) return ["。"];
  if (idle.weak.length === 0)
    return ["；", all, `正值${idle.excusedBy.join("、")}，没有组织活动，其余月份每月都有活动开展。`];
  return ["；", all.value > 6 ? "有" : "", all, ctx.vary("act.idle", ["没有组织活动。", "未安排活动。"])];
}
