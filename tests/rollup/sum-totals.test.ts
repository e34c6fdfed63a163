import { describe, expect, it } from "vitest";
import { fen } from "../../src/money/fen.js";
import { sumTotals } from "../../src/rollup/sum-totals.js";
import { addTotals, zeroTotals } from "../../src/totals/arithmetic.js";
import { rateOf as collectionRate, type Totals } from "../../src/totals/totals.js";
import { analyzeData, cleanData } from "../helpers/ledger.js";

describe("sumTotals", () => {
  it("adds two real units field by field in integer 分 and recomputes the rate", async () => {
    const a = (await analyzeData(cleanData())).totals;
    const sum = sumTotals([a, a], "区总工会", 2024);
    expect(sum.unionName).toBe("区总工会");
    expect(sum.fiscalYear).toBe(2024);
    expect(sum.members.total).toBe(2 * a.members.total);
    expect(sum.dues.paidFen).toBe(2 * a.dues.paidFen);
    expect(sum.dues.byMonthPaidFen).toEqual(a.dues.byMonthPaidFen.map((v) => 2 * v));
    expect(sum.activities.byCategory["文体活动"]).toEqual({ count: 2, participants: 100, costFen: 300_000 });
    expect(sum.condolences.byReason["生病住院"]).toEqual({ count: 2, amountFen: 160_000 });
    // Distinct people per unit, summed across units.
    expect(sum.condolences.people).toBe(2 * a.condolences.people);
    expect(sum.dues.collectionRate).toBe(a.dues.collectionRate);
    for (const v of [sum.dues.paidFen, sum.activities.costFen, sum.condolences.amountFen])
      expect(Number.isSafeInteger(v)).toBe(true);
  });

  it("is the unit itself when summed alone under its own name (zero is neutral)", async () => {
    const a = (await analyzeData(cleanData())).totals;
    expect(sumTotals([a], a.unionName, a.fiscalYear)).toEqual(a);
  });

  it("floors the recomputed collection rate to 4 decimals (never rounds up to 100%)", () => {
    expect(collectionRate(99_996, 100_000)).toBe(0.9999);
    expect(collectionRate(0, 0)).toBe(0);
    const t = (paid: number, expected: number): Totals => {
      const z = zeroTotals("x", 2024);
      return {
        ...z,
        dues: {
          ...z.dues,
          paidFen: fen(paid),
          collectedFen: fen(paid),
          expectedFen: fen(expected),
          collectionRate: collectionRate(paid, expected),
        },
      };
    };
    // 1/3 and 2/3 each floor down; the sum 3/6 is exactly one half, not 0.3333 + 0.6666.
    expect(addTotals(t(1, 3), t(2, 3)).dues.collectionRate).toBe(0.5);
  });

  it("keeps condolence forms outside the list (购物卡) under their own key", () => {
    const z = zeroTotals("x", 2024);
    const card: Totals = {
      ...z,
      condolences: {
        ...z.condolences,
        byForm: { ...z.condolences.byForm, 购物卡: { count: 2, amountFen: fen(40_000) } },
      },
    };
    const sum = sumTotals([card, card], "y", 2024);
    expect(sum.condolences.byForm["购物卡"]).toEqual({ count: 4, amountFen: 80_000 });
    expect(sum.condolences.byForm["现金"]).toEqual({ count: 0, amountFen: 0 });
  });
});
