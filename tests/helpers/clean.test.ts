import { describe, expect, it } from "vitest";
import { analyzeData, cleanData } from "./ledger.js";

describe("the clean fixture", () => {
  it("has no findings at all, so each rule test isolates one change", async () => {
    const a = await analyzeData(cleanData());
    expect(a.findings.map((f) => `${f.code} ${f.sheet} ${f.cell ?? ""}`)).toEqual([]);
    expect(a.totals.dues.expectedFen).toBe(2265 * 12 + 3000 * 12 + 2500 * 6);
    expect(a.totals.dues.paidFen).toBe(a.totals.dues.expectedFen);
  });
});
