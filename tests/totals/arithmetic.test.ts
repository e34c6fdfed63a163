import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { LISTS } from "../../src/layout/lists.js";
import { fen, type Fen } from "../../src/money/fen.js";
import { addTotals, zeroTotals } from "../../src/totals/arithmetic.js";
import { ROLES, TOTALS, type CountAmount, type CountCost, type Totals } from "../../src/totals/totals.js";
import { analyzeData, cleanData } from "../helpers/ledger.js";

/** The hand-written zero and add the schema's replaced (rollup/sum-totals.ts before), as the reference. */
const twelve = (): number[] => Array.from({ length: 12 }, () => 0);
const addMonths = (a: readonly number[], b: readonly number[]): number[] =>
  twelve().map((_, i) => (a[i] ?? 0) + (b[i] ?? 0));
const addFenMonths = (a: readonly Fen[], b: readonly Fen[]): Fen[] => addMonths(a, b).map(fen);
const rate = (collected: number, expected: number): number =>
  expected === 0 ? 0 : Math.floor((collected * 10_000) / expected) / 10_000;
function merge<V extends object>(
  a: Readonly<Record<string, V>>,
  b: Readonly<Record<string, V>>,
  add: (x: V, y: V) => V,
): Record<string, V> {
  const out: Record<string, V> = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const cur = out[k];
    out[k] = cur ? add(cur, v) : v;
  }
  return out;
}
function addCounts(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): Record<string, number> {
  const out: Record<string, number> = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = (out[k] ?? 0) + v;
  return out;
}
const cc = (x: CountCost, y: CountCost): CountCost => ({
  count: x.count + y.count,
  participants: x.participants + y.participants,
  costFen: fen(x.costFen + y.costFen),
});
const ca = (x: CountAmount, y: CountAmount): CountAmount => ({
  count: x.count + y.count,
  amountFen: fen(x.amountFen + y.amountFen),
});
function handZero(unionName: string, fiscalYear: number): Totals {
  return {
    unionName,
    fiscalYear,
    members: {
      total: 0,
      active: 0,
      retired: 0,
      joinedThisYear: 0,
      leftThisYear: 0,
      byStatus: { 在职: 0, 退休: 0, 离休: 0, 失业保留会籍: 0 },
      statusMissing: 0,
      diedThisYear: 0,
    },
    dues: {
      liableMembers: 0,
      expectedFen: fen(0),
      paidFen: fen(0),
      collectionRate: 0,
      byMonthPaidFen: twelve().map(fen),
      byMonthExpectedFen: twelve().map(fen),
      collectedFen: fen(0),
      overpaidFen: fen(0),
      overpaidMembers: 0,
      catchUpFen: fen(0),
      exemptMembers: 0,
    },
    activities: {
      count: 0,
      participants: 0,
      costFen: fen(0),
      byCategory: Object.fromEntries(
        LISTS.activityCategory.map((c) => [c, { count: 0, participants: 0, costFen: fen(0) }]),
      ),
      byMonthCostFen: twelve().map(fen),
      byMonthCount: twelve(),
    },
    condolences: {
      count: 0,
      people: 0,
      amountFen: fen(0),
      byReason: Object.fromEntries(LISTS.condolenceReason.map((r) => [r, { count: 0, amountFen: fen(0) }])),
      byForm: Object.fromEntries(LISTS.condolenceForm.map((f) => [f, { count: 0, amountFen: fen(0) }])),
      byMonthAmountFen: twelve().map(fen),
    },
  };
}
function handAdd(a: Totals, b: Totals): Totals {
  const paid = a.dues.paidFen + b.dues.paidFen,
    expected = a.dues.expectedFen + b.dues.expectedFen,
    collected = a.dues.collectedFen + b.dues.collectedFen;
  const m = (k: Exclude<keyof Totals["members"], "byStatus">): number => a.members[k] + b.members[k];
  return {
    unionName: a.unionName,
    fiscalYear: a.fiscalYear,
    members: {
      total: m("total"),
      active: m("active"),
      retired: m("retired"),
      joinedThisYear: m("joinedThisYear"),
      leftThisYear: m("leftThisYear"),
      byStatus: addCounts(a.members.byStatus, b.members.byStatus),
      statusMissing: m("statusMissing"),
      diedThisYear: m("diedThisYear"),
    },
    dues: {
      liableMembers: a.dues.liableMembers + b.dues.liableMembers,
      expectedFen: fen(expected),
      paidFen: fen(paid),
      collectionRate: rate(collected, expected),
      byMonthPaidFen: addFenMonths(a.dues.byMonthPaidFen, b.dues.byMonthPaidFen),
      byMonthExpectedFen: addFenMonths(a.dues.byMonthExpectedFen, b.dues.byMonthExpectedFen),
      collectedFen: fen(collected),
      overpaidFen: fen(a.dues.overpaidFen + b.dues.overpaidFen),
      overpaidMembers: a.dues.overpaidMembers + b.dues.overpaidMembers,
      catchUpFen: fen(a.dues.catchUpFen + b.dues.catchUpFen),
      exemptMembers: a.dues.exemptMembers + b.dues.exemptMembers,
    },
    activities: {
      count: a.activities.count + b.activities.count,
      participants: a.activities.participants + b.activities.participants,
      costFen: fen(a.activities.costFen + b.activities.costFen),
      byCategory: merge(a.activities.byCategory, b.activities.byCategory, cc),
      byMonthCostFen: addFenMonths(a.activities.byMonthCostFen, b.activities.byMonthCostFen),
      byMonthCount: addMonths(a.activities.byMonthCount, b.activities.byMonthCount),
    },
    condolences: {
      count: a.condolences.count + b.condolences.count,
      people: a.condolences.people + b.condolences.people,
      amountFen: fen(a.condolences.amountFen + b.condolences.amountFen),
      byReason: merge(a.condolences.byReason, b.condolences.byReason, ca),
      byForm: merge(a.condolences.byForm, b.condolences.byForm, ca),
      byMonthAmountFen: addFenMonths(a.condolences.byMonthAmountFen, b.condolences.byMonthAmountFen),
    },
  };
}

/** Deterministic pseudo-random totals: every number filled, some odd keys in the records. */
function randomTotals(seed: number, name: string): Totals {
  let s = seed;
  const next = (max: number): number => ((s = (s * 1_103_515_245 + 12_345) % 2 ** 31), s % max);
  const fill = (schema: z.core.$ZodType): unknown => {
    const role = ROLES.get(schema)?.role;
    if (role === "money" || role === "count") return next(1_000_000);
    if (role === "rate") return next(10_000) / 10_000;
    if (schema instanceof z.core.$ZodArray) return Array.from({ length: 12 }, () => fill(schema._zod.def.element));
    if (schema instanceof z.core.$ZodRecord) {
      const role = ROLES.get(schema);
      const listed = role?.role === "byKey" ? role.keys : [];
      const keys = [...listed.filter(() => next(3) > 0), ...(next(2) ? ["购物卡"] : []), `k${next(4)}`];
      return Object.fromEntries(keys.map((k) => [k, fill(schema._zod.def.valueType)]));
    }
    if (schema instanceof z.core.$ZodObject)
      return Object.fromEntries(Object.entries(schema._zod.def.shape).map(([k, v]) => [k, fill(v)]));
    return undefined;
  };
  return { ...(fill(TOTALS) as Totals), unionName: name, fiscalYear: 2024 };
}

describe("zero and add derived from the schema", () => {
  it("zero is the hand-written zero, key for key, and a valid Totals", () => {
    expect(JSON.stringify(zeroTotals("区总工会", 2024))).toBe(JSON.stringify(handZero("区总工会", 2024)));
    expect(TOTALS.safeParse(zeroTotals("x", 2024)).success).toBe(true);
  });

  it("add gives byte for byte what the hand-written add gave", async () => {
    const real = (await analyzeData(cleanData())).totals;
    const samples = [
      real,
      zeroTotals("z", 2024),
      ...Array.from({ length: 20 }, (_, i) => randomTotals(i + 1, `u${i}`)),
    ];
    for (const a of samples)
      for (const b of samples) expect(JSON.stringify(addTotals(a, b))).toBe(JSON.stringify(handAdd(a, b)));
  });

  it("zero is neutral, and a sum is named after its first operand", async () => {
    const t = (await analyzeData(cleanData())).totals;
    expect(addTotals(zeroTotals(t.unionName, t.fiscalYear), t)).toEqual(t);
    expect(addTotals(zeroTotals("上级", 2023), t).unionName).toBe("上级");
  });

  it("every rate names two sibling numbers it is recomputed from", () => {
    const check = (schema: z.core.$ZodType): void => {
      if (schema instanceof z.core.$ZodObject) {
        const shape = schema._zod.def.shape;
        for (const field of Object.values(shape)) {
          const role = ROLES.get(field);
          if (role?.role === "rate")
            for (const part of [role.of, role.to])
              expect(["money", "count"]).toContain(ROLES.get(shape[part] as z.core.$ZodType)?.role);
          check(field);
        }
      }
    };
    check(TOTALS);
  });
});
