import { describe, expect, it } from "vitest";
import { zeroTotals } from "../../src/totals/arithmetic.js";
import { parseTotals } from "../../src/totals/parse.js";
import { analyzeData, cleanData } from "../helpers/ledger.js";

type Json = { [key: string]: unknown };

/** The JSON of computed totals with the value at a dotted path set (or deleted, for undefined). */
async function edited(path: string, value: unknown): Promise<unknown> {
  const json = JSON.parse(JSON.stringify((await analyzeData(cleanData())).totals)) as Json;
  const parts = path.split(".");
  const last = parts.pop() ?? "";
  let node = json;
  for (const p of parts) node = node[p] as Json;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return json;
}

describe("parseTotals (the roll-up reading `_rollup` back)", () => {
  it("gives back computed totals exactly, in the same key order", async () => {
    const t = (await analyzeData(cleanData())).totals;
    const parsed = parseTotals(JSON.parse(JSON.stringify(t)));
    expect(parsed.ok && JSON.stringify(parsed.value)).toBe(JSON.stringify(t));
    const zero = parseTotals(JSON.parse(JSON.stringify(zeroTotals("x", 2024))));
    expect(zero.ok && zero.value).toEqual(zeroTotals("x", 2024));
  });

  it("keeps a form outside the list (购物卡) under its own key", async () => {
    const parsed = parseTotals(await edited("condolences.byForm.购物卡", { count: 1, amountFen: 100 }));
    expect(parsed.ok && parsed.value.condolences.byForm["购物卡"]).toEqual({ count: 1, amountFen: 100 });
  });

  it("recomputes the collection rate rather than trusting it, and reads a missing or odd one the same way", async () => {
    const base = (await analyzeData(cleanData())).totals.dues.collectionRate;
    for (const rate of [0.1, "x", undefined, null]) {
      const parsed = parseTotals(await edited("dues.collectionRate", rate));
      expect(parsed.ok && parsed.value.dues.collectionRate).toBe(base);
    }
  });

  it("drops fields the schema does not know", async () => {
    const parsed = parseTotals(await edited("members.extra", 1));
    expect(parsed.ok && "extra" in parsed.value.members).toBe(false);
  });

  it("returns a coded failure naming the first wrong part, never throws", async () => {
    const cases: [string, unknown][] = [
      ["members.total", -1],
      ["dues.paidFen", 1.5],
      ["dues.paidFen", "100"],
      ["dues.expectedFen", 2 ** 60],
      ["dues.byMonthPaidFen", [1, 2, 3]],
      ["activities.byMonthCount.4", null],
      ["activities.byCategory.文体活动.costFen", -5],
      ["condolences.byReason", undefined],
      ["unionName", 3],
    ];
    for (const [at, value] of cases)
      expect(parseTotals(await edited(at, value)), at).toEqual({
        ok: false,
        error: { code: "totals_invalid", params: { at } },
      });
    for (const json of [undefined, null, 3, "{}", [], {}]) expect(parseTotals(json).ok).toBe(false);
    expect(parseTotals(undefined)).toEqual({ ok: false, error: { code: "totals_invalid", params: { at: "" } } });
  });
});
