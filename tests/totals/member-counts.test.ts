import { describe, expect, it } from "vitest";
import { totalsText } from "../../src/cli/output/totals-text.js";
import { memberParts } from "../../src/totals/member-parts.js";
import type { Totals } from "../../src/totals/totals.js";
import { analyzeData, cleanData } from "../helpers/ledger.js";

// cleanData()'s roster: M001, M002 在职; M003 退休 (2024-07-01).
type Data = ReturnType<typeof cleanData>;
const roster = (d: Data) => d.sheets["会员名册"] ?? [];

const sumOfParts = (m: Totals["members"]): number => memberParts(m).reduce((s, p) => s + p.count, 0);

describe("member counts add up: every 会籍状态 is counted", () => {
  it("counts two 失业保留会籍 members, and the parts add up to the whole", async () => {
    const d = cleanData();
    roster(d).push(
      { memberId: "U1", name: "赵一", joinDate: "2015-01-01", status: "失业保留会籍", statusDate: "2023-05-01" },
      { memberId: "U2", name: "钱二", joinDate: "2016-01-01", status: "失业保留会籍", statusDate: "2023-09-01" },
      { memberId: "X1", name: "孙三", joinDate: "2010-01-01", status: "已转出", statusDate: "2024-03-01" },
    );
    const m = (await analyzeData(d)).totals.members;
    expect(m.total).toBe(5);
    expect(m.byStatus).toEqual({ 在职: 2, 退休: 1, 离休: 0, 失业保留会籍: 2 });
    expect(m.statusMissing).toBe(0);
    expect(memberParts(m).map((p) => [p.part, p.count])).toEqual([
      ["active", 2],
      ["retired", 1],
      ["status", 2],
    ]);
    expect(sumOfParts(m)).toBe(m.total);
    expect(totalsText((await analyzeData(d)).totals, "zh-CN")).toContain(
      "年末会员 5人；在职 2；退休离休 1；失业保留会籍 2；本年入会 0；本年退会转出 1",
    );
  });

  it("counts a member whose 会籍状态 is empty apart, so nobody is left out", async () => {
    const d = cleanData();
    roster(d).push({ memberId: "N1", name: "周四", joinDate: "2015-01-01" });
    const t = (await analyzeData(d)).totals;
    expect([t.members.total, t.members.statusMissing]).toEqual([4, 1]);
    expect(sumOfParts(t.members)).toBe(4);
    expect(totalsText(t, "zh-CN")).toContain("未填会籍状态 1");
    expect(totalsText(t, "en")).toContain("no status 1");
  });

  it("names no other status when there is none (the line is as it was)", async () => {
    const t = (await analyzeData(cleanData())).totals;
    expect(memberParts(t.members).map((p) => p.part)).toEqual(["active", "retired"]);
    expect(sumOfParts(t.members)).toBe(t.members.total);
    expect(totalsText(t, "zh-CN")).toContain("年末会员 3人；在职 2；退休离休 1；本年入会 0；本年退会转出 0");
  });
});
