import { describe, expect, it } from "vitest";
import { messageOf } from "../../src/findings/messages/index.js";
import { analyzeDataViaFile, cleanData } from "../helpers/ledger.js";
import { addMember, duesRow, eachMonth, expectFindings, findingAt, SHEET, setDues } from "./support.js";

// Formulas with their cached results are about the file as written: these tests read the real .xlsx
// (analyzeDataViaFile), not the in-memory ledger.
// The template's formulas in 会费台账 row r (C 计缴工资, D 月应缴, E…P months, Q 全年实缴).
const monthlyDue = (r: number): string => `IF(C${r}="","",ROUND(FLOOR(C${r},10)*0.005,2))`;
const paidTotal = (r: number): string => `IF(COUNT(E${r}:P${r})=0,"",SUM(E${r}:P${r}))`;

describe("dues_formula_broken", () => {
  it("flags a 月应缴 / 全年实缴 cell overwritten by a number or another formula, or whose cached result disagrees", async () => {
    const d = cleanData();
    // D3: 月应缴 typed over with the right number; Q3: the template formula with a wrong cached total.
    setDues(
      d,
      "M001",
      duesRow("M001", 4537.8, eachMonth(1, 12, 22.65), {
        monthlyDue: 22.65,
        paidTotal: { formula: paidTotal(3), result: 271.79 },
      }),
    );
    // D4: a different formula (no truncation of the wage tail).
    setDues(d, "M002", duesRow("M002", 6000, { 1: 360 }, { monthlyDue: { formula: "ROUND(C4*0.005,2)" } }));
    // Q5: 全年实缴 typed over with a number.
    setDues(d, "M003", duesRow("M003", 5009, eachMonth(1, 6, 25), { paidTotal: 150 }));
    // D6: the template formula, but a cached result one fen off.
    addMember(
      d,
      { memberId: "M004", name: "赵六", status: "在职", joinDate: "2015-01-01" },
      duesRow("M004", 3000, eachMonth(1, 12, 15), { monthlyDue: { formula: monthlyDue(6), result: 15.01 } }),
    );
    const a = await analyzeDataViaFile(d);
    expectFindings(a, [
      `dues_formula_broken ${SHEET.dues}!D3`,
      `dues_formula_broken ${SHEET.dues}!Q3`,
      `dues_formula_broken ${SHEET.dues}!D4`,
      `dues_formula_broken ${SHEET.dues}!Q5`,
      `dues_formula_broken ${SHEET.dues}!D6`,
    ]);

    const typed = findingAt(a, "dues_formula_broken", SHEET.dues, "D3");
    expect(typed.params).toMatchObject({ header: "月应缴(元)", expected: "22.65元" });
    expect(typed.params.found).toMatch(/^数值 22\.65/);
    expect(typed.severity).toBe("warning");
    expect(messageOf(typed)).toContain("“月应缴(元)”应为模板公式（应得 22.65元）");
    expect(messageOf(typed)).toContain("数值 22.65");

    const total = findingAt(a, "dues_formula_broken", SHEET.dues, "Q3");
    expect(total.params).toMatchObject({ header: "全年实缴(元)", expected: "271.80元" });
    expect(messageOf(total)).toContain("271.79");
    expect(messageOf(total)).toContain("271.80元");

    const other = findingAt(a, "dues_formula_broken", SHEET.dues, "D4");
    expect(other.params).toMatchObject({ expected: "30.00元", found: "公式 =ROUND(C4*0.005,2)" });
    expect(messageOf(other)).toContain("现为 公式 =ROUND(C4*0.005,2)");

    const typedTotal = findingAt(a, "dues_formula_broken", SHEET.dues, "Q5");
    expect(typedTotal.params).toMatchObject({ header: "全年实缴(元)", expected: "150.00元" });
    expect(typedTotal.params.found).toMatch(/^数值 150/);

    const offByOne = findingAt(a, "dues_formula_broken", SHEET.dues, "D6");
    expect(offByOne.params).toMatchObject({ expected: "15.00元" });
    expect(messageOf(offByOne)).toContain("15.01");
    expect(messageOf(offByOne)).toContain("15.00元");
  });

  it("accepts the template formulas with right cached results, and written with $, spaces or lower case", async () => {
    const d = cleanData();
    setDues(
      d,
      "M001",
      duesRow("M001", 4537.8, eachMonth(1, 12, 22.65), {
        monthlyDue: { formula: monthlyDue(3), result: 22.65 },
        paidTotal: { formula: paidTotal(3), result: 271.8 },
      }),
    );
    setDues(
      d,
      "M002",
      duesRow(
        "M002",
        6000,
        { 1: 360 },
        { monthlyDue: { formula: `if($C$4="", "", round(floor($C4, 10) * 0.005, 2))` } },
      ),
    );
    setDues(
      d,
      "M003",
      duesRow("M003", 5009, eachMonth(1, 6, 25), { paidTotal: { formula: paidTotal(5), result: 150.00000000001 } }),
    );
    const a = await analyzeDataViaFile(d);
    expectFindings(a, []);
  });
});
