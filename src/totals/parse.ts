import { err, ok, type Result } from "../result.js";
import { withRatesRecomputed } from "./arithmetic.js";
import { TOTALS, type Totals } from "./totals.js";

/** Why JSON is not Totals: the first part that is wrong, as a dotted path ("dues.byMonthPaidFen.3"; "" for the whole). */
export interface TotalsIssue {
  readonly code: "totals_invalid";
  readonly params: { readonly at: string };
}

/**
 * JSON read back (a roll-up's `_rollup` sheet) → Totals, by the schema: a hand-edited cell becomes
 * a returned failure (the roll-up reports the unit as unreadable), never NaN in the upper union's
 * report. Counts and 分 must be non-negative safe integers; rates are recomputed, not trusted;
 * fields the schema does not know are dropped.
 */
export function parseTotals(json: unknown): Result<Totals, TotalsIssue> {
  const parsed = TOTALS.safeParse(json);
  if (!parsed.success)
    return err({ code: "totals_invalid", params: { at: (parsed.error.issues[0]?.path ?? []).map(String).join(".") } });
  return ok(withRatesRecomputed(parsed.data));
}
