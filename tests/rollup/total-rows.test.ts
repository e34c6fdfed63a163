/**
 * A unit whose clerk added 合计 rows (issue 12, item 1) rolls up to its true sums: the roll-up reads
 * unit workbooks through the same reader, so the total rows are in no total and are listed once each.
 */
import { describe, expect, it } from "vitest";
import { consolidate } from "../../src/rollup/consolidate.js";
import { ingestBytes } from "../../src/rollup/ingest.js";
import type { UnitRecord } from "../../src/rollup/unit.js";
import { cleanData, ledgerBytes } from "../helpers/ledger.js";
import { append, SHEET } from "../rules/support.js";

async function unitOf(name: string, bytes: Uint8Array): Promise<UnitRecord> {
  const [r] = await ingestBytes(bytes, name, 0);
  if (r?.kind !== "unit") throw new Error(`${name} is not a unit`);
  return r;
}

describe("roll-up of a unit with 合计 rows", () => {
  it("gives the unit's true sums, and the total rows only as warnings", async () => {
    const plain = cleanData();
    plain.info["unionName"] = "甲工会";
    const withTotals = cleanData();
    withTotals.info["unionName"] = "乙工会";
    // Activities: 1500 in row 3; condolences: 500 + 800 in rows 3–4.
    append(
      withTotals,
      SHEET.activities,
      {},
      {
        name: "合计",
        participants: { formula: "SUM(H3:H3)", result: 50 },
        cost: { formula: "SUM(I3:I3)", result: 1500 },
      },
    );
    append(withTotals, SHEET.condolences, { seq: "小计", amount: { formula: "SUBTOTAL(9,I3:I4)", result: 1300 } });
    const a = await unitOf("a.xlsx", await ledgerBytes(plain));
    const b = await unitOf("b.xlsx", await ledgerBytes(withTotals));

    expect({ ...b.totals, unionName: "" }).toEqual({ ...a.totals, unionName: "" });
    expect(b.findings.map((f) => `${f.code} ${f.sheet}!${f.cell}`)).toEqual([
      `total_row ${SHEET.activities}!C5`,
      `total_row ${SHEET.condolences}!A5`,
    ]);
    expect(b).toMatchObject({ errors: 0, warnings: 2 });

    const r = consolidate([a, b], [], { name: "区总工会", allowMixedYears: false });
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.total.activities.costFen).toBe(2 * 150_000);
    expect(r.value.total.condolences.amountFen).toBe(2 * 130_000);
    expect(r.value.total.activities.byCategory["文体活动"]?.costFen).toBe(2 * 150_000);
  });
});
