import { describe, expect, it } from "vitest";
import { fen, type Fen } from "../../src/money/fen.js";
import { leastWageForDue } from "../../src/domain/dues-math.js";
import { inferWageChange } from "../../src/domain/wage-change.js";
import { profileById } from "../helpers/ledger.js";

const dues = profileById("default").dues; // 0.5%, 10 元
const ALL = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
/** Twelve months of payments from 元 amounts (missing months are 0). */
const paid = (...yuan: number[]): Fen[] => ALL.map((m) => fen(Math.round((yuan[m - 1] ?? 0) * 100)));
const runs = (a: number, n: number, b: number): Fen[] => paid(...Array.from({ length: 12 }, (_, i) => (i < n ? a : b)));

describe("leastWageForDue", () => {
  it.each([
    [2900, 580_000, "29.00 → 5,800元 (5,800–5,809.99 all give 29.00)"],
    [2265, 453_000, "22.65 → 4,530元"],
    [5, 1_000, "0.05 → 10元"],
  ])("%i 分 → %i 分 (%s)", (due, wage) => {
    expect(leastWageForDue(fen(due), dues)).toBe(wage);
  });

  it("is undefined for an amount no wage gives, and for nothing", () => {
    expect(leastWageForDue(fen(2903), dues)).toBeUndefined();
    expect(leastWageForDue(fen(1), dues)).toBeUndefined();
    expect(leastWageForDue(fen(0), dues)).toBeUndefined();
  });

  it("agrees with monthlyDueFen at another rate and step", () => {
    const other = { rate: 0.01, truncationYuan: 1 };
    expect(leastWageForDue(fen(4537), other)).toBe(453_700);
  });
});

describe("inferWageChange", () => {
  it("29.00 × 6 then 32.00 × 6 with the recorded wage giving 32.00: 调资 from July, the earlier wage inferred", () => {
    expect(inferWageChange(runs(29, 6, 32), ALL, fen(640_000), dues)).toEqual({
      firstMonth: 1,
      lastMonth: 12,
      fromMonth: 7,
      dueBeforeFen: 2900,
      dueAfterFen: 3200,
      recorded: "after",
      inferredWageFen: 580_000,
    });
  });

  it("the recorded wage may be the earlier one (filled in January, never updated)", () => {
    expect(inferWageChange(runs(29, 6, 32), ALL, fen(580_500), dues)).toMatchObject({
      recorded: "before",
      inferredWageFen: 640_000,
    });
  });

  it("reads the runs within the owed months of a joiner", () => {
    const owed = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    const p = paid(0, 0, 29, 29, 29, 32, 32, 32, 32, 32, 32, 32);
    const change = inferWageChange(p, owed, fen(640_000), dues);
    expect(change).toMatchObject({ firstMonth: 3, fromMonth: 6, lastMonth: 12 });
  });

  it.each([
    ["amounts that vary month by month", paid(28, 31, 29, 35, 32, 32, 32, 32, 32, 32, 32, 32)],
    ["a run no wage gives (29.03)", runs(29.03, 6, 32)],
    ["three runs", paid(29, 29, 29, 29, 30, 30, 30, 30, 32, 32, 32, 32)],
    ["one month at another amount", runs(29, 1, 32)],
    ["the last month at another amount", runs(32, 11, 29)],
    ["a month unpaid", paid(29, 29, 29, 29, 29, 0, 32, 32, 32, 32, 32, 32)],
    ["a lump sum", paid(384)],
    ["the same amount all year", runs(29, 6, 29)],
  ])("none for %s", (_, p) => {
    expect(inferWageChange(p, ALL, fen(640_000), dues)).toBeUndefined();
  });

  it("none when the recorded wage gives neither amount, or there is none", () => {
    expect(inferWageChange(runs(29, 6, 31), ALL, fen(640_000), dues)).toBeUndefined();
    expect(inferWageChange(runs(29, 6, 32), ALL, undefined, dues)).toBeUndefined();
  });

  it("none when something is paid in a month not owed", () => {
    const owed = [1, 2, 3, 4, 5, 6, 7, 8];
    expect(inferWageChange(runs(29, 4, 32), owed, fen(640_000), dues)).toBeUndefined();
  });
});
