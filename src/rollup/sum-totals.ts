import { fen, type Fen } from "../money/fen.js";
import { LISTS } from "../layout/lists.js";
import type { CountAmount, CountCost, Totals } from "../totals/totals.js";

const twelve = (): number[] => Array.from({ length: 12 }, () => 0);

/** Totals with every count zero and the list keys present, as computeTotals gives an empty ledger. */
export function zeroTotals(unionName: string, fiscalYear: number): Totals {
  const cc = (): CountCost => ({ count: 0, participants: 0, costFen: fen(0) });
  const ca = (): CountAmount => ({ count: 0, amountFen: fen(0) });
  return {
    unionName,
    fiscalYear,
    members: { total: 0, active: 0, retired: 0, joinedThisYear: 0, leftThisYear: 0 },
    dues: { liableMembers: 0, expectedFen: fen(0), paidFen: fen(0), collectionRate: 0, byMonthPaidFen: twelve().map(fen), byMonthExpectedFen: twelve().map(fen) },
    activities: {
      count: 0, participants: 0, costFen: fen(0),
      byCategory: Object.fromEntries(LISTS.activityCategory.map((c) => [c, cc()])),
      byMonthCostFen: twelve().map(fen), byMonthCount: twelve(),
    },
    condolences: {
      count: 0, people: 0, amountFen: fen(0),
      byReason: Object.fromEntries(LISTS.condolenceReason.map((r) => [r, ca()])),
      byForm: Object.fromEntries(LISTS.condolenceForm.map((f) => [f, ca()])),
      byMonthAmountFen: twelve().map(fen),
    },
  };
}

/** Same rule as compute.ts: floored to 4 decimals, so 99.996% never reads as 100%. */
export const collectionRate = (paid: number, expected: number): number =>
  expected === 0 ? 0 : Math.floor((paid / expected) * 10_000) / 10_000;

const addMonths = (a: readonly number[], b: readonly number[]): number[] => twelve().map((_, i) => (a[i] ?? 0) + (b[i] ?? 0));
const addFenMonths = (a: readonly Fen[], b: readonly Fen[]): Fen[] => addMonths(a, b).map(fen);

function mergeCountCost(a: Readonly<Record<string, CountCost>>, b: Readonly<Record<string, CountCost>>): Record<string, CountCost> {
  const out: Record<string, CountCost> = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const cur = out[k];
    out[k] = cur ? { count: cur.count + v.count, participants: cur.participants + v.participants, costFen: fen(cur.costFen + v.costFen) } : v;
  }
  return out;
}

function mergeCountAmount(a: Readonly<Record<string, CountAmount>>, b: Readonly<Record<string, CountAmount>>): Record<string, CountAmount> {
  const out: Record<string, CountAmount> = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const cur = out[k];
    out[k] = cur ? { count: cur.count + v.count, amountFen: fen(cur.amountFen + v.amountFen) } : v;
  }
  return out;
}

/** a + b field by field, in integer 分; the rate is recomputed, never added. */
export function addTotals(a: Totals, b: Totals): Totals {
  const paid = a.dues.paidFen + b.dues.paidFen;
  const expected = a.dues.expectedFen + b.dues.expectedFen;
  return {
    unionName: a.unionName,
    fiscalYear: a.fiscalYear,
    members: {
      total: a.members.total + b.members.total,
      active: a.members.active + b.members.active,
      retired: a.members.retired + b.members.retired,
      joinedThisYear: a.members.joinedThisYear + b.members.joinedThisYear,
      leftThisYear: a.members.leftThisYear + b.members.leftThisYear,
    },
    dues: {
      liableMembers: a.dues.liableMembers + b.dues.liableMembers,
      expectedFen: fen(expected),
      paidFen: fen(paid),
      collectionRate: collectionRate(paid, expected),
      byMonthPaidFen: addFenMonths(a.dues.byMonthPaidFen, b.dues.byMonthPaidFen),
      byMonthExpectedFen: addFenMonths(a.dues.byMonthExpectedFen, b.dues.byMonthExpectedFen),
    },
    activities: {
      count: a.activities.count + b.activities.count,
      participants: a.activities.participants + b.activities.participants,
      costFen: fen(a.activities.costFen + b.activities.costFen),
      byCategory: mergeCountCost(a.activities.byCategory, b.activities.byCategory),
      byMonthCostFen: addFenMonths(a.activities.byMonthCostFen, b.activities.byMonthCostFen),
      byMonthCount: addMonths(a.activities.byMonthCount, b.activities.byMonthCount),
    },
    condolences: {
      count: a.condolences.count + b.condolences.count,
      // Distinct members per unit, summed: units have separate rosters, so a member ID seen in two
      // units is two people. The sum is exact as long as nobody belongs to two unions.
      people: a.condolences.people + b.condolences.people,
      amountFen: fen(a.condolences.amountFen + b.condolences.amountFen),
      byReason: mergeCountAmount(a.condolences.byReason, b.condolences.byReason),
      byForm: mergeCountAmount(a.condolences.byForm, b.condolences.byForm),
      byMonthAmountFen: addFenMonths(a.condolences.byMonthAmountFen, b.condolences.byMonthAmountFen),
    },
  };
}

/** The roll-up's own totals: named after the roll-up, in its common year. */
export function sumTotals(parts: Iterable<Totals>, unionName: string, fiscalYear: number): Totals {
  let total = zeroTotals(unionName, fiscalYear);
  for (const t of parts) total = addTotals(total, t);
  return total;
}
