import { describe, expect, it } from "vitest";
import type { Analysis } from "../../src/analysis/analyze.js";
import { analyzeBytes } from "../../src/analysis/analyze.js";
import { messageOf } from "../../src/findings/messages/index.js";
import { SUMMARY_ITEMS } from "../../src/layout/summary-items.js";
import { workbookBytes } from "../../src/template/generate.js";
import { figureAt } from "../../src/totals/paths.js";
import { analyzeData, cleanData, ledgerWorkbook } from "../helpers/ledger.js";
import { expectFindings, findingAt, SHEET } from "./support.js";

/**
 * The clean ledger as a spreadsheet would leave it after recalculating: the 汇总 value cell (column
 * C) of each item key given (hidden column E) keeps its formula and gets `result` as cached value.
 */
async function recalculated(
  results: Readonly<Record<string, number>>,
): Promise<{ a: Analysis; rowOf: (key: string) => number }> {
  const wb = await ledgerWorkbook(cleanData());
  const ws = wb.getWorksheet(SHEET.summary);
  if (!ws) throw new Error("no 汇总 sheet");
  const rows = new Map<string, number>();
  ws.eachRow((row, r) => {
    const key = row.getCell(5).value;
    if (typeof key === "string") rows.set(key, r);
  });
  const rowOf = (key: string): number => {
    const r = rows.get(key);
    if (r === undefined) throw new Error(`no 汇总 row for ${key}`);
    return r;
  };
  for (const [key, result] of Object.entries(results)) {
    const cell = ws.getCell(rowOf(key), 3);
    const v = cell.value;
    const formula = v !== null && typeof v === "object" && "formula" in v ? v.formula : undefined;
    if (!formula) throw new Error(`汇总 ${key} holds no formula`);
    cell.value = { formula, result };
  }
  const out = await analyzeBytes(await workbookBytes(wb));
  if (!out.ok) throw new Error(`input error ${out.error.code}`);
  return { a: out.value, rowOf };
}

describe("summary_mismatch", () => {
  it("accepts cached results that agree with the ledgers, for every item, including floating-point noise", async () => {
    // Every item at the program's own total, in 元 as a spreadsheet caches it…
    const own = (await analyzeData(cleanData())).totals;
    const results: Record<string, number> = Object.fromEntries(
      SUMMARY_ITEMS.map((i) => {
        const f = figureAt(own, i.key);
        if (f === undefined) throw new Error(`no total for ${i.key}`);
        return [i.key, f.money ? f.value / 100 : f.value];
      }),
    );
    // …and a few worked out by hand, as sums of doubles the way a spreadsheet adds them.
    Object.assign(results, {
      "activities.costFen": 1500,
      "activities.count": 1,
      "dues.paidFen": 271.8 + 360 + 150,
      "dues.byMonthPaidFen.0": 22.65 + 360 + 25,
      "condolences.amountFen": 1300,
      "condolences.byReason.生病住院.amountFen": 800,
      "activities.byCategory.春秋游.costFen": 0,
      "members.total": 3,
    });
    const { a } = await recalculated(results);
    expectFindings(a, []);
  });

  it("flags a cached money total one fen off or a wrong count, on the 汇总 value cell", async () => {
    const { a, rowOf } = await recalculated({
      "activities.costFen": 1600,
      "dues.paidFen": 781.79,
      "activities.count": 2,
      "condolences.amountFen": 1300, // right: not flagged
    });
    const cost = rowOf("activities.costFen");
    const paid = rowOf("dues.paidFen");
    const count = rowOf("activities.count");
    expectFindings(a, [
      `summary_mismatch ${SHEET.summary}!C${cost}`,
      `summary_mismatch ${SHEET.summary}!C${paid}`,
      `summary_mismatch ${SHEET.summary}!C${count}`,
    ]);

    const f = findingAt(a, "summary_mismatch", SHEET.summary, `C${cost}`);
    expect(f.params).toMatchObject({ label: "活动·活动费用", cached: "1600.00元", computed: "1500.00元" });
    expect(f.severity).toBe("warning");
    for (const part of ["活动·活动费用", "1600.00元", "1500.00元"]) expect(messageOf(f)).toContain(part);
    expect(findingAt(a, "summary_mismatch", SHEET.summary, `C${paid}`).params).toMatchObject({
      cached: "781.79元",
      computed: "781.80元",
    });
    const n = findingAt(a, "summary_mismatch", SHEET.summary, `C${count}`);
    expect(n.params).toMatchObject({ cached: "2", computed: "1" });
    expect(messageOf(n)).toContain("显示 2");
  });
});
