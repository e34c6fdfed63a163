import { describe, expect, it } from "vitest";
import { analyzeData, cleanData } from "../helpers/ledger.js";
import { reportOf, sectionText } from "../helpers/report.js";
import { activity, append, SHEET } from "../rules/support.js";

// Issue 12 item 7: the report counts breaches of the standard from the findings, so a remark that
// only shares the letters of 请客 must not become a breach in 四、经费管理.
describe("the report's breaches and forbidden words", () => {
  it("counts no breach for 请客服中心派员协助调试音响", async () => {
    const d = cleanData();
    append(d, SHEET.activities, activity("文艺汇演", "2024-12-12", 100, { remark: "请客服中心派员协助调试音响" }));
    const a = await analyzeData(d);
    expect(a.findings.filter((f) => f.code === "forbidden_keyword")).toEqual([]);
    const finance = sectionText(reportOf(a), "finance");
    expect(finance).not.toMatch(/台账中有\d+处超出标准/u);
    expect(finance).toMatch(/未发现/u);
  });

  it("counts one breach for 部门请客聚餐", async () => {
    const d = cleanData();
    append(d, SHEET.activities, activity("部门请客聚餐", "2024-12-12", 100));
    const finance = sectionText(reportOf(await analyzeData(d)), "finance");
    expect(finance).toContain("台账中有1处超出标准");
  });
});
