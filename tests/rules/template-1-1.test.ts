import { describe, expect, it } from "vitest";
import { messageOf } from "../../src/findings/messages/index.js";
import { totalsText } from "../../src/cli/output/totals-text.js";
import { analyzeData, analyzeDataViaFile, cleanData } from "../helpers/ledger.js";
import { paragraphs, plain, reportOf, sectionText } from "../helpers/report.js";
import { addMember, append, condolence, duesRow, eachMonth, expectFindings, findingAt, SHEET } from "./support.js";

// Template 1.1's 会费台账: A 会员编号, B 姓名, C 计缴工资, D 月应缴, E…P 1月…12月, Q 全年实缴,
// R 调资月份, S 调资后计缴工资(元), T 免缴月份, U 免缴依据, V 其中补缴上年(元), W 备注.
// cleanData() owes 781.80 and is paid exactly; its dues rows are 3–5, so an added member's is 6.

const teacher = (memberId: string) => ({ memberId, name: `教师${memberId}`, status: "在职", joinDate: "2015-09-01" });
const prose = (a: Awaited<ReturnType<typeof analyzeData>>): string => paragraphs(reportOf(a)).map(plain).join("\n");

describe("去世 (issue 12 item 4, template 1.1)", () => {
  const withDeath = () => {
    const d = cleanData();
    addMember(
      d,
      { memberId: "D01", name: "陈老师", status: "去世", joinDate: "2001-09-01", statusDate: "2024-05-03" },
      duesRow("D01", 3000, eachMonth(1, 5, 15)), // owes January–May: alive on a day of May
    );
    return d;
  };

  it("a 会员去世 payment after the death is correct; the death is counted and reported apart", async () => {
    const d = withDeath();
    append(d, SHEET.condolences, condolence("D01", "会员去世", "2024-05-10", 1000, { name: "陈老师", form: "现金" }));
    const a = await analyzeData(d);
    expectFindings(a, []);
    expect([a.totals.members.total, a.totals.members.leftThisYear, a.totals.members.diedThisYear]).toEqual([3, 1, 1]);
    expect(a.totals.members.byStatus).not.toHaveProperty("去世");
    const org = sectionText(reportOf(a), "organization");
    expect(org).toContain("会员去世1人，会员信息随之更新。");
    expect(org).not.toContain("退会、转出");
    expect(totalsText(a.totals, "zh-CN")).toContain("本年退会转出 0；本年去世 1");
  });

  it("a death with no benefit paid is still a death; another payment after it is member_inactive", async () => {
    const d = withDeath();
    const [row] = append(
      d,
      SHEET.condolences,
      condolence("D01", "生病住院", "2024-05-10", 500, { name: "陈老师", form: "现金" }),
    );
    const a = await analyzeData(d);
    expectFindings(a, [`member_inactive ${SHEET.condolences}!B${row ?? 0}`]);
    expect(a.totals.members.diedThisYear).toBe(1);
  });

  it("owes dues to the month of death: June paid is over-paid, not owed", async () => {
    const d = withDeath();
    const dues = d.sheets[SHEET.dues] ?? [];
    dues[dues.length - 1] = duesRow("D01", 3000, eachMonth(1, 6, 15), { name: "陈老师" });
    const a = await analyzeData(d);
    expect(a.findings.map((f) => f.code)).toEqual(expect.arrayContaining(["dues_mismatch", "dues_exempt_paid"]));
  });
});

describe("a stated pay change (issue 12 item 5, template 1.1)", () => {
  it("expected dues follow 调资月份 and 调资后计缴工资: no mismatch and nothing inferred", async () => {
    const d = cleanData();
    const halves = { ...eachMonth(1, 6, 29), ...eachMonth(7, 12, 32) };
    addMember(d, teacher("T1"), duesRow("T1", 5800, halves, { wageChangeMonth: 7, wageAfter: 6400 }));
    const a = await analyzeData(d);
    expectFindings(a, []);
    expect(a.totals.dues.expectedFen).toBe(78_180 + 6 * 2900 + 6 * 3200);
    expect(a.totals.dues.collectionRate).toBe(1);
  });

  it("payments that do not follow the stated change are dues_mismatch, saying the change was counted", async () => {
    const d = cleanData();
    // Stated from July, but the new amount paid only from October.
    const late = { ...eachMonth(1, 9, 29), ...eachMonth(10, 12, 32) };
    addMember(d, teacher("T1"), duesRow("T1", 5800, late, { wageChangeMonth: 7, wageAfter: 6400 }));
    const a = await analyzeData(d);
    expectFindings(a, [`dues_mismatch ${SHEET.dues}!Q6`]);
    const f = findingAt(a, "dues_mismatch", SHEET.dues, "Q6");
    expect(f.params).toMatchObject({ expectedFen: 36_600, paidFen: 35_700, wageChangeMonth: 7 });
    expect(messageOf(f)).toContain("7月起按调资后计缴工资");
  });

  it("half a statement is asked to be completed; a month outside 1–12 is refused", async () => {
    const d = cleanData();
    addMember(d, teacher("T1"), duesRow("T1", 5800, eachMonth(1, 12, 29), { wageChangeMonth: 7 }));
    addMember(d, teacher("T2"), duesRow("T2", 5800, eachMonth(1, 12, 29), { wageAfter: 6400 }));
    addMember(d, teacher("T3"), duesRow("T3", 5800, eachMonth(1, 12, 29), { wageChangeMonth: 13, wageAfter: 6400 }));
    addMember(d, teacher("T4"), duesRow("T4", 5800, eachMonth(1, 12, 29), { wageChangeMonth: "7月", wageAfter: 5800 }));
    const a = await analyzeData(d);
    expectFindings(a, [
      `required_missing ${SHEET.dues}!S6`,
      `required_missing ${SHEET.dues}!R7`,
      `number_out_of_range ${SHEET.dues}!R8`,
      `normalized_value ${SHEET.dues}!R9`,
    ]);
    expect(messageOf(findingAt(a, "number_out_of_range", SHEET.dues, "R8"))).toBe(
      "“调资月份”的“13”超出范围，应为1至12之间的整数。",
    );
  });
});

describe("approved exemptions and catch-up payments (issue 12 item 6, template 1.1)", () => {
  const basis = "工会委员会2024年第3次会议决定（困难职工）";

  it("an exempt member owes nothing: no error, no arrears, no 会籍管理 sentence, the exemption reported", async () => {
    const d = cleanData();
    addMember(d, teacher("T1"), duesRow("T1", 3000, {}, { exemptMonths: "全年", exemptBasis: basis }));
    addMember(
      d,
      teacher("T2"),
      duesRow("T2", 3000, eachMonth(7, 12, 15), { exemptMonths: "1-6月", exemptBasis: basis }),
    );
    const a = await analyzeData(d);
    expectFindings(a, []);
    expect(a.totals.dues).toMatchObject({ exemptMembers: 2, expectedFen: 78_180 + 6 * 1500, collectionRate: 1 });
    const text = prose(a);
    expect(text).toContain("会费做到了应收尽收。经工会委员会批准，2名会员在批准的月份免缴会费，不计入应缴。");
    expect(text).not.toMatch(/会籍管理|未缴/u);
    expect(totalsText(a.totals, "zh-CN")).toContain("批准免缴 2人");
  });

  it("the same member without the exemption recorded: dues_mismatch and arrears, as before", async () => {
    const d = cleanData();
    addMember(d, teacher("T1"), duesRow("T1", 3000, {}));
    const a = await analyzeData(d);
    expectFindings(a, [`dues_arrears ${SHEET.dues}!E6`, `dues_mismatch ${SHEET.dues}!Q6`]);
    expect(prose(a)).toContain("会籍管理");
  });

  it("an exemption needs its basis, and months that can be read", async () => {
    const d = cleanData();
    addMember(d, teacher("T1"), duesRow("T1", 3000, {}, { exemptMonths: "全年" }));
    addMember(
      d,
      teacher("T2"),
      duesRow("T2", 3000, eachMonth(1, 12, 15), { exemptMonths: "困难", exemptBasis: basis }),
    );
    const a = await analyzeData(d);
    expectFindings(a, [`required_missing ${SHEET.dues}!U6`, `months_invalid ${SHEET.dues}!T7`]);
    expect(messageOf(findingAt(a, "months_invalid", SHEET.dues, "T7"))).toBe(
      "“免缴月份”的“困难”无法识别为月份；请填写如“全年”“1-6月”“3月、5月”。",
    );
  });

  it("a January payment with last December's dues is not over-payment when 其中补缴上年 says so", async () => {
    const d = cleanData();
    const paid = { ...eachMonth(1, 12, 15), 1: 30 };
    addMember(d, teacher("T1"), duesRow("T1", 3000, paid, { catchUp: 15 }));
    addMember(d, teacher("T2"), duesRow("T2", 3000, paid)); // not said: over-paid by 15.00
    const a = await analyzeData(d);
    expectFindings(a, [`dues_mismatch ${SHEET.dues}!Q7`]);
    expect(a.totals.dues).toMatchObject({ catchUpFen: 1500, overpaidFen: 1500, overpaidMembers: 1 });
    expect(a.totals.dues.paidFen).toBe(78_180 + 2 * 19_500);
    const org = sectionText(reportOf(a), "organization");
    expect(org).toContain("（含补缴上年度会费15元）");
    expect(org).toContain("另有1名会员多缴会费15元");
  });

  it("a catch-up larger than what was paid is an error", async () => {
    const d = cleanData();
    addMember(d, teacher("T1"), duesRow("T1", 3000, eachMonth(1, 12, 15), { catchUp: 200 }));
    const a = await analyzeData(d);
    expect(a.findings.map((f) => `${f.code} ${f.cell ?? ""}`)).toContain("dues_catch_up_exceeds_paid V6");
  });

  it("reads the same from the written file", async () => {
    const d = cleanData();
    addMember(d, teacher("T1"), duesRow("T1", 3000, {}, { exemptMonths: "全年", exemptBasis: basis }));
    addMember(
      d,
      teacher("T2"),
      duesRow("T2", 5800, { ...eachMonth(1, 6, 29), ...eachMonth(7, 12, 32) }, { wageChangeMonth: 7, wageAfter: 6400 }),
    );
    const a = await analyzeDataViaFile(d);
    expectFindings(a, []);
    expect(a.totals.dues.exemptMembers).toBe(1);
  });
});
