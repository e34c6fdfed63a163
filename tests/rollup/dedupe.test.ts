import { describe, expect, it } from "vitest";
import { dedupe } from "../../src/rollup/dedupe.js";
import { fakeUnit } from "./units.js";

describe("duplicates", () => {
  it("uses the later 填报日期 even when the other file is newer on disk", () => {
    const early = fakeUnit("a.xlsx", "甲厂工会", { filedOn: "2025-01-05", mtimeMs: 2000 });
    const late = fakeUnit("b.xlsx", "甲厂工会", { filedOn: "2025-01-10", mtimeMs: 1000 });
    for (const order of [
      [early, late],
      [late, early],
    ]) {
      const r = dedupe(order);
      expect(r.used).toEqual([late]);
      expect(r.duplicates).toEqual([{ file: "a.xlsx", unionName: "甲厂工会", fiscalYear: 2024, keptFile: "b.xlsx" }]);
    }
  });

  it("falls back to the later file time when 填报日期 is the same or missing", () => {
    const older = fakeUnit("a.xlsx", "甲厂工会", { mtimeMs: 1000 });
    const newer = fakeUnit("b.xlsx", "甲厂工会", { mtimeMs: 2000 });
    expect(dedupe([newer, older]).used).toEqual([newer]);
    const withDate = fakeUnit("c.xlsx", "甲厂工会", { filedOn: "2025-01-01", mtimeMs: 0 });
    expect(dedupe([newer, withDate]).used).toEqual([withDate]);
  });

  it("treats the same union in different years, and nameless units, as distinct", () => {
    const units = [
      fakeUnit("a.xlsx", "甲厂工会", { year: 2023 }),
      fakeUnit("b.xlsx", "甲厂工会", { year: 2024 }),
      fakeUnit("c.xlsx", ""),
      fakeUnit("d.xlsx", ""),
    ];
    const r = dedupe(units);
    expect(r.used).toHaveLength(4);
    expect(r.duplicates).toEqual([]);
  });
});
