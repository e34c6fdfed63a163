import type { Analysis } from "union-ledger";

/**
 * What a check found, as one string: every finding kept (code, sheet, cell, severity, facts), the tally and the
 * totals. Two checks with the same key show the same results, so a re-check can say 结果没有变化.
 */
export const resultsKey = (a: Pick<Analysis, "findings" | "tally" | "totals">): string =>
  JSON.stringify({ findings: a.findings, tally: a.tally, totals: a.totals });
