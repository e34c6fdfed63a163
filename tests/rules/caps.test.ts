import { describe, expect, it } from "vitest";
import { messageOf } from "../../src/findings/messages/index.js";
import { analyzeData, cleanData } from "../helpers/ledger.js";
import { append, condolence, expectFindings, findingAt, rowsOf, SHEET } from "./support.js";

// cap_exceeded: one payment above the profile's cap for its reason (慰问金台账 H 金额).

describe("cap_exceeded under default", () => {
  it("accepts every reason exactly at its cap and flags one fen above it; reasons without a cap are not checked", async () => {
    const d = cleanData();
    const rows = append(
      d,
      SHEET.condolences,
      condolence("M001", "生日慰问", "2024-05-01", 300), // 5: at 300
      condolence("M002", "生日慰问", "2024-05-02", 300.01, { form: "蛋糕券" }), // 6
      condolence("M003", "退休离岗", "2024-07-01", 1000, { form: "纪念品" }), // 7: at 1000
      condolence("M001", "结婚慰问", "2024-05-03", 600.01, { form: "现金" }), // 8
      condolence("M002", "生育慰问", "2024-05-04", 600, { form: "现金" }), // 9: at 600
      condolence("M001", "生病住院", "2024-05-05", 1000, { form: "现金" }), // 10: at 1000
      condolence("M002", "生病住院", "2024-05-06", 1000.01, { form: "现金" }), // 11
      condolence("M003", "直系亲属去世", "2024-05-07", 1000, { form: "现金" }), // 12: at 1000
      // Another member: M003's own second gift a day later would be the same death, summed (occasion-caps.test.ts).
      condolence("M001", "直系亲属去世", "2024-05-08", 1000.01, { form: "现金" }), // 13
      condolence("M001", "会员去世", "2024-11-01", 2000, { form: "现金" }), // 14: at 2000
      condolence("M002", "会员去世", "2024-11-02", 2000.01, { form: "现金" }), // 15
      condolence("M003", "困难帮扶", "2024-05-09", 5000, { form: "现金" }), // 16: no cap for 困难帮扶
      condolence("M001", "退休离岗", "2024-12-01", 1000.01, { form: "实物" }), // 17
    );
    expect(rows[rows.length - 1]).toBe(17);
    const a = await analyzeData(d);
    expectFindings(
      a,
      [6, 8, 11, 13, 15, 17].map((r) => `cap_exceeded ${SHEET.condolences}!H${r}`),
    );

    const f = findingAt(a, "cap_exceeded", SHEET.condolences, "H11");
    expect(f.params).toMatchObject({ reason: "生病住院", capFen: 100_000, amountFen: 100_001, profile: "default" });
    expect(f.severity).toBe("error");
    for (const part of ["生病住院每次不超过1000元", "“通用参考方案（非官方标准）”", "1000.01元"])
      expect(messageOf(f)).toContain(part);
    expect(findingAt(a, "cap_exceeded", SHEET.condolences, "H6").params).toMatchObject({
      reason: "生日慰问",
      capFen: 30_000,
      amountFen: 30_001,
    });
    expect(findingAt(a, "cap_exceeded", SHEET.condolences, "H8").params).toMatchObject({
      reason: "结婚慰问",
      capFen: 60_000,
    });
    expect(findingAt(a, "cap_exceeded", SHEET.condolences, "H15").params).toMatchObject({
      reason: "会员去世",
      capFen: 200_000,
    });
  });
});

describe("cap_exceeded under fujian-2018", () => {
  it("caps 生病住院 at 500, raised to 1000 when 备注 mentions 手术; has no cap for 结婚", async () => {
    const d = cleanData();
    d.info["profileId"] = "fujian-2018";
    const cond = rowsOf(d, SHEET.condolences);
    cond[1] = condolence("M002", "生病住院", "2024-03-10", 500, { form: "现金" }); // 4: exactly 500
    const rows = append(
      d,
      SHEET.condolences,
      condolence("M001", "生病住院", "2024-04-01", 1000, { form: "现金", remark: "住院手术" }), // 5: at the raised cap
      condolence("M003", "生病住院", "2024-04-02", 1000.01, { form: "现金", remark: "手术" }), // 6
      condolence("M001", "生病住院", "2024-06-03", 500.01, { form: "现金" }), // 7: another stay, no surgery
      condolence("M002", "结婚慰问", "2024-04-04", 5000, { form: "现金" }), // 8: the rule is silent
      condolence("M003", "退休离岗", "2024-07-01", 500.01, { form: "纪念品" }), // 9: fujian 退休离岗 500
      condolence("M002", "生育慰问", "2024-04-05", 500, { form: "现金" }), // 10: at 500
    );
    expect(rows).toEqual([5, 6, 7, 8, 9, 10]);
    const a = await analyzeData(d);
    expect(a.profile.id).toBe("fujian-2018");
    expectFindings(
      a,
      [6, 7, 9].map((r) => `cap_exceeded ${SHEET.condolences}!H${r}`),
    );

    const surgery = findingAt(a, "cap_exceeded", SHEET.condolences, "H6");
    expect(surgery.params).toMatchObject({
      reason: "生病住院",
      capFen: 100_000,
      amountFen: 100_001,
      profile: "fujian-2018",
    });
    for (const part of ["生病住院每次不超过1000元", "福建省基层工会经费收支管理实施细则", "1000.01元"])
      expect(messageOf(surgery)).toContain(part);
    const plain = findingAt(a, "cap_exceeded", SHEET.condolences, "H7");
    expect(plain.params).toMatchObject({ capFen: 50_000, amountFen: 50_001 });
    expect(messageOf(plain)).toContain("每次不超过500元");
    expect(findingAt(a, "cap_exceeded", SHEET.condolences, "H9").params).toMatchObject({
      reason: "退休离岗",
      capFen: 50_000,
    });
  });
});
