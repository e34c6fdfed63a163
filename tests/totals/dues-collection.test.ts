import { describe, expect, it } from "vitest";
import { totalsText } from "../../src/cli/output/totals-text.js";
import { messageOf } from "../../src/findings/messages/index.js";
import { rateOf } from "../../src/totals/totals.js";
import { analyzeData, cleanData, months, withCode } from "../helpers/ledger.js";

// cleanData() owes 271.80 (M001) + 360.00 (M002) + 150.00 (M003, retiring in July) = 781.80, all paid exactly.
type Data = ReturnType<typeof cleanData>;
const dues = (d: Data) => d.sheets["会费台账"] ?? [];

/** M001 pays 11 months of 12 (owes 22.65 more); M002 pays 390 for the 360 owed (30 over). */
function owesAndOverpays(): Data {
  const d = cleanData();
  dues(d)[0] = { memberId: "M001", name: "张三", wage: 4537.8, ...months(22.65, 11) };
  dues(d)[1] = { memberId: "M002", name: "李四", wage: 6000, m1: 390 };
  return d;
}

describe("collection rate: Σ min(paid, owed) per member, never netted", () => {
  it("one member over-pays while another owes: the rate stays below 100%, the over-payment is its own figure", async () => {
    const t = (await analyzeData(owesAndOverpays())).totals;
    expect(t.dues.expectedFen).toBe(78_180);
    expect(t.dues.paidFen).toBe(78_915); // more than owed in all: netted, this read 100%
    expect(t.dues.collectedFen).toBe(78_180 - 2_265);
    expect(t.dues.collectionRate).toBe(0.971); // 75,915 / 78,180 = 0.97102…
    expect(t.dues.overpaidFen).toBe(3_000);
    expect(t.dues.overpaidMembers).toBe(1);
    const text = totalsText(t, "zh-CN");
    expect(text).toContain("收缴率 97.1%");
    expect(text).toContain("多收 30.00 元（1人，应退还或抵缴下年）");
    expect(totalsText(t, "en")).toContain("paid over 30.00 元 (1 members: refund or credit to next year)");
  });

  it("names the over-paying member in a finding that says to refund or credit it; the one short is not told so", async () => {
    const a = await analyzeData(owesAndOverpays());
    const found = withCode(a, "dues_mismatch");
    const over = found.find((f) => f.params.memberId === "M002");
    const short = found.find((f) => f.params.memberId === "M001");
    expect(over && messageOf(over)).toContain("多缴部分应退还或抵缴下年");
    expect(over && messageOf(over)).toContain("相差 30元");
    expect(over && messageOf(over, "en")).toContain("refunded or credited to next year");
    expect(short && messageOf(short)).not.toContain("退还");
  });

  it("all paid exactly: 100%, nothing over", async () => {
    const t = (await analyzeData(cleanData())).totals;
    expect(t.dues.collectedFen).toBe(t.dues.expectedFen);
    expect(t.dues.collectionRate).toBe(1);
    expect([t.dues.overpaidFen, t.dues.overpaidMembers]).toEqual([0, 0]);
    const text = totalsText(t, "zh-CN");
    expect(text).toContain("收缴率 100%");
    expect(text).not.toContain("多收");
  });

  it("counts a payment by a member who owes nothing (retired all year) as over-paid", async () => {
    const d = cleanData();
    (d.sheets["会员名册"] ?? []).push({ memberId: "R1", name: "老张", joinDate: "1990-01-01", status: "退休" });
    dues(d).push({ memberId: "R1", name: "老张", wage: 5000, m3: 25 });
    const t = (await analyzeData(d)).totals;
    expect([t.dues.overpaidFen, t.dues.overpaidMembers]).toEqual([2_500, 1]);
    expect(t.dues.collectionRate).toBe(1);
  });

  it("does not call payments over-paid when what is owed is unknown (计缴工资 missing), and states no rate when nothing is owed", async () => {
    const d = cleanData();
    d.sheets["会费台账"] = dues(d).map((r) => ({ ...r, wage: undefined }));
    const t = (await analyzeData(d)).totals;
    expect(t.dues.expectedFen).toBe(0);
    expect([t.dues.collectedFen, t.dues.overpaidFen, t.dues.overpaidMembers]).toEqual([0, 0, 0]);
    for (const locale of ["zh-CN", "en"] as const) {
      const text = totalsText(t, locale);
      expect(text).not.toMatch(/\d%/);
      expect(text).toContain(locale === "en" ? "no dues owed" : "无应缴会费");
    }
  });

  it("divides integers, so a rate is never a hair under its value (57 of 100 is 0.57)", () => {
    expect(rateOf(57, 100)).toBe(0.57);
    expect(rateOf(69, 100)).toBe(0.69);
    expect(rateOf(2, 3)).toBe(0.6666);
    expect(rateOf(0, 0)).toBe(0);
  });
});
