import { describe, expect, it } from "vitest";
import { messageOf } from "../../src/findings/messages/index.js";
import { analyzeData, cleanData } from "../helpers/ledger.js";
import { append, condolence, expectFindings, findingAt, rowsOf, SHEET } from "./support.js";

// Caps per occasion, not per row (issue 12, item 8): a member's payments for one reason and one
// occasion (domain/occasions.ts: a birthday a year, a hospital stay of 31 days…) are summed before the
// cap is checked; at the cap is within it ("above the cap", domain-rules.md). Several payments over
// the cap are one occasion_cap_exceeded at the payment that takes the sum over, naming every row.
// cleanData(): 慰问金台账 3 M001 春节 500 / 4 M002 生病住院 800 (2024-03-10).

describe("occasion_cap_exceeded under default", () => {
  it("sums one birthday's card and cake voucher: 30 + 270 is at the 300 cap, 100 + 300 is over it", async () => {
    const d = cleanData();
    const rows = append(
      d,
      SHEET.condolences,
      condolence("M001", "生日慰问", "2024-05-01", 30, { form: "实物", remark: "生日贺卡" }), // 5
      condolence("M001", "生日慰问", "2024-05-01", 270, { form: "蛋糕券" }), // 6: 300 in all, at the cap
      condolence("M003", "生日慰问", "2024-06-10", 100, { form: "实物" }), // 7
      condolence("M003", "生日慰问", "2024-06-12", 300, { form: "蛋糕券" }), // 8: 400 in all
    );
    expect(rows).toEqual([5, 6, 7, 8]);
    const a = await analyzeData(d);
    // No repeat warning either: two payments for one birthday are one birthday.
    expectFindings(a, [`occasion_cap_exceeded ${SHEET.condolences}!H8`]);

    const f = findingAt(a, "occasion_cap_exceeded", SHEET.condolences, "H8");
    expect(f.severity).toBe("error");
    expect(f.params).toMatchObject({
      memberId: "M003",
      reason: "生日慰问",
      withinDays: null,
      capFen: 30_000,
      totalFen: 40_000,
      rows: [7, 8],
      profile: "default",
    });
    for (const part of ["会员 M003", "本年的生日慰问共2笔", "第7、8行", "400元", "每次上限300元"])
      expect(messageOf(f)).toContain(part);
    const en = messageOf(f, "en");
    for (const part of ["rows 7, 8", "in the year", "¥400", "¥300"]) expect(en).toContain(part);
  });

  it("leaves a payment entered twice out of the sum: the duplicate is one finding, not also a cap", async () => {
    const d = cleanData();
    append(
      d,
      SHEET.condolences,
      condolence("M003", "生日慰问", "2024-06-10", 200), // 5
      condolence("M003", "生日慰问", "2024-06-10", 200), // 6: the same payment again (400 would pass the cap)
    );
    const a = await analyzeData(d);
    expect(a.findings.map((f) => f.code)).toEqual(["duplicate_row"]);
    // A second, different payment for the same birthday is still summed.
    append(d, SHEET.condolences, condolence("M003", "生日慰问", "2024-06-11", 150)); // 7: 200 + 150
    const b = await analyzeData(d);
    expect(b.findings.map((f) => f.code).sort()).toEqual(["duplicate_row", "occasion_cap_exceeded"]);
    expect(findingAt(b, "occasion_cap_exceeded", SHEET.condolences, "H7").params).toMatchObject({ rows: [5, 7] });
  });

  it("does not sum birthdays of different members or of different years", async () => {
    const d = cleanData();
    append(
      d,
      SHEET.condolences,
      condolence("M001", "生日慰问", "2024-05-01", 200), // 5
      condolence("M002", "生日慰问", "2024-05-01", 200), // 6: another member
      condolence("M002", "生日慰问", "2023-12-28", 200), // 7: last year's birthday (a date error, not a sum)
    );
    const a = await analyzeData(d);
    expectFindings(a, [`date_out_of_year ${SHEET.condolences}!B7`]);
  });

  it("sums one hospital stay (payments within 31 days of its first), not stays months apart", async () => {
    const d = cleanData();
    const rows = append(
      d,
      SHEET.condolences,
      condolence("M001", "生病住院", "2024-01-10", 800, { form: "现金" }), // 5: stay 1
      condolence("M001", "生病住院", "2024-04-10", 800, { form: "现金" }), // 6: stay 2, three months on
      condolence("M003", "生病住院", "2024-05-01", 600, { form: "现金" }), // 7
      condolence("M003", "生病住院", "2024-05-20", 300, { form: "实物" }), // 8: same stay, 900 so far
      condolence("M003", "生病住院", "2024-06-01", 200, { form: "现金" }), // 9: day 31 of the stay: 1100
      condolence("M002", "生病住院", "2024-04-11", 800, { form: "现金" }), // 10: day 32 after row 4, another stay
    );
    expect(rows).toEqual([5, 6, 7, 8, 9, 10]);
    const a = await analyzeData(d);
    expectFindings(a, [`occasion_cap_exceeded ${SHEET.condolences}!H9`]);
    const f = findingAt(a, "occasion_cap_exceeded", SHEET.condolences, "H9");
    expect(f.params).toMatchObject({
      memberId: "M003",
      reason: "生病住院",
      withinDays: 31,
      capFen: 100_000,
      totalFen: 110_000,
      rows: [7, 8, 9],
    });
    expect(messageOf(f)).toContain("31天内的生病住院共3笔（第7、8、9行）");
  });

  it("keeps summing festival gifts by the profile's festival cap, apart from the reason caps", async () => {
    const d = cleanData();
    append(
      d,
      SHEET.condolences,
      condolence("M001", "节日慰问", "2024-09-13", 1000.01, { festival: "中秋" }), // 5: with row 3's 500, 1500.01
      condolence("M002", "节日慰问", "2024-02-05", 500, { festival: "春节" }), // 6
      condolence("M002", "节日慰问", "2024-09-13", 1000, { festival: "中秋" }), // 7: 1500, at the cap
    );
    const a = await analyzeData(d);
    expectFindings(a, [`festival_cap_exceeded ${SHEET.condolences}!H5`]);
    expect(findingAt(a, "festival_cap_exceeded", SHEET.condolences, "H5").params).toMatchObject({
      memberId: "M001",
      totalFen: 150_001,
      capFen: 150_000,
    });
  });

  it("keeps cap_exceeded for an occasion of one payment", async () => {
    const d = cleanData();
    append(d, SHEET.condolences, condolence("M001", "生日慰问", "2024-05-01", 300.01, { form: "蛋糕券" })); // 5
    const a = await analyzeData(d);
    expectFindings(a, [`cap_exceeded ${SHEET.condolences}!H5`]);
    expect(findingAt(a, "cap_exceeded", SHEET.condolences, "H5").params).toMatchObject({
      reason: "生日慰问",
      capFen: 30_000,
      amountFen: 30_001,
      profile: "default",
    });
  });
});

describe("occasion_cap_exceeded under fujian-2018", () => {
  it("raises the cap for the whole stay when one of its payments mentions 手术", async () => {
    const d = cleanData();
    d.info["profileId"] = "fujian-2018";
    rowsOf(d, SHEET.condolences)[1] = condolence("M002", "生病住院", "2024-03-10", 500, { form: "现金" }); // 4: at 500
    const rows = append(
      d,
      SHEET.condolences,
      condolence("M001", "生病住院", "2024-04-01", 600, { form: "现金", remark: "住院手术" }), // 5
      condolence("M001", "生病住院", "2024-04-15", 400, { form: "实物" }), // 6: 1000, at the raised cap
      condolence("M003", "生病住院", "2024-04-01", 300, { form: "现金" }), // 7
      condolence("M003", "生病住院", "2024-04-15", 200.01, { form: "实物" }), // 8: 500.01, no surgery
    );
    expect(rows).toEqual([5, 6, 7, 8]);
    const a = await analyzeData(d);
    expectFindings(a, [`occasion_cap_exceeded ${SHEET.condolences}!H8`]);
    expect(findingAt(a, "occasion_cap_exceeded", SHEET.condolences, "H8").params).toMatchObject({
      capFen: 50_000,
      totalFen: 50_001,
      rows: [7, 8],
      profile: "fujian-2018",
    });
  });
});
