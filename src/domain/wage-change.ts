import { fen, type Fen } from "../money/fen.js";
import type { Profile } from "../profiles/profile.js";
import { leastWageForDue, monthlyDueFen } from "./dues-math.js";

/**
 * A mid-year pay change (调资) read from the payments of a workbook that has one 计缴工资 column
 * (template 1.0): the owed months split into two runs, each paid at one amount that is the dues of
 * some wage, one of them the recorded wage's. The other wage is inferred, never stated.
 */
export interface WageChange {
  /** The first and last owed month, and the first month paid at the second amount. */
  readonly firstMonth: number;
  readonly lastMonth: number;
  readonly fromMonth: number;
  readonly dueBeforeFen: Fen;
  readonly dueAfterFen: Fen;
  /** Which run the recorded 计缴工资 gives; the other run's wage is the inferred one. */
  readonly recorded: "before" | "after";
  /** The least wage whose dues are the other run's amount (the truth is within one truncation step). */
  readonly inferredWageFen: Fen;
}

/**
 * Each run must be at least this long: one month at another amount is more often a slip of the
 * keyboard than a pay change, and a clerk can say so on template 1.1.
 */
const MIN_RUN = 2;

/**
 * The change the payments show, or undefined (the payments are then judged against the recorded
 * wage alone). Only exactly one change is inferred: three amounts in a year are as likely
 * mistakes as two changes, and nothing in a 1.0 workbook tells them apart. Every owed month must be
 * paid and nothing paid outside them, so arrears and exempt-month payments are never explained away.
 */
export function inferWageChange(
  paid: readonly Fen[],
  owed: readonly number[],
  wageFen: Fen | undefined,
  dues: Profile["dues"],
): WageChange | undefined {
  const first = owed[0];
  const last = owed[owed.length - 1];
  if (wageFen === undefined || first === undefined || last === undefined) return undefined;
  if (owed.length < 2 * MIN_RUN) return undefined;
  // The usual member pays one amount all year: settled before anything else is looked at (this runs per member).
  const amounts = owed.map((m) => paid[m - 1] ?? fen(0));
  const before = amounts[0] ?? fen(0);
  const split = amounts.findIndex((a) => a !== before);
  if (split < MIN_RUN || owed.length - split < MIN_RUN) return undefined;
  if (owed.some((m, i) => m !== first + i)) return undefined;
  if (paid.some((amount, i) => amount !== 0 && !owed.includes(i + 1))) return undefined;
  const after = amounts[split] ?? fen(0);
  if (before <= 0 || after <= 0 || amounts.slice(split).some((a) => a !== after)) return undefined;
  const recordedDue = monthlyDueFen(wageFen, dues);
  // Either run may be the recorded one: some clerks fill 计缴工资 in January, others update it.
  const recorded = recordedDue === after ? "after" : recordedDue === before ? "before" : undefined;
  if (recorded === undefined) return undefined;
  const inferredWageFen = leastWageForDue(recorded === "after" ? before : after, dues);
  if (inferredWageFen === undefined) return undefined;
  return {
    firstMonth: first,
    lastMonth: last,
    fromMonth: first + split,
    dueBeforeFen: before,
    dueAfterFen: after,
    recorded,
    inferredWageFen,
  };
}
