import { describe, expect, it } from "vitest";
import { messageOf } from "../../src/findings/messages/index.js";
import { analyzeData, cleanData, withCode } from "../helpers/ledger.js";
import { addMember, duesRow, eachMonth, expectFindings, findingAt, SHEET, setDues } from "./support.js";

// 会费台账 columns: A 会员编号, B 姓名, C 计缴工资, D 月应缴, E…P 1月…12月, Q 全年实缴, R 备注.

describe("dues_mismatch", () => {
  it("flags a year's total one fen short or over, and an owing member with no 会费台账 row; not a right total spread unevenly", async () => {
    const d = cleanData();
    setDues(d, "M001", duesRow("M001", 4537.8, { ...eachMonth(1, 11, 22.65), 12: 22.64 })); // Q3: 271.79
    setDues(d, "M002", null); // owes 360, no row: flagged on 会员名册 A4
    setDues(d, "M003", duesRow("M003", 5009, { 1: 50, 3: 75, 5: 25 })); // near-miss: 150 in three payments
    addMember(
      d,
      { memberId: "M004", name: "赵六", status: "在职", joinDate: "2015-01-01" },
      duesRow("M004", 6000, { 1: 360.01 }),
    ); // Q5: 360.01
    addMember(d, { memberId: "M005", name: "钱七", status: "退休", joinDate: "1995-01-01" }); // near-miss: owes nothing, no row needed
    const a = await analyzeData(d);
    expectFindings(a, [
      `dues_mismatch ${SHEET.dues}!Q3`,
      `dues_mismatch ${SHEET.dues}!Q5`,
      `dues_mismatch ${SHEET.members}!A4`,
    ]);

    const short = findingAt(a, "dues_mismatch", SHEET.dues, "Q3");
    expect(short.params).toMatchObject({ memberId: "M001", expectedFen: 27180, paidFen: 27179, noDuesRow: false });
    expect(short.severity).toBe("error");
    for (const part of ["会员 M001", "271.79元", "271.80元", "1—12月", "相差 0.01元"])
      expect(messageOf(short)).toContain(part);
    const over = findingAt(a, "dues_mismatch", SHEET.dues, "Q5");
    expect(over.params).toMatchObject({ memberId: "M004", expectedFen: 36000, paidFen: 36001 });
    expect(messageOf(over)).toContain("相差 0.01元");

    const noRow = findingAt(a, "dues_mismatch", SHEET.members, "A4");
    expect(noRow.params).toMatchObject({
      memberId: "M002",
      noDuesRow: true,
      owedMonths: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    });
    for (const part of ["会员 M002", "（1—12月）", "会费台账中没有该会员的记录"])
      expect(messageOf(noRow)).toContain(part);
  });
});

describe("dues_exempt_paid", () => {
  it("flags payments for months a member was 退休 / 已转出, not owed months, zero cells or exempt members who paid nothing", async () => {
    const d = cleanData();
    // M003 retires 2024-07-01 and pays January–July: July (K5) is after retirement.
    setDues(d, "M003", duesRow("M003", 5009, eachMonth(1, 7, 25)));
    // Retired all year (no change date), pays in March (G6).
    addMember(
      d,
      { memberId: "M004", name: "赵六", status: "退休", joinDate: "1990-01-01" },
      duesRow("M004", 5000, { 3: 25 }),
    );
    // Near-misses: transferred out 2024-09-01 paying January–August; 失业保留会籍 with a wage but no payment;
    // 离休 with an explicit 0.
    addMember(
      d,
      { memberId: "M005", name: "钱七", status: "已转出", joinDate: "2016-01-01", statusDate: "2024-09-01" },
      duesRow("M005", 3000, eachMonth(1, 8, 15)),
    );
    addMember(
      d,
      { memberId: "M006", name: "孙八", status: "失业保留会籍", joinDate: "2016-01-01" },
      duesRow("M006", 3000, {}),
    );
    addMember(
      d,
      { memberId: "M007", name: "周九", status: "离休", joinDate: "1980-01-01" },
      duesRow("M007", 3000, { 1: 0 }),
    );
    // Transferred out 2024-09-01 but still paying in September (M10).
    addMember(
      d,
      { memberId: "M008", name: "吴十", status: "已转出", joinDate: "2016-01-01", statusDate: "2024-09-01" },
      duesRow("M008", 3000, eachMonth(1, 9, 15)),
    );
    const a = await analyzeData(d);
    expectFindings(a, [
      `dues_exempt_paid ${SHEET.dues}!K5`,
      `dues_mismatch ${SHEET.dues}!Q5`,
      `dues_exempt_paid ${SHEET.dues}!G6`,
      `dues_mismatch ${SHEET.dues}!Q6`,
      `dues_exempt_paid ${SHEET.dues}!M10`,
      `dues_mismatch ${SHEET.dues}!Q10`,
    ]);
    const july = findingAt(a, "dues_exempt_paid", SHEET.dues, "K5");
    expect(july.params).toMatchObject({ memberId: "M003", month: 7, status: "退休" });
    expect(july.severity).toBe("warning");
    expect(messageOf(july)).toContain("会员 M003 在7月已是“退休”");
    expect(messageOf(july)).toContain("不需缴纳会费");
    expect(findingAt(a, "dues_exempt_paid", SHEET.dues, "G6").params).toMatchObject({
      memberId: "M004",
      month: 3,
      status: "退休",
    });
    expect(messageOf(findingAt(a, "dues_exempt_paid", SHEET.dues, "M10"))).toContain("在9月已是“已转出”");
    // What a retiree paid is still compared with what was owed: nothing for M004.
    expect(findingAt(a, "dues_mismatch", SHEET.dues, "Q6").params).toMatchObject({
      expectedFen: 0,
      paidFen: 2500,
      owedMonths: [],
    });
  });
});

describe("dues_arrears", () => {
  it("flags 6 or more consecutive unpaid owed months, not 5, and not when a later lump sum covers them", async () => {
    const d = cleanData();
    setDues(d, "M001", duesRow("M001", 4537.8, eachMonth(7, 12, 22.65))); // nothing January–June
    setDues(d, "M002", duesRow("M002", 6000, eachMonth(6, 12, 30))); // near-miss: nothing January–May only
    setDues(d, "M003", duesRow("M003", 5009, {})); // owes January–June, paid nothing
    // Paid January–March and October–December: April–September is a run of 6 in the middle.
    addMember(
      d,
      { memberId: "M004", name: "赵六", status: "在职", joinDate: "2015-01-01" },
      duesRow("M004", 3000, { ...eachMonth(1, 3, 15), ...eachMonth(10, 12, 15) }),
    );
    // Near-miss: the same gap, made good by a lump sum in December.
    addMember(
      d,
      { memberId: "M005", name: "钱七", status: "在职", joinDate: "2015-01-01" },
      duesRow("M005", 3000, { ...eachMonth(1, 3, 15), 10: 15, 11: 15, 12: 105 }),
    );
    // Nothing all year.
    addMember(d, { memberId: "M006", name: "孙八", status: "在职", joinDate: "2015-01-01" }, duesRow("M006", 2000, {}));
    const a = await analyzeData(d);
    expectFindings(a, [
      `dues_arrears ${SHEET.dues}!E3`,
      `dues_mismatch ${SHEET.dues}!Q3`,
      `dues_mismatch ${SHEET.dues}!Q4`,
      `dues_arrears ${SHEET.dues}!E5`,
      `dues_mismatch ${SHEET.dues}!Q5`,
      `dues_arrears ${SHEET.dues}!H6`,
      `dues_mismatch ${SHEET.dues}!Q6`,
      `dues_arrears ${SHEET.dues}!E8`,
      `dues_mismatch ${SHEET.dues}!Q8`,
    ]);
    const first = findingAt(a, "dues_arrears", SHEET.dues, "E3");
    expect(first.params).toMatchObject({ memberId: "M001", fromMonth: 1, toMonth: 6 });
    expect(first.severity).toBe("warning");
    expect(messageOf(first)).toContain("会员 M001 自1月至6月连续6个月未缴会费");
    expect(findingAt(a, "dues_arrears", SHEET.dues, "E5").params).toMatchObject({
      memberId: "M003",
      fromMonth: 1,
      toMonth: 6,
    });
    expect(findingAt(a, "dues_arrears", SHEET.dues, "H6").params).toMatchObject({
      memberId: "M004",
      fromMonth: 4,
      toMonth: 9,
    });
    const all = findingAt(a, "dues_arrears", SHEET.dues, "E8");
    expect(all.params).toMatchObject({ memberId: "M006", fromMonth: 1, toMonth: 12 });
    expect(messageOf(all)).toContain("连续12个月未缴会费");
    expect(withCode(a, "dues_arrears").map((f) => f.params.memberId)).not.toContain("M002");
  });
});
