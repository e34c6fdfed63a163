import { describe, expect, it } from "vitest";
import { changeText } from "../../src/narrative/format.js";
import { holidaysOf } from "../../src/narrative/holidays.js";
import { analyzeData, cleanData } from "../helpers/ledger.js";
import { paragraphs, plain, reportOf, sectionText } from "../helpers/report.js";

// Issue 13 item 4: what the report says follows from the data — the non-cash forms, months without
// activity against the unit's holidays, and the wording of a change against last year.
type Data = ReturnType<typeof cleanData>;
const care = (d: Data) => d.sheets["慰问金台账"] ?? [];
const report = async (d: Data) => reportOf(await analyzeData(d));
const allText = (r: Awaited<ReturnType<typeof report>>): string => paragraphs(r).map(plain).join("\n");

describe("the non-cash forms sentence lists only forms the rules accept", () => {
  it("calls the accepted goods a 非现金形式 (clean ledger)", async () => {
    const r = await report(cleanData());
    expect(sectionText(r, "care")).toContain("从发放形式看，现金1人次、800元；实物等非现金形式1人次、500元。");
    expect(allText(r)).not.toContain("不符合规定");
  });

  it("never lists 购物卡 (form_forbidden) as a 非现金形式: it is named apart as not allowed", async () => {
    const d = cleanData();
    care(d)[0] = { ...care(d)[0], form: "购物卡" };
    const a = await analyzeData(d);
    expect(a.findings.filter((f) => f.code === "form_forbidden")).toHaveLength(1);
    const text = sectionText(reportOf(a), "care");
    expect(text).toContain("从发放形式看，现金1人次、800元；购物卡1人次、500元，发放形式不符合规定。");
    expect(text).not.toContain("非现金形式");
  });

  it("keeps accepted forms as 非现金形式 and sets a form forbidden for one reason apart, as partly irregular", async () => {
    const d = cleanData();
    care(d).push(
      // 蛋糕券 is fine for a birthday, and not for a retirement (纪念品 or 实物 only).
      { seq: 3, date: "2024-06-01", memberId: "M001", name: "张三", reason: "生日慰问", form: "蛋糕券", amount: 200 },
      { seq: 4, date: "2024-07-01", memberId: "M003", name: "王五", reason: "退休离岗", form: "蛋糕券", amount: 300 },
    );
    for (const row of care(d)) Object.assign(row, { handler: "周干事", approver: "王主席" });
    const a = await analyzeData(d);
    expect(a.findings.filter((f) => f.code === "form_forbidden")).toHaveLength(1);
    const text = sectionText(reportOf(a), "care");
    expect(text).toContain("实物等非现金形式1人次、500元；蛋糕券2人次、500元，其中部分发放形式不符合规定。");
    expect(text).not.toMatch(/蛋糕券[^；。]*非现金形式/u);
  });

  it("does not call cash for a festival a 非现金形式 (it stays 现金)", async () => {
    const d = cleanData();
    care(d)[0] = { ...care(d)[0], form: "现金" };
    const text = sectionText(await report(d), "care");
    expect(text).toContain("从发放形式看，现金2人次、1300元。");
    expect(text).not.toContain("非现金形式");
  });
});

/** The clean ledger's activity, once in each month of the year but `idle`. */
function withActivityMonths(idle: readonly number[], unitType?: string): Data {
  const d = cleanData();
  if (unitType !== undefined) d.info["unitType"] = unitType;
  const [first] = d.sheets["活动台账"] ?? [];
  d.sheets["活动台账"] = Array.from({ length: 12 }, (_, i) => i + 1)
    .filter((m) => !idle.includes(m))
    .map((m, i) => ({ ...first, seq: i + 1, date: `2024-${String(m).padStart(2, "0")}-15`, name: `${m}月健步走` }));
  return d;
}

describe("months without activity are a weakness outside the unit's holidays, or three in a row", () => {
  it("a school quiet in 寒暑假 (1–2月, 7–8月) only: no weakness, and the months are said to be its holidays", async () => {
    const r = await report(withActivityMonths([1, 2, 7, 8], "学校"));
    expect(sectionText(r, "weaknesses")).not.toContain("活动安排不够均衡");
    expect(sectionText(r, "plans")).not.toContain("统筹全年活动计划");
    expect(sectionText(r, "activities")).toContain(
      "下半年开展4次；1月、2月、7月、8月正值寒假、暑假，没有组织活动，其余月份每月都有活动开展。",
    );
  });

  it("the same months are a weakness for an enterprise, and for a unit that states no type", async () => {
    for (const type of ["企业", undefined]) {
      const r = await report(withActivityMonths([1, 2, 7, 8], type));
      expect(sectionText(r, "weaknesses")).toContain("一是活动安排不够均衡，1月、2月、7月、8月没有开展活动。");
      expect(sectionText(r, "plans")).toContain("统筹全年活动计划");
      expect(sectionText(r, "activities")).not.toContain("正值");
    }
  });

  it("a school with three empty months in a row has the weakness, holidays or not (7月至9月)", async () => {
    const r = await report(withActivityMonths([7, 8, 9], "学校"));
    expect(sectionText(r, "weaknesses")).toContain("一是活动安排不够均衡，7月至9月没有开展活动。");
    expect(sectionText(r, "activities")).toContain("下半年开展3次；7月至9月");
  });

  it("a school with an empty month outside its holidays: that month, the holiday excused", async () => {
    const r = await report(withActivityMonths([1, 2, 5], "学校"));
    expect(sectionText(r, "weaknesses")).toContain("一是活动安排不够均衡，除寒假外，还有5月没有开展活动。");
    // The activities section states the facts, every empty month.
    expect(sectionText(r, "activities")).toMatch(/1月、2月、5月(没有组织活动|未安排活动)。/u);
  });

  it("every month active: no weakness, and says so", async () => {
    const r = await report(withActivityMonths([], "企业"));
    expect(sectionText(r, "weaknesses")).not.toContain("活动安排不够均衡");
    expect(sectionText(r, "activities")).toContain("每个月都有活动开展。");
  });

  it("the holiday table is data by 单位类型: only 学校 has holidays; unknown or missing types none", () => {
    expect(holidaysOf("学校").flatMap((h) => h.months)).toEqual([1, 2, 7, 8]);
    for (const t of ["企业", "机关", "医院", "constructor", "toString", undefined]) expect(holidaysOf(t)).toEqual([]);
  });
});

describe("a change against last year reads 增长/下降 x.x%, or 与上年持平 (never 比上年持平)", () => {
  const prior = async (edit: (d: Data) => void = () => undefined) => {
    const d = cleanData();
    d.info["fiscalYear"] = 2023;
    edit(d);
    return (await analyzeData(d)).totals;
  };

  it("unchanged: 与上年持平", async () => {
    const r = reportOf(await analyzeData(cleanData()), await prior());
    expect(sectionText(r, "care")).toContain("1300元，与上年持平。");
    expect(sectionText(r, "organization")).toContain("会员总数与上年持平");
    expect(allText(r)).not.toContain("比上年持平");
  });

  it("changed: 比上年增长 / 比上年下降 with one decimal, and no 持平", async () => {
    const more = reportOf(
      await analyzeData(cleanData()),
      await prior((d) => (care(d)[0] = { ...care(d)[0], amount: 400 })),
    );
    expect(sectionText(more, "care")).toContain("1300元，比上年增长8.3%。"); // 1300 / 1200
    const less = reportOf(
      await analyzeData(cleanData()),
      await prior((d) => (care(d)[0] = { ...care(d)[0], amount: 700 })),
    );
    expect(sectionText(less, "care")).toContain("1300元，比上年下降13.3%。"); // 1300 / 1500
    for (const r of [more, less]) expect(sectionText(r, "care")).not.toContain("持平");
  });

  it("changeText: 持平 below 0.05%, else 增长/下降 with one decimal", () => {
    expect(changeText(100_000, 100_000)).toBe("持平");
    expect(changeText(100_004, 100_000)).toBe("持平");
    expect(changeText(99_996, 100_000)).toBe("持平");
    expect(changeText(100_100, 100_000)).toBe("增长0.1%");
    expect(changeText(90_000, 100_000)).toBe("下降10.0%");
    expect(changeText(0, 0)).toBe("持平");
  });
});
