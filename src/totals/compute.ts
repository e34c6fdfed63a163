import { fen } from "../money/fen.js";
import { monthOf, yearOf, type IsoDate } from "../dates/calendar-date.js";
import type { Profile } from "../profiles/profile.js";
import type { Ledger } from "../workbook/ledger.js";
import { monthlyPayments } from "../domain/dues-payments.js";
import { duesPaid, expectedDues } from "../domain/member-dues.js";
import {
  DEATH_BENEFIT,
  DECEASED,
  LEFT_STATUSES,
  RETIRED_STATUSES,
  paidAfterDeath,
  rosterIndex,
  type Member,
} from "../domain/membership.js";
import { zeroTotals } from "./arithmetic.js";
import { rateOf, type CountAmount, type CountCost, type Totals } from "./totals.js";

const twelve = (): number[] => Array.from({ length: 12 }, () => 0);
/** Every list key present with zero counts, in list order, as the schema's zero has them. */
const ZERO = zeroTotals("", 0);
const inYear = (d: IsoDate | undefined, year: number): d is IsoDate => d !== undefined && yearOf(d) === year;

/**
 * The totals of cli.md. Every row that was read counts, errors or not (the report says when the
 * data has errors); empty rows were never read. All sums are integer 分. The shape is the schema's
 * (totals.ts): the compiler checks that every total is given here.
 */
export function computeTotals(
  ledger: Ledger,
  profile: Profile,
  roster: ReadonlyMap<string, Member> = rosterIndex(ledger.members.rows),
): Totals {
  const year = ledger.info.fiscalYear ?? 0;
  return {
    unionName: ledger.info.unionName ?? "",
    fiscalYear: year,
    members: memberTotals(ledger, year),
    dues: duesTotals(ledger, profile, year, roster),
    activities: activityTotals(ledger, year),
    condolences: condolenceTotals(ledger, year),
  };
}

function memberTotals(ledger: Ledger, year: number): Totals["members"] {
  const byStatus: Record<string, number> = { ...ZERO.members.byStatus };
  let total = 0,
    missing = 0,
    joined = 0,
    left = 0;
  const deathPayments = deathBenefitDates(ledger);
  let died = 0;
  for (const { values: v } of ledger.members.rows) {
    const gone = v.status !== undefined && LEFT_STATUSES.includes(v.status);
    if (!gone) total++;
    // Every member at year end is counted under one status (or as having none), so the parts add up.
    if (!gone && v.status !== undefined) byStatus[v.status] = (byStatus[v.status] ?? 0) + 1;
    if (!gone && v.status === undefined) missing++;
    if (inYear(v.joinDate, year)) joined++;
    if (gone && inYear(v.statusDate, year)) left++;
    // The same test that clears member_inactive on the payment: a death is told by its benefit.
    const paid = v.memberId === undefined ? undefined : deathPayments.get(v.memberId);
    const death = v.status === DECEASED || paid?.some((d) => paidAfterDeath(v, DEATH_BENEFIT, d)) === true;
    if (gone && inYear(v.statusDate, year) && death) died++;
  }
  return {
    total,
    active: byStatus["在职"] ?? 0,
    retired: RETIRED_STATUSES.reduce((s, k) => s + (byStatus[k] ?? 0), 0),
    joinedThisYear: joined,
    leftThisYear: left,
    byStatus,
    statusMissing: missing,
    diedThisYear: died,
  };
}

/** The dates of the death benefits (会员去世), by 会员编号. */
function deathBenefitDates(ledger: Ledger): Map<string, IsoDate[]> {
  const out = new Map<string, IsoDate[]>();
  for (const { values: v } of ledger.condolences.rows) {
    if (v.reason !== DEATH_BENEFIT || v.memberId === undefined || v.date === undefined) continue;
    out.set(v.memberId, [...(out.get(v.memberId) ?? []), v.date]);
  }
  return out;
}

function duesTotals(
  ledger: Ledger,
  profile: Profile,
  year: number,
  roster: ReadonlyMap<string, Member>,
): Totals["dues"] {
  const byMonth = twelve();
  // The row the dues rule judges (later rows of a member are duplicate_row): its wage, pay change
  // and exemption are the member's.
  const firstRowOf = new Map<string, (typeof ledger.dues.rows)[number]["values"]>();
  // This year's dues paid by member ID, over all of the member's rows (补缴上年 taken out).
  const paidBy = new Map<string, number>();
  let catchUp = 0;
  for (const { values: v } of ledger.dues.rows) {
    const payments = monthlyPayments(v);
    payments.forEach((amount, i) => (byMonth[i] = (byMonth[i] ?? 0) + amount));
    const paid = duesPaid(v);
    catchUp += paid.catchUpFen;
    if (v.memberId !== undefined) paidBy.set(v.memberId, (paidBy.get(v.memberId) ?? 0) + paid.thisYearFen);
    if (v.memberId !== undefined && !firstRowOf.has(v.memberId)) firstRowOf.set(v.memberId, v);
  }
  let liable = 0,
    expected = 0,
    collected = 0,
    overpaid = 0,
    overpaidMembers = 0,
    exemptMembers = 0;
  const expectedByMonth = twelve();
  for (const member of roster.values()) {
    const first = firstRowOf.get(member.memberId);
    const exp = expectedDues(member, first, year, profile.dues);
    const owes = exp.expectedFen;
    const paid = paidBy.get(member.memberId) ?? 0;
    if (exp.exempt.length > 0) exemptMembers++;
    // Never more than owed, never less than nothing (a negative amount is an error already).
    collected += Math.min(Math.max(paid, 0), owes);
    // Paid over is said only of what is known to be owed: with 计缴工资 missing (an error) nobody
    // knows, and a payment on a row naming nobody on the roster (an error) is nobody's.
    const known = exp.owed.length === 0 || first?.wage !== undefined;
    if (known && paid > owes) [overpaid, overpaidMembers] = [overpaid + paid - owes, overpaidMembers + 1];
    if (exp.owed.length === 0) continue;
    liable++;
    expected += owes;
    exp.byMonth.forEach((amount, i) => (expectedByMonth[i] = (expectedByMonth[i] ?? 0) + amount));
  }
  const paid = byMonth.reduce((a, b) => a + b, 0);
  return {
    liableMembers: liable,
    expectedFen: fen(expected),
    paidFen: fen(paid),
    collectionRate: rateOf(collected, expected),
    byMonthPaidFen: byMonth.map(fen),
    byMonthExpectedFen: expectedByMonth.map(fen),
    collectedFen: fen(collected),
    overpaidFen: fen(overpaid),
    overpaidMembers,
    catchUpFen: fen(catchUp),
    exemptMembers,
  };
}

function activityTotals(ledger: Ledger, year: number): Totals["activities"] {
  const byCategory: Record<string, CountCost> = { ...ZERO.activities.byCategory };
  const byMonth = twelve();
  const countByMonth = twelve();
  let count = 0,
    participants = 0,
    cost = 0;
  for (const { values: v } of ledger.activities.rows) {
    count++;
    participants += v.participants ?? 0;
    cost += v.cost ?? 0;
    const c = v.category !== undefined ? byCategory[v.category] : undefined;
    if (v.category !== undefined && c) {
      byCategory[v.category] = {
        count: c.count + 1,
        participants: c.participants + (v.participants ?? 0),
        costFen: fen(c.costFen + (v.cost ?? 0)),
      };
    }
    if (inYear(v.date, year)) {
      const m = monthOf(v.date) - 1;
      byMonth[m] = (byMonth[m] ?? 0) + (v.cost ?? 0);
      countByMonth[m] = (countByMonth[m] ?? 0) + 1;
    }
  }
  return {
    count,
    participants,
    costFen: fen(cost),
    byCategory,
    byMonthCostFen: byMonth.map(fen),
    byMonthCount: countByMonth,
  };
}

function condolenceTotals(ledger: Ledger, year: number): Totals["condolences"] {
  const byReason: Record<string, CountAmount> = { ...ZERO.condolences.byReason };
  const byForm: Record<string, CountAmount> = { ...ZERO.condolences.byForm };
  const byMonth = twelve();
  const people = new Set<string>();
  let count = 0,
    amount = 0;
  const bump = (map: Record<string, CountAmount>, key: string | undefined, add: number): void => {
    if (key === undefined) return;
    const cur = map[key] ?? { count: 0, amountFen: fen(0) };
    map[key] = { count: cur.count + 1, amountFen: fen(cur.amountFen + add) };
  };
  for (const { values: v } of ledger.condolences.rows) {
    const add = v.amount ?? 0;
    count++;
    amount += add;
    if (v.memberId !== undefined) people.add(v.memberId);
    if (v.reason !== undefined && v.reason in byReason) bump(byReason, v.reason, add);
    // Forms outside the list (购物卡…) are still money spent: they get their own key.
    bump(byForm, v.form, add);
    if (inYear(v.date, year)) byMonth[monthOf(v.date) - 1] = (byMonth[monthOf(v.date) - 1] ?? 0) + add;
  }
  return { count, people: people.size, amountFen: fen(amount), byReason, byForm, byMonthAmountFen: byMonth.map(fen) };
}
