import { describe, expect, it } from "vitest";
import { SUMMARY_ITEMS } from "../../src/layout/summary-items.js";
import { fen } from "../../src/money/fen.js";
import { zeroTotals } from "../../src/totals/arithmetic.js";
import {
  byKeyAt,
  figureAt,
  monthsAt,
  totalAt,
  type ByKeyPath,
  type CountPath,
  type MoneyPath,
  type MonthsPath,
  type TotalPath,
} from "../../src/totals/paths.js";
import type { Totals } from "../../src/totals/totals.js";
import { analyzeData, cleanData } from "../helpers/ledger.js";

/** The compiler's view: each of these lines type-checks, or is expected not to (tsc runs over tests/). */
const money = (p: MoneyPath): MoneyPath => p;
const count = (p: CountPath): CountPath => p;
const total = (p: TotalPath): TotalPath => p;
export const typeChecks = [
  money("dues.paidFen"),
  money("dues.byMonthPaidFen.3"),
  money("activities.byCategory.春秋游.costFen"),
  money("condolences.byForm.购物卡.amountFen"),
  count("activities.count"),
  count("dues.collectionRate"),
  count("fiscalYear"),
  count("activities.byMonthCount.11"),
  count("activities.byCategory.会议.participants"),
  // @ts-expect-error a count is not money
  money("activities.count"),
  // @ts-expect-error money is not a count
  count("dues.paidFen"),
  // @ts-expect-error a field Totals does not have
  total("dues.paid"),
  // @ts-expect-error a text, not a number
  total("unionName"),
  // @ts-expect-error a whole group is not a number
  total("activities"),
  // @ts-expect-error a category's fields only
  total("activities.byCategory.春秋游.amountFen"),
];
export const groups = {
  months: ["dues.byMonthPaidFen", "activities.byMonthCount"] satisfies MonthsPath[],
  byKey: ["condolences.byForm"] satisfies ByKeyPath[],
};

describe("typed paths into Totals", () => {
  it("reads numbers by path, through records and month indexes", async () => {
    const t = (await analyzeData(cleanData())).totals;
    expect(totalAt(t, "dues.paidFen")).toBe(t.dues.paidFen);
    expect(totalAt(t, "dues.byMonthPaidFen.0")).toBe(t.dues.byMonthPaidFen[0]);
    expect(totalAt(t, "activities.byCategory.文体活动.costFen")).toBe(150_000);
    expect(totalAt(t, "fiscalYear")).toBe(2024);
    expect(totalAt(t, "dues.byMonthPaidFen.12")).toBeUndefined();
    expect(totalAt(t, "activities.byCategory.没有这类.count")).toBeUndefined();
    expect(totalAt(t, "activities.byCategory.toString.count")).toBeUndefined();
  });

  it("knows money by the schema, not by the name", async () => {
    const t = (await analyzeData(cleanData())).totals;
    expect(figureAt(t, "dues.paidFen")).toEqual({ value: t.dues.paidFen, money: true });
    expect(figureAt(t, "dues.byMonthExpectedFen.5")?.money).toBe(true);
    expect(figureAt(t, "condolences.byReason.生病住院.amountFen")?.money).toBe(true);
    for (const p of ["dues.collectionRate", "activities.byMonthCount.3", "condolences.people", "fiscalYear"])
      expect(figureAt(t, p)?.money, p).toBe(false);
    for (const p of ["unionName", "dues", "dues.paidFen.0", "dues.x", "", "activities.byCategory"])
      expect(figureAt(t, p), p).toBeUndefined();
    expect(monthsAt(t, "activities.byMonthCostFen").money).toBe(true);
    expect(monthsAt(t, "activities.byMonthCount")).toEqual({ values: t.activities.byMonthCount, money: false });
  });

  it("resolves a record key that holds dots (a 慰问形式 a clerk typed)", () => {
    const z = zeroTotals("x", 2024);
    const t: Totals = {
      ...z,
      condolences: {
        ...z.condolences,
        byForm: { ...z.condolences.byForm, "卡.券": { count: 2, amountFen: fen(300) } },
      },
    };
    expect(figureAt(t, "condolences.byForm.卡.券.amountFen")).toEqual({ value: 300, money: true });
    expect(byKeyAt(t, "condolences.byForm").at(-1)).toEqual([
      "卡.券",
      { count: { value: 2, money: false }, amountFen: { value: 300, money: true } },
    ]);
  });

  it("names a figure for every 汇总 item, money exactly where the item is in 元", async () => {
    const t = (await analyzeData(cleanData())).totals;
    for (const item of SUMMARY_ITEMS) expect(figureAt(t, item.key)?.money, item.key).toBe(item.unit === "元");
  });
});
