import type { Figure } from "../report/model.js";
import type { TotalPath } from "../totals/paths.js";
import type { Totals } from "../totals/totals.js";

/**
 * Months with no activity, as a figure: "2月、8月" (value: the number of such months), or "9个月"
 * when more than half the year was idle and a list would read badly.
 */
export function idleMonthsFigure(t: Totals): Figure | null {
  const idle = t.activities.byMonthCount.flatMap((n, i) => (n === 0 ? [i + 1] : []));
  if (idle.length === 0 || idle.length === 12) return null;
  return {
    kind: "figure",
    value: idle.length,
    text: idle.length > 6 ? `${idle.length}个月` : idle.map((m) => `${m}月`).join("、"),
    source: {
      kind: "count",
      what: "months without activity",
      paths: idle.map((m): TotalPath => `activities.byMonthCount.${m - 1}`),
    },
  };
}
