import { addTotals, zeroTotals } from "../totals/arithmetic.js";
import type { Totals } from "../totals/totals.js";

/** The roll-up's own totals: named after the roll-up, in its common year. */
export function sumTotals(parts: Iterable<Totals>, unionName: string, fiscalYear: number): Totals {
  let total = zeroTotals(unionName, fiscalYear);
  for (const t of parts) total = addTotals(total, t);
  return total;
}
