import { describe, expect, it } from "vitest";
import { messageOf } from "../../src/findings/messages/index.js";
import { analyzeData, cleanData, profileById } from "../helpers/ledger.js";
import { append, condolence, expectFindings, findingAt, SHEET } from "./support.js";

// repeat_exceeded: more occasions of one reason per member than the profile allows (生病住院 twice a
// year); payments of one occasion (domain/occasions.ts) count once. Flagged on 慰问事由 (E) of the
// first payment, in date order, of the occasion that goes over. cleanData() has one 生病住院 for M002
// (row 4, 2024-03-10).

describe("repeat_exceeded", () => {
  it("flags the occasion over the limit, not payments of one occasion, other members' or reasons without a limit", async () => {
    const d = cleanData();
    const rows = append(
      d,
      SHEET.condolences,
      condolence("M001", "生日慰问", "2024-05-01", 100), // 5: with row 6, one birthday (200 in all)
      condolence("M001", "生日慰问", "2024-03-01", 100), // 6
      condolence("M002", "生日慰问", "2024-05-01", 200), // 7: another member
      condolence("M001", "生病住院", "2024-04-01", 500, { form: "现金" }), // 8: stay 1
      condolence("M001", "生病住院", "2024-04-20", 300, { form: "现金" }), // 9: the same stay (19 days on)
      condolence("M001", "生病住院", "2024-06-01", 500, { form: "现金" }), // 10: stay 2
      condolence("M001", "生病住院", "2024-08-01", 500, { form: "现金" }), // 11: stay 3
      condolence("M001", "生病住院", "2024-08-05", 400, { form: "现金" }), // 12: still stay 3
      condolence("M002", "生病住院", "2024-08-01", 500, { form: "现金" }), // 13: M002's second (with row 4)
      condolence("M003", "会员去世", "2024-11-01", 1000, { form: "现金" }), // 14: one death paid in two parts
      condolence("M003", "会员去世", "2024-11-20", 1000, { form: "现金" }), // 15
      condolence("M002", "结婚慰问", "2024-02-01", 300, { form: "现金" }), // 16: one wedding, no limit anyway
      condolence("M002", "结婚慰问", "2024-09-01", 300, { form: "现金" }), // 17
    );
    expect(rows[rows.length - 1]).toBe(17);
    const a = await analyzeData(d);
    expectFindings(a, [`repeat_exceeded ${SHEET.condolences}!E11`]);

    const third = findingAt(a, "repeat_exceeded", SHEET.condolences, "E11");
    expect(third.params).toMatchObject({ memberId: "M001", reason: "生病住院", limit: 2, count: 3, ever: false });
    expect(third.severity).toBe("warning");
    for (const part of ["会员 M001", "生病住院", "第3次", "每年2次"]) expect(messageOf(third)).toContain(part);
  });

  it("says 'ever' for a once-ever limit, and stands beside a cap finding when the extra occasion is also over its cap", async () => {
    const base = profileById("default");
    const profile = { ...base, repeats: { ...base.repeats, 直系亲属去世: { limit: 1, ever: true } } };
    const d = cleanData();
    const rows = append(
      d,
      SHEET.condolences,
      condolence("M003", "直系亲属去世", "2024-02-01", 1000, { form: "现金" }), // 5: one relative
      condolence("M003", "直系亲属去世", "2024-09-01", 1000.01, { form: "现金" }), // 6: another, months on
    );
    expect(rows).toEqual([5, 6]);
    const a = await analyzeData(d, { profile });
    // Two findings that say different things: one occasion too many, and that occasion over its cap.
    expectFindings(a, [`repeat_exceeded ${SHEET.condolences}!E6`, `cap_exceeded ${SHEET.condolences}!H6`]);
    const death = findingAt(a, "repeat_exceeded", SHEET.condolences, "E6");
    expect(death.params).toMatchObject({ memberId: "M003", reason: "直系亲属去世", limit: 1, count: 2, ever: true });
    expect(messageOf(death)).toContain("第2次");
    expect(messageOf(death)).not.toContain("每年");
  });
});
