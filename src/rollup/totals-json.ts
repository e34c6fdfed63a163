import type { Totals } from "../totals/totals.js";
import { collectionRate } from "./sum-totals.js";

/**
 * Checks that JSON read back from a roll-up's `_rollup` sheet is a Totals before it is summed: a
 * hand-edited cell must become an unreadable unit with a message, not NaN in the upper union's
 * report. Counts and 分 must be non-negative safe integers.
 */
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const isInt = (v: unknown): v is number => typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
const hasInts = (o: unknown, keys: readonly string[]): o is Obj => isObj(o) && keys.every((k) => isInt(o[k]));
const isMonths = (v: unknown): boolean => Array.isArray(v) && v.length === 12 && v.every(isInt);
const isRecordOf = (v: unknown, keys: readonly string[]): boolean => isObj(v) && Object.values(v).every((x) => hasInts(x, keys));

export function parseTotals(json: unknown): Totals | undefined {
  if (!isObj(json) || typeof json["unionName"] !== "string" || !isInt(json["fiscalYear"])) return undefined;
  const { members: m, dues: d, activities: a, condolences: c } = json;
  if (!hasInts(m, ["total", "active", "retired", "joinedThisYear", "leftThisYear"])) return undefined;
  if (!hasInts(d, ["liableMembers", "expectedFen", "paidFen"]) || !isMonths(d["byMonthPaidFen"]) || !isMonths(d["byMonthExpectedFen"])) return undefined;
  if (!hasInts(a, ["count", "participants", "costFen"]) || !isMonths(a["byMonthCostFen"]) || !isMonths(a["byMonthCount"])) return undefined;
  if (!isRecordOf(a["byCategory"], ["count", "participants", "costFen"])) return undefined;
  if (!hasInts(c, ["count", "people", "amountFen"]) || !isMonths(c["byMonthAmountFen"])) return undefined;
  if (!isRecordOf(c["byReason"], ["count", "amountFen"]) || !isRecordOf(c["byForm"], ["count", "amountFen"])) return undefined;
  // Shape checked field by field above; the rate is recomputed rather than trusted.
  const t = json as unknown as Totals;
  return { ...t, dues: { ...t.dues, collectionRate: collectionRate(t.dues.paidFen, t.dues.expectedFen) } };
}
