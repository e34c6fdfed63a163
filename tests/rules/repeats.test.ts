import { describe, expect, it } from "vitest";
import { messageOf } from "../../src/findings/messages/index.js";
import { analyzeData, cleanData } from "../helpers/ledger.js";
import { append, condolence, expectFindings, findingAt, SHEET } from "./support.js";

// repeat_exceeded: 生日 once a year, 生病住院 twice, 会员去世 once ever; flagged on 慰问事由 (E) of the
// payment, in date order, that goes over. cleanData() has one 生病住院 for M002 (row 4).

describe("repeat_exceeded", () => {
  it("flags the payment over the limit and not those within it, other members' or reasons without a limit", async () => {
    const d = cleanData();
    const rows = append(
      d,
      SHEET.condolences,
      condolence("M001", "生日慰问", "2024-05-01", 200), // 5: M001's second birthday gift by date
      condolence("M001", "生日慰问", "2024-03-01", 200), // 6: the first by date
      condolence("M002", "生日慰问", "2024-05-01", 200), // 7: another member
      condolence("M001", "生病住院", "2024-04-01", 500, { form: "现金" }), // 8
      condolence("M001", "生病住院", "2024-06-01", 500, { form: "现金" }), // 9: twice is allowed
      condolence("M001", "生病住院", "2024-08-01", 500, { form: "现金" }), // 10: the third
      condolence("M002", "生病住院", "2024-08-01", 500, { form: "现金" }), // 11: M002's second (with row 4)
      condolence("M003", "会员去世", "2024-11-01", 2000, { form: "现金" }), // 12
      condolence("M003", "会员去世", "2024-11-20", 2000, { form: "现金" }), // 13: once ever
      condolence("M002", "结婚慰问", "2024-02-01", 600, { form: "现金" }), // 14: no limit for 结婚
      condolence("M002", "结婚慰问", "2024-09-01", 600, { form: "现金" }), // 15
    );
    expect(rows[rows.length - 1]).toBe(15);
    const a = await analyzeData(d);
    expectFindings(
      a,
      [5, 10, 13].map((r) => `repeat_exceeded ${SHEET.condolences}!E${r}`),
    );

    const birthday = findingAt(a, "repeat_exceeded", SHEET.condolences, "E5");
    expect(birthday.params).toMatchObject({ memberId: "M001", reason: "生日慰问", limit: 1, count: 2, ever: false });
    expect(birthday.severity).toBe("warning");
    for (const part of ["会员 M001", "生日慰问", "第2次", "每年1次"]) expect(messageOf(birthday)).toContain(part);
    expect(findingAt(a, "repeat_exceeded", SHEET.condolences, "E10").params).toMatchObject({
      reason: "生病住院",
      limit: 2,
      count: 3,
      ever: false,
    });
    const death = findingAt(a, "repeat_exceeded", SHEET.condolences, "E13");
    expect(death.params).toMatchObject({ memberId: "M003", reason: "会员去世", limit: 1, count: 2, ever: true });
    expect(messageOf(death)).toContain("第2次");
    expect(messageOf(death)).not.toContain("每年");
  });
});
