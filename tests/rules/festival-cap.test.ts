import { describe, expect, it } from "vitest";
import { messageOf } from "../../src/findings/messages/index.js";
import { analyzeData, cleanData, profileById } from "../helpers/ledger.js";
import { append, condolence, expectFindings, findingAt, rowsOf, SHEET } from "./support.js";

// festival_cap_exceeded in the three profile shapes. cleanData() already gives M001 a 春节 gift of
// 500 (慰问金台账 row 3, 2024-02-05). The finding sits on the 金额 (H) of the gift that crosses the
// limit, counting gifts in date order.

const gift = (memberId: string, festival: string, date: string, amount: number) =>
  condolence(memberId, "节日慰问", date, amount, { festival });

describe("perMemberYear (default: 1500 per member per year)", () => {
  it("accepts a member's gifts summing to exactly 1500 and flags the gift that takes another member one fen over, in date order", async () => {
    const d = cleanData();
    const rows = append(
      d,
      SHEET.condolences,
      gift("M001", "中秋", "2024-09-17", 1000), // 5: M001 500 + 1000 = 1500
      gift("M002", "春节", "2024-02-05", 500), // 6
      gift("M002", "中秋", "2024-09-17", 1000.01), // 7: M002 reaches 1500.01 here
      gift("M003", "国庆", "2024-10-01", 1000), // 8: written first, given last: the crossing gift
      gift("M003", "春节", "2024-02-06", 500.01), // 9
    );
    expect(rows).toEqual([5, 6, 7, 8, 9]);
    const a = await analyzeData(d);
    expectFindings(a, [
      `festival_cap_exceeded ${SHEET.condolences}!H7`,
      `festival_cap_exceeded ${SHEET.condolences}!H8`,
    ]);

    const f = findingAt(a, "festival_cap_exceeded", SHEET.condolences, "H7");
    expect(f.params).toMatchObject({
      shape: "perMemberYear",
      memberId: "M002",
      festival: null,
      capFen: 150_000,
      totalFen: 150_001,
      profile: "default",
    });
    expect(f.severity).toBe("error");
    for (const part of ["会员 M002", "1500.01元", "1500元", "“通用参考方案（非官方标准）”"])
      expect(messageOf(f)).toContain(part);
    expect(findingAt(a, "festival_cap_exceeded", SHEET.condolences, "H8").params).toMatchObject({
      memberId: "M003",
      totalFen: 150_001,
    });
  });
});

describe("perFestival (guizhou-example: 春节 500, every other festival 200)", () => {
  it("caps each festival separately and does not add festivals up", async () => {
    const d = cleanData();
    const rows = append(
      d,
      SHEET.condolences,
      gift("M001", "中秋", "2024-09-17", 200), // 5: at 200
      gift("M001", "端午", "2024-06-10", 100), // 6
      gift("M001", "端午", "2024-06-11", 100), // 7: 端午 200 in two gifts
      gift("M001", "国庆", "2024-10-01", 200), // 8
      gift("M001", "元旦", "2024-01-01", 200), // 9
      gift("M001", "劳动节", "2024-05-01", 200), // 10: M001 1600 in the year, fine in this shape
      gift("M002", "中秋", "2024-09-17", 200.01), // 11
      gift("M002", "春节", "2024-02-05", 300), // 12
      gift("M002", "春节", "2024-02-08", 200.01), // 13: 春节 500.01
      gift("M003", "清明", "2024-04-04", 200.01), // 14: "other" festivals are 200
    );
    expect(rows[rows.length - 1]).toBe(14);
    const a = await analyzeData(d, { profile: profileById("guizhou-example") });
    expect(a.profile.id).toBe("guizhou-example");
    expectFindings(
      a,
      [11, 13, 14].map((r) => `festival_cap_exceeded ${SHEET.condolences}!H${r}`),
    );

    const spring = findingAt(a, "festival_cap_exceeded", SHEET.condolences, "H13");
    expect(spring.params).toMatchObject({
      shape: "perFestival",
      memberId: "M002",
      festival: "春节",
      capFen: 50_000,
      totalFen: 50_001,
      profile: "guizhou-example",
    });
    for (const part of ["会员 M002", "春节", "500.01元", "500元", "按节日分别限额的示例方案"])
      expect(messageOf(spring)).toContain(part);
    expect(findingAt(a, "festival_cap_exceeded", SHEET.condolences, "H11").params).toMatchObject({
      festival: "中秋",
      capFen: 20_000,
      totalFen: 20_001,
    });
    expect(findingAt(a, "festival_cap_exceeded", SHEET.condolences, "H14").params).toMatchObject({
      festival: "清明",
      capFen: 20_000,
    });
  });
});

describe("pool (beijing-2019: all festival gifts ≤ 50% of 年度经费收入预算)", () => {
  it("accepts gifts summing to exactly half the budget", async () => {
    const d = cleanData();
    d.info["profileId"] = "beijing-2019";
    d.info["budgetIncome"] = 2000;
    append(d, SHEET.condolences, gift("M002", "春节", "2024-02-05", 500)); // 500 + 500 = 1000
    const a = await analyzeData(d);
    expect(a.profile.id).toBe("beijing-2019");
    expectFindings(a, []);
  });

  it("flags, once, the gift that takes the total over half the budget (999.99 of 1999.99)", async () => {
    const d = cleanData();
    d.info["budgetIncome"] = 1999.99;
    append(
      d,
      SHEET.condolences,
      gift("M002", "春节", "2024-02-05", 500), // 5: same day as row 3, later row: the crossing gift
      gift("M003", "中秋", "2024-09-17", 100), // 6: after the crossing, not flagged again
    );
    const a = await analyzeData(d, { profile: profileById("beijing-2019") });
    expectFindings(a, [`festival_cap_exceeded ${SHEET.condolences}!H5`]);
    const f = findingAt(a, "festival_cap_exceeded", SHEET.condolences, "H5");
    expect(f.params).toMatchObject({
      shape: "pool",
      memberId: null,
      festival: null,
      capFen: 99_999,
      totalFen: 110_000,
      profile: "beijing-2019",
    });
    for (const part of ["1100元", "999.99元", "北京市基层工会经费收支管理通知"]) expect(messageOf(f)).toContain(part);
  });

  it("asks for the budget on 基本信息 when there are festival gifts and no budget", async () => {
    const d = cleanData();
    d.info["profileId"] = "beijing-2019";
    const a = await analyzeData(d);
    expectFindings(a, [`required_missing ${SHEET.info}!B11`]);
    const f = findingAt(a, "required_missing", SHEET.info, "B11");
    expect(f.params).toMatchObject({ header: "年度经费收入预算(元)" });
    expect(messageOf(f)).toContain("“年度经费收入预算(元)”不能为空");
  });

  it("does not ask for the budget when there are no festival gifts", async () => {
    const d = cleanData();
    d.info["profileId"] = "beijing-2019";
    rowsOf(d, SHEET.condolences)[0] = condolence("M001", "生日慰问", "2024-02-05", 200);
    const a = await analyzeData(d);
    expectFindings(a, []);
  });
});
