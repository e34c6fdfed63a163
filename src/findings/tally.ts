import { FINDING_SEVERITY, type FindingCode } from "./codes.js";

/**
 * How many findings a workbook has, by severity and by code, counting those not kept one by one
 * (FindingSink keeps the first MAX_KEPT_PER_CODE of each code): a ledger whose every row is wrong
 * in ten ways would otherwise hold millions of findings, gigabytes that no clerk reads one by one.
 */
export interface FindingTally {
  readonly errors: number;
  readonly warnings: number;
  readonly byCode: Readonly<Partial<Record<FindingCode, number>>>;
  /** Errors and warnings by sheet. */
  readonly bySheet: Readonly<Record<string, { readonly errors: number; readonly warnings: number }>>;
  /** Findings counted here but not in the list. */
  readonly omitted: number;
}

/** Per code, the findings kept in the list; the rest are counted only. */
export const MAX_KEPT_PER_CODE = 2_000;

/** Counts by code and by sheet → the tally. */
export function tallyOf(byCode: ReadonlyMap<FindingCode, number>, bySheet: FindingTally["bySheet"]): FindingTally {
  let errors = 0;
  let warnings = 0;
  let omitted = 0;
  const counts: Partial<Record<FindingCode, number>> = {};
  for (const [code, n] of byCode) {
    counts[code] = n;
    if (FINDING_SEVERITY[code] === "error") errors += n;
    else warnings += n;
    omitted += Math.max(0, n - MAX_KEPT_PER_CODE);
  }
  return { errors, warnings, byCode: counts, bySheet, omitted };
}
