import { describe, expect, it } from "vitest";
import { chartSpecs, type ChartSpec } from "../../src/charts/spec.js";
import { buildRollupReport } from "../../src/narrative/rollup-report.js";
import type { Report } from "../../src/report/model.js";
import type { Rollup } from "../../src/rollup/consolidate.js";
import { handTotals } from "../charts/fixtures.js";
import { analyzeData, cleanData } from "../helpers/ledger.js";
import { reportOf, TEST_SOURCE } from "../helpers/report.js";

// Every chart declares the report section it sits in (charts/spec.ts); the reports place charts by
// that field alone. These check that each declared section is one the reports have, and that each
// chart lands there and nowhere else.

/** Where each chart of a report is: its id → the ids of the sections holding it. */
const placed = (r: Report): Record<string, string[]> => {
  const out: Record<string, string[]> = {};
  for (const s of [...r.sections, ...r.appendices])
    for (const b of s.blocks) if (b.kind === "chart") (out[b.chart.id] ??= []).push(s.id);
  return out;
};
const declared = (charts: readonly ChartSpec[]): Record<string, string[]> =>
  Object.fromEntries(charts.map((c) => [c.id, [c.section]]));

describe("charts in report sections", () => {
  it("a unit's summary shows each of its four charts once, in the section the chart names", async () => {
    const a = await analyzeData(cleanData());
    const charts = chartSpecs(a.totals);
    expect(charts.map((c) => c.id)).toEqual([
      "activities-by-category",
      "spending-by-month",
      "condolences-by-reason",
      "dues-by-month",
    ]);
    const r = reportOf(a);
    expect(placed(r)).toEqual(declared(charts));
    const ids = r.sections.map((s) => s.id);
    for (const c of charts) expect(ids).toContain(c.section);
  });

  it("a roll-up report places them by the same field", () => {
    const total = handTotals();
    const rollup: Rollup = {
      name: "测试区总工会",
      fiscalYear: 2024,
      used: [],
      dropped: [],
      duplicates: [],
      unreadable: [],
      missing: [],
      total,
    };
    const charts = chartSpecs(total);
    expect(charts).toHaveLength(4);
    expect(placed(buildRollupReport(rollup, TEST_SOURCE))).toEqual(declared(charts));
  });

  it("leaves a chart out with its section when the section has no data", () => {
    const t = handTotals();
    const total = { ...t, activities: { ...t.activities, count: 0 } };
    const rollup: Rollup = {
      name: "测试区总工会",
      fiscalYear: 2024,
      used: [],
      dropped: [],
      duplicates: [],
      unreadable: [],
      missing: [],
      total,
    };
    const where = placed(buildRollupReport(rollup, TEST_SOURCE));
    expect(where["spending-by-month"]).toBeUndefined();
    expect(where["dues-by-month"]).toEqual(["organization"]);
  });

  it("declares a role: the monthly charts have the twelve months, and the pane's is the spending one", () => {
    const charts = chartSpecs(handTotals());
    expect(charts.map((c) => [c.id, c.role])).toEqual([
      ["activities-by-category", "breakdown"],
      ["spending-by-month", "monthly"],
      ["condolences-by-reason", "breakdown"],
      ["dues-by-month", "monthly"],
    ]);
    for (const c of charts) if (c.role === "monthly") expect(c.categories).toHaveLength(12);
    expect(charts.find((c) => c.role === "monthly")?.id).toBe("spending-by-month");
  });
});
