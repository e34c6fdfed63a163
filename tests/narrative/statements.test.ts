import { describe, expect, it } from "vitest";
import { analyzeData, cleanData, months, profileById } from "../helpers/ledger.js";
import { paragraphs, plain, reportOf, sectionText } from "../helpers/report.js";

describe("narrative statements for crafted ledgers", () => {
  it("writes the clean ledger's sections as a clerk would (snapshot)", async () => {
    const r = reportOf(await analyzeData(cleanData()));
    expect(r.title).toBe("测试工会2024年工作总结");
    // No errors: page 1's notice only counts the 【请补充】 places (four in every report).
    expect(r.notice?.runs.map((x) => x.text).join("")).toBe(
      "说明：本文有4处“【请补充】”（黄色底纹）需按本单位实际情况填写，填写后请删去提示。",
    );
    expect(r.sections.map((s) => s.title)).toEqual([
      "",
      "一、组织建设与会员管理",
      "二、活动开展",
      "三、送温暖与慰问",
      "四、经费管理",
      "五、存在的不足",
      "六、2025年工作打算",
    ]);
    expect(sectionText(r, "organization")).toMatchInlineSnapshot(`
      "到年底，本会共有会员3人，其中在职会员2人、退休（离休）会员1人。
      严格执行会费收缴标准，全年应缴会费的会员3人，应缴781.80元，实缴781.80元，会费收缴率100%，会费做到了应收尽收。"
    `);
    expect(sectionText(r, "activities")).toMatchInlineSnapshot(`
      "全年共组织开展各类活动1次，参与职工50人次，活动支出1500元。
      组织开展文体活动1次（“春季健步走”），参与职工50人次，支出1500元。
      “春季健步走”参加的职工最多，受到职工普遍欢迎。
      从时间分布看，上半年开展1次，下半年开展0次；有11个月没有组织活动。"
    `);
    expect(sectionText(r, "care")).toMatchInlineSnapshot(`
      "全年共发放各类慰问2人次，覆盖会员2人，发放金额（含实物折价）1300元。
      按事由分，生病住院1人次、800元；节日慰问1人次、500元。
      从发放形式看，现金1人次、800元；实物等非现金形式1人次、500元。"
    `);
    expect(sectionText(r, "finance")).toMatchInlineSnapshot(`
      "全年活动和慰问两项支出合计2800元，其中活动支出1500元、占53.6%，慰问支出1300元、占46.4%。
      各项支出均履行了经手、审批手续。
      对照通用参考方案（非官方标准），经逐笔校验，未发现超出标准或发放形式不合规定的支出。
      需要说明的是，上述标准为通用参考方案，并非正式规定；上级工会另有规定的，以上级工会规定为准。"
    `);
    expect(sectionText(r, "weaknesses")).toMatchInlineSnapshot(`
      "回顾全年工作，还存在一些不足：
      一是活动安排不够均衡，全年有11个月没有开展活动。"
    `);
  });

  it("names an unofficial profile other than the general one by its own name, never as 通用参考方案", async () => {
    const profile = profileById("guizhou-example");
    expect(profile.official).toBe(false);
    const finance = sectionText(reportOf(await analyzeData(cleanData(), { profile })), "finance");
    expect(finance).toContain("需要说明的是，上述标准为按节日分别限额的示例方案，并非正式规定");
    expect(finance).not.toContain("通用参考方案");
  });

  it("never claims full collection at 99.6%", async () => {
    const data = cleanData();
    // M001 owes 22.65 × 12 = 271.80; paying 0.95 less in December gives 270.85 of the total 751.80 + …
    const dues = data.sheets["会费台账"] ?? [];
    dues[0] = { ...dues[0], m12: 21.7 };
    const a = await analyzeData(data);
    const rate = a.totals.dues.paidFen / a.totals.dues.expectedFen;
    expect(rate).toBeGreaterThan(0.995);
    expect(rate).toBeLessThan(1);
    const text = paragraphs(reportOf(a)).map(plain).join("\n");
    expect(text).not.toContain("100%");
    expect(text).not.toContain("应收尽收。");
    // 780.85 / 781.80 = 99.878…%: floored, as every output writes the rate (rate-text.ts).
    expect(text).toContain("会费收缴率99.8%");
    expect(text).toContain("尚有95分".replace("95分", "0.95元"));
  });

  it("does not say spending complied when a cap finding exists, and plans to fix it", async () => {
    const data = cleanData();
    const cond = data.sheets["慰问金台账"] ?? [];
    cond[1] = { ...cond[1], amount: 1200 }; // 生病住院 above the default cap of 1000
    const r = reportOf(await analyzeData(data));
    const finance = sectionText(r, "finance");
    expect(finance).not.toMatch(/未发现|全部合规/);
    expect(finance).toContain("台账中有1处超出标准");
    expect(sectionText(r, "weaknesses")).toContain("个别支出超出标准");
    expect(sectionText(r, "plans")).toContain("严格执行经费开支标准");
  });

  it("gives each weakness a plan, and none when the data shows none", async () => {
    const everyMonth = cleanData();
    everyMonth.sheets["活动台账"] = Array.from({ length: 12 }, (_, i) => ({
      seq: i + 1,
      date: `2024-${String(i + 1).padStart(2, "0")}-15`,
      name: `月度读书会${"一二三四五六七八九十"[i % 10] ?? ""}${i}`,
      category: i % 2 ? "宣传活动" : "文体活动",
      participants: 20,
      cost: 400,
      funding: "工会经费",
      handler: "周干事",
      approver: "王主席",
    }));
    const clean = reportOf(await analyzeData(everyMonth));
    expect(sectionText(clean, "weaknesses")).toContain("总体规范");
    expect(sectionText(clean, "activities")).toContain("每个月都有活动开展");
    const plansClean = sectionText(clean, "plans").split("\n");
    const data = cleanData();
    const dues = data.sheets["会费台账"] ?? [];
    dues[1] = { memberId: "M002", name: "李四", wage: 6000, ...months(30, 5) }; // 7 months unpaid
    const r = reportOf(await analyzeData(data));
    const weak = sectionText(r, "weaknesses");
    expect(weak).toContain("一是会费收缴还不到位");
    expect(weak).toContain("二是有1名会员长期未缴纳会费");
    const plans = sectionText(r, "plans");
    expect(plans).toContain("一是加强会费收缴管理");
    expect(plans).toContain("二是对长期未缴会费的会员逐一了解情况");
    expect(plans.split("\n").length).toBeGreaterThan(plansClean.length);
  });

  it("leaves out the activities section when there were none, and says nothing about them elsewhere", async () => {
    const data = cleanData();
    data.sheets["活动台账"] = [];
    const r = reportOf(await analyzeData(data));
    expect(r.sections.map((s) => s.id)).not.toContain("activities");
    expect(r.sections.map((s) => s.title)).toContain("二、送温暖与慰问");
    expect(paragraphs(r).map(plain).join("")).not.toContain("活动安排不够均衡");
  });

  it("writes a report for a union of retirees only (no dues owed)", async () => {
    const data = cleanData();
    data.sheets["会员名册"] = [
      { memberId: "R1", name: "老张", joinDate: "1990-01-01", status: "退休", statusDate: "2015-06-01" },
      { memberId: "R2", name: "老李", joinDate: "1992-01-01", status: "退休", statusDate: "2018-03-01" },
    ];
    data.sheets["会费台账"] = [];
    data.sheets["慰问金台账"] = [
      {
        seq: 1,
        date: "2024-09-13",
        memberId: "R1",
        name: "老张",
        reason: "节日慰问",
        festival: "中秋",
        form: "实物",
        amount: 300,
        handler: "甲",
        approver: "乙",
      },
    ];
    const r = reportOf(await analyzeData(data));
    const org = sectionText(r, "organization");
    expect(org).toContain("退休（离休）会员2人");
    expect(org).not.toContain("收缴率");
  });

  it("states no collection rate when nothing was owed (every 计缴工资 empty), and says 应缴0元 plainly", async () => {
    const data = cleanData();
    data.sheets["会费台账"] = (data.sheets["会费台账"] ?? []).map((r) => ({ ...r, wage: undefined }));
    const a = await analyzeData(data);
    expect(a.totals.dues.liableMembers).toBe(3);
    expect(a.totals.dues.expectedFen).toBe(0);
    const r = reportOf(a);
    expect(sectionText(r, "organization")).toContain("全年应缴会费的会员3人，应缴0元，实缴781.80元。");
    const text = paragraphs(r).map(plain).join("\n");
    expect(text).not.toMatch(/收缴率|应收尽收|NaN|Infinity/);
    expect(sectionText(r, "weaknesses")).not.toContain("会费收缴还不到位");
    // Members without any dues row owe nothing either: the same sentence, no rate.
    const noRows = reportOf(await analyzeData({ ...cleanData(), sheets: { ...cleanData().sheets, 会费台账: [] } }));
    expect(sectionText(noRows, "organization")).toContain("应缴0元，实缴0元。");
  });

  it("writes no 同比 against a figure that was 0 last year (no percentage of nothing)", async () => {
    const empty = cleanData();
    empty.info["fiscalYear"] = 2023;
    empty.sheets["活动台账"] = [];
    empty.sheets["慰问金台账"] = [];
    empty.sheets["会费台账"] = [];
    const r = reportOf(await analyzeData(cleanData()), (await analyzeData(empty)).totals);
    expect(sectionText(r, "activities")).not.toContain("与上年相比");
    expect(sectionText(r, "care")).not.toContain("比上年");
    expect(sectionText(r, "organization")).not.toContain("同比");
    // Members were there last year: that 同比 stays.
    expect(sectionText(r, "organization")).toContain("会员总数与上年持平");
    expect(paragraphs(r).map(plain).join("")).not.toContain("新增");
  });

  it("computes 同比 against last year's totals", async () => {
    const prior = await analyzeData({ ...cleanData(), info: { ...cleanData().info, fiscalYear: 2023 } });
    const data = cleanData();
    (data.sheets["活动台账"] ?? []).push({
      seq: 2,
      date: "2024-05-01",
      name: "劳动竞赛",
      category: "劳动竞赛",
      participants: 30,
      cost: 600,
      funding: "工会经费",
      handler: "周干事",
      approver: "王主席",
    });
    const r = reportOf(await analyzeData(data), prior.totals);
    // 2 activities against 1, 80 participations against 50, condolences unchanged.
    expect(sectionText(r, "activities")).toContain("与上年相比，活动次数增长100.0%，参与人次增长60.0%");
    expect(sectionText(r, "care")).toContain("发放金额（含实物折价）1300元，与上年持平。");
    expect(sectionText(r, "organization")).toContain("会员总数与上年持平");
  });
});
