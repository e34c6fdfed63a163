import { describe, expect, it } from "vitest";
import type { Table } from "../../src/report/model.js";
import { analyzeData, cleanData, months } from "../helpers/ledger.js";
import { paragraphs, plain, reportOf, sectionText } from "../helpers/report.js";

// cleanData() owes 271.80 (M001) + 360.00 (M002) + 150.00 (M003, retiring in July) = 781.80, all paid exactly.
type Data = ReturnType<typeof cleanData>;
const dues = (d: Data) => d.sheets["会费台账"] ?? [];
const prose = async (d: Data): Promise<string> =>
  paragraphs(reportOf(await analyzeData(d)))
    .map(plain)
    .join("\n");
const mainTable = (r: ReturnType<typeof reportOf>): Table | undefined =>
  r.appendices
    .find((s) => s.id === "appendix-totals")
    ?.blocks.find((b): b is Table => b.kind === "table" && b.caption === "主要数据");

describe("what the report claims about dues", () => {
  it("with arrears and over-collection, states both and never claims 应收尽收", async () => {
    const d = cleanData();
    dues(d)[0] = { memberId: "M001", name: "张三", wage: 4537.8, ...months(22.65, 11) }; // 22.65 short
    dues(d)[1] = { memberId: "M002", name: "李四", wage: 6000, m1: 390 }; // 30 over
    const r = reportOf(await analyzeData(d));
    const org = sectionText(r, "organization");
    expect(org).toContain("应缴781.80元，实缴789.15元，会费收缴率97.1%。另有1名会员多缴会费30元，应退还或抵缴下年。");
    expect(sectionText(r, "weaknesses")).toContain("会费收缴还不到位，收缴率为97.1%，尚有22.65元未收缴到位。");
    const text = paragraphs(r).map(plain).join("\n");
    expect(text).not.toMatch(/应收尽收。|足额收缴|100%/);
    const rows = mainTable(r)?.rows ?? [];
    expect(rows).toContainEqual(["会费收缴率", "97.1%", ""]);
    expect(rows).toContainEqual(["会费多收（应退还或抵缴下年）", "30.00", "元"]);
  });

  it("with every member paid exactly, claims 应收尽收 and says nothing of over-payment", async () => {
    const text = await prose(cleanData());
    expect(text).toContain("会费收缴率100%，会费做到了应收尽收。");
    expect(text).not.toContain("多缴");
  });

  it("with over-payment only, nobody owes: 应收尽收, and the over-payment said apart", async () => {
    const d = cleanData();
    dues(d)[1] = { memberId: "M002", name: "李四", wage: 6000, m1: 390 };
    const org = sectionText(reportOf(await analyzeData(d)), "organization");
    expect(org).toContain("会费收缴率100%，会费做到了应收尽收。另有1名会员多缴会费30元，应退还或抵缴下年。");
  });

  it("names every status the members are in, so the parts add up (two 失业保留会籍 members)", async () => {
    const d = cleanData();
    (d.sheets["会员名册"] ?? []).push(
      { memberId: "U1", name: "赵一", joinDate: "2015-01-01", status: "失业保留会籍", statusDate: "2023-05-01" },
      { memberId: "U2", name: "钱二", joinDate: "2016-01-01", status: "失业保留会籍", statusDate: "2023-09-01" },
    );
    const r = reportOf(await analyzeData(d));
    expect(sectionText(r, "organization")).toContain(
      "本会共有会员5人，其中在职会员2人、退休（离休）会员1人、失业保留会籍会员2人。",
    );
    expect(mainTable(r)?.rows).toContainEqual(["其中：失业保留会籍", "2", "人"]);
  });

  it("does not name statuses nobody is in", async () => {
    const r = reportOf(await analyzeData(cleanData()));
    expect(sectionText(r, "organization")).toContain("本会共有会员3人，其中在职会员2人、退休（离休）会员1人。");
    expect(mainTable(r)?.rows.map((row) => row[0])).not.toContain("其中：失业保留会籍");
  });

  it("writes no 0.0% when nothing is owed: says so", async () => {
    const d = cleanData();
    d.sheets["会费台账"] = dues(d).map((row) => ({ ...row, wage: undefined }));
    const r = reportOf(await analyzeData(d));
    expect(paragraphs(r).map(plain).join("\n")).not.toMatch(/0\.0%|收缴率/);
    expect(mainTable(r)?.rows).toContainEqual(["会费收缴率", "无应缴会费", ""]);
  });
});
