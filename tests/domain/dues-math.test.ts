import { describe, expect, it } from "vitest";
import { fen } from "../../src/money/fen.js";
import { monthlyDueFen } from "../../src/domain/dues-math.js";
import { profileById } from "../helpers/ledger.js";

// 工发〔1978〕101号: 0.5% of the monthly wage, the part under 10 元 not counted.
const dues = profileById("default").dues;

describe("monthlyDueFen", () => {
  it("uses the default profile's 0.5% and 10 元 truncation", () => {
    expect(dues).toEqual({ rate: 0.005, truncationYuan: 10 });
  });

  it("4,537.80元 → 4,530元 → 22.65元", () => {
    expect(monthlyDueFen(fen(453_780), dues)).toBe(2265);
  });

  it.each([
    [500_900, 2500, "5,009 → 5,000: the 9 元 tail is ignored"],
    [500_999, 2500, "5,009.99 → 5,000"],
    [501_000, 2505, "5,010 counts in full"],
    [500_000, 2500, "a round wage"],
    [499_999, 2495, "4,999.99 → 4,990"],
    [600_000, 3000, "6,000 → 30.00"],
    [1_000, 5, "10 元 → 0.05"],
    [999, 0, "9.99 元: all of it is tail"],
    [1, 0, "one fen"],
  ])("%i 分 → %i 分 (%s)", (wageFen, dueFen) => {
    expect(monthlyDueFen(fen(wageFen), dues)).toBe(dueFen);
  });

  it("is 0 for no wage or a negative one", () => {
    expect(monthlyDueFen(fen(0), dues)).toBe(0);
    expect(monthlyDueFen(fen(-453_780), dues)).toBe(0);
  });

  it("is an exact integer number of 分 for every wage (no floating-point drift)", () => {
    // Exact reference: ⌊wage / 1000分⌋ × 1000分 × 0.005 = ⌊wage / 1000⌋ × 5 分.
    const wrong: string[] = [];
    for (let wageFen = 0; wageFen <= 3_000_000; wageFen += 37) {
      const due = monthlyDueFen(fen(wageFen), dues);
      if (!Number.isInteger(due) || due !== Math.floor(wageFen / 1000) * 5) wrong.push(`${wageFen} 分 → ${due}`);
    }
    expect(wrong).toEqual([]);
  });

  it("rounds half up to the 分 for rates that do not divide evenly", () => {
    // 4,530 × 0.25% = 11.325 → 11.33; 4,530 × 0.3% = 13.59 exactly.
    expect(monthlyDueFen(fen(453_780), { rate: 0.0025, truncationYuan: 10 })).toBe(1133);
    expect(monthlyDueFen(fen(453_780), { rate: 0.003, truncationYuan: 10 })).toBe(1359);
    // Truncating at 1 元: 4,537 × 0.5% = 22.685 → 22.69.
    expect(monthlyDueFen(fen(453_780), { rate: 0.005, truncationYuan: 1 })).toBe(2269);
  });
});
