import { describe, expect, it } from "vitest";
import { FINDING_SPECS } from "../../src/findings/codes.js";
import { messageOf } from "../../src/findings/messages/index.js";
import { analyzeData, cleanData } from "../helpers/ledger.js";
import { addMember, duesRow, eachMonth, expectFindings, findingAt, SHEET } from "./support.js";

// 会费台账 columns: A 会员编号, B 姓名, C 计缴工资, D 月应缴, E…P 1月…12月, Q 全年实缴, R 备注.
// A 1.0 workbook has one 计缴工资: a 调资 in July shows only as two runs of payments (issue 12).

const member = (memberId: string) => ({ memberId, name: `会员${memberId}`, status: "在职", joinDate: "2015-01-01" });
const halves = (before: number, after: number) => ({ ...eachMonth(1, 6, before), ...eachMonth(7, 12, after) });

describe("dues_wage_change_inferred", () => {
  it("29.00 × 6 then 32.00 × 6 is a warning that says what was inferred, not dues_mismatch; the totals follow it", async () => {
    const d = cleanData();
    addMember(d, member("M004"), duesRow("M004", 6400, halves(29, 32))); // dues row 6
    addMember(d, member("M005"), duesRow("M005", 6400, halves(29, 32), { remark: "7月起调资" })); // row 7
    addMember(d, member("M006"), duesRow("M006", 5805, halves(29, 32))); // row 8: 计缴工资 of January
    const a = await analyzeData(d);
    expectFindings(a, [
      `dues_wage_change_inferred ${SHEET.dues}!K6`,
      `dues_wage_change_inferred ${SHEET.dues}!K7`,
      `dues_wage_change_inferred ${SHEET.dues}!K8`,
    ]);
    const f = findingAt(a, "dues_wage_change_inferred", SHEET.dues, "K6");
    expect(f.severity).toBe("warning");
    expect(FINDING_SPECS[f.code].category).toBe("dues");
    expect(messageOf(f)).toBe(
      "会员 M004 1—6月按每月29.00元、7—12月按每月32.00元缴纳，推断7月起调资（调资前计缴工资约5,800元）；请在“调资月份”和“调资后计缴工资(元)”两列写明（1.0版模板请先升级到1.1版），并核对计缴工资。",
    );
    expect(messageOf(f, "en")).toContain("a pay change from month 7 is inferred (wage before it about ¥5,800)");
    expect(messageOf(findingAt(a, "dues_wage_change_inferred", SHEET.dues, "K8"))).toContain(
      "推断7月起调资（调资后计缴工资约6,400元）",
    );

    // Owed as paid: 781.80 for cleanData() and 366.00 for each of the three.
    const t = a.totals.dues;
    expect(t.expectedFen).toBe(78_180 + 3 * 36_600);
    expect(t.collectedFen).toBe(t.expectedFen);
    expect(t.collectionRate).toBe(1);
    expect([t.overpaidFen, t.overpaidMembers]).toEqual([0, 0]);
    expect(t.byMonthExpectedFen[5]).toBe(2265 + 3000 + 2500 + 3 * 2900); // June
    expect(t.byMonthExpectedFen[6]).toBe(2265 + 3000 + 3 * 3200); // July (M003 retired)
  });

  it("stays dues_mismatch for varying amounts, an amount no wage gives, three runs, runs the wage gives neither of, a slip of one month", async () => {
    const d = cleanData();
    const rows = [
      duesRow("M004", 6400, { 1: 28, 2: 31, 3: 29, 4: 35, 5: 29, 6: 31, ...eachMonth(7, 12, 32) }),
      duesRow("M005", 6400, halves(29.03, 32)),
      duesRow("M006", 6400, { ...eachMonth(1, 4, 29), ...eachMonth(5, 8, 30), ...eachMonth(9, 12, 32) }),
      duesRow("M007", 6400, halves(29, 31)),
      duesRow("M008", 6400, { ...eachMonth(1, 11, 32), 12: 29 }),
    ];
    rows.forEach((row, i) => addMember(d, member(`M00${i + 4}`), row));
    const a = await analyzeData(d);
    expectFindings(
      a,
      rows.map((_, i) => `dues_mismatch ${SHEET.dues}!Q${i + 6}`),
    );
    // Judged against the recorded wage alone, as before: 384.00 owed.
    expect(findingAt(a, "dues_mismatch", SHEET.dues, "Q10").params).toMatchObject({ expectedFen: 38_400 });
    expect(a.totals.dues.expectedFen).toBe(78_180 + 5 * 38_400);
  });
});
