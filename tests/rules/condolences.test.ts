import { describe, expect, it } from "vitest";
import { messageOf } from "../../src/findings/messages/index.js";
import { analyzeData, cleanData } from "../helpers/ledger.js";
import { append, condolence, expectFindings, findingAt, SHEET } from "./support.js";

// 慰问金台账: E 慰问事由, F 节日, G 慰问形式, H 金额. cleanData() uses rows 3–4.

describe("festival_missing", () => {
  it("flags a festival gift without a 节日 or for a day that is not a statutory festival", async () => {
    const d = cleanData();
    const rows = append(
      d,
      SHEET.condolences,
      condolence("M001", "节日慰问", "2024-03-08", 100), // 5: no 节日
      condolence("M002", "节日慰问", "2024-03-08", 100, { festival: "妇女节" }), // 6: not in the list
      condolence("M002", "节日慰问", "2024-06-10", 100, { festival: "少数民族节日" }), // 7: names no festival (tests/rules/festivals.test.ts)
      condolence("M003", "节日慰问", "2024-09-17", 100, { festival: "中秋" }), // 8: near-miss
      condolence("M001", "生日慰问", "2024-05-05", 200, { form: "蛋糕券" }), // 9: near-miss: no 节日 needed
    );
    expect(rows).toEqual([5, 6, 7, 8, 9]);
    const a = await analyzeData(d);
    expectFindings(a, [
      `festival_missing ${SHEET.condolences}!F5`,
      `festival_missing ${SHEET.condolences}!F6`,
      `festival_unnamed ${SHEET.condolences}!F7`,
    ]);
    const none = findingAt(a, "festival_missing", SHEET.condolences, "F5");
    expect(none.params).toMatchObject({ festival: null });
    expect(none.severity).toBe("error");
    expect(messageOf(none)).toContain("节日慰问必须填写“节日”");
    const wrong = findingAt(a, "festival_missing", SHEET.condolences, "F6");
    expect(wrong.params).toMatchObject({ festival: "妇女节" });
    expect(messageOf(wrong)).toContain("“妇女节”不是可发放节日慰问的节日");
  });
});

describe("form_forbidden", () => {
  it("flags cards and vouchers for any reason, cash for festival and birthday gifts, and retirement gifts other than souvenirs or goods", async () => {
    const d = cleanData();
    const rows = append(
      d,
      SHEET.condolences,
      condolence("M001", "节日慰问", "2024-09-17", 200, { festival: "中秋", form: "现金" }), // 5
      condolence("M002", "生日慰问", "2024-05-06", 200, { form: "现金" }), // 6
      condolence("M003", "退休离岗", "2024-07-01", 500, { form: "蛋糕券" }), // 7
      condolence("M001", "生病住院", "2024-04-01", 300, { form: "购物卡" }), // 8
      condolence("M002", "困难帮扶", "2024-04-02", 300, { form: "代金券" }), // 9
      condolence("M003", "其他", "2024-04-03", 100, { form: "礼品卡" }), // 10
      // near-misses
      condolence("M001", "困难帮扶", "2024-04-04", 300, { form: "现金" }), // 11: cash is fine for hardship aid
      condolence("M002", "节日慰问", "2024-06-10", 100, { festival: "端午", form: "提货券" }), // 12
      condolence("M003", "退休离岗", "2024-07-02", 300, { form: "纪念品" }), // 13
      condolence("M001", "生日慰问", "2024-05-07", 200, { form: "蛋糕券" }), // 14
    );
    expect(rows).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    const a = await analyzeData(d);
    expectFindings(
      a,
      [5, 6, 7, 8, 9, 10].map((r) => `form_forbidden ${SHEET.condolences}!G${r}`),
    );

    const cash = findingAt(a, "form_forbidden", SHEET.condolences, "G5");
    expect(cash.params).toMatchObject({ reason: "节日慰问", form: "现金" });
    expect(cash.params.allowed).not.toContain("现金");
    expect(cash.severity).toBe("error");
    expect(messageOf(cash)).toContain("节日慰问不得以“现金”形式发放");
    expect(findingAt(a, "form_forbidden", SHEET.condolences, "G6").params).toMatchObject({
      reason: "生日慰问",
      form: "现金",
    });
    const retire = findingAt(a, "form_forbidden", SHEET.condolences, "G7");
    expect(retire.params).toMatchObject({ reason: "退休离岗", form: "蛋糕券", allowed: ["纪念品", "实物"] });
    expect(messageOf(retire)).toContain("可用形式：纪念品、实物");
    for (const [cell, form] of [
      ["G8", "购物卡"],
      ["G9", "代金券"],
      ["G10", "礼品卡"],
    ] as const) {
      const f = findingAt(a, "form_forbidden", SHEET.condolences, cell);
      expect(f.params.form).toBe(form);
      expect(messageOf(f)).toContain(`不得以“${form}”形式发放`);
    }
  });
});
