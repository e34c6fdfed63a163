import { describe, expect, it } from "vitest";
import type { Heading, Placeholder } from "../../src/report/model.js";
import { analyzeData, cleanData } from "../helpers/ledger.js";
import { reportOf, sectionText } from "../helpers/report.js";
import { activity, append, SHEET } from "../rules/support.js";

type Data = ReturnType<typeof cleanData>;
const cat = (category: string, participants: number, extra = {}) => ({ category, participants, ...extra });

/** cleanData() (one 文体活动 "春季健步走", 3 members) plus a crafted year of a factory union. */
function factory(): Data {
  const d = cleanData();
  append(
    d,
    SHEET.activities,
    activity("安全生产知识竞赛", "2024-03-10", 2000, cat("劳动竞赛", 300)),
    activity("技能比武", "2024-05-10", 3000, cat("劳动竞赛", 120)),
    activity("技能比武", "2024-09-10", 3000, cat("劳动竞赛", 110)),
    activity("第三届职工代表大会", "2024-01-20", 0, cat("职代会与民主管理", 80)),
    activity("三八节插花", "2024-03-08", 1500, cat("女职工活动", 40)),
    activity("工会委员会例会", "2024-02-20", 0, cat("会议", 900)),
    activity("秋游", "2024-10-12", 9000, cat("春秋游", 60)),
  );
  return d;
}

const headings = (d: Awaited<ReturnType<typeof analyzeData>>): string[] =>
  (reportOf(d).sections.find((s) => s.id === "activities")?.blocks ?? [])
    .filter((b): b is Heading => b.kind === "heading")
    .map((b) => b.text);

describe("二、活动开展 by the seeds' work areas (issue 13 item 2)", () => {
  it("has one subsection per area with activities or a place to fill, in the seeds' order", async () => {
    const a = await analyzeData(factory());
    expect(headings(a)).toEqual([
      "（一）思想政治引领",
      "（二）民主管理",
      "（三）劳动竞赛",
      "（四）文体活动",
      "（五）女职工工作",
    ]);
  });

  it("names the events of an area with its figures: count, 人次 and cost from the totals", async () => {
    const text = sectionText(reportOf(await analyzeData(factory())), "activities");
    // 劳动竞赛: three rows, two names; 技能比武 held twice.
    expect(text).toContain("组织开展“安全生产知识竞赛”“技能比武”等劳动竞赛3次，参与职工530人次，支出8000元。");
    // Every event named: the names follow the count.
    expect(text).toContain("组织开展职代会和民主管理活动1次（“第三届职工代表大会”），参与职工80人次。");
    // 文体活动 gathers 春秋游: 春季健步走 (cleanData) and 秋游.
    expect(text).toMatch(/组织开展(“秋游”“春季健步走”|文体活动2次（“秋游”“春季健步走”）)/u);
    // 会议 is no work area and no event.
    expect(text).not.toContain("例会");
  });

  it("holds up as 普遍欢迎 only real events that drew a good share of the members, ranked by attendance", async () => {
    const d = factory();
    // 30 more members, so 300 人次 is far more than 30% of 33 members; the 900-人次 meeting never counts.
    for (let i = 0; i < 30; i++)
      (d.sheets[SHEET.members] ?? []).push({
        memberId: `X${i}`,
        name: `职工${i}`,
        status: "已转出",
        joinDate: "2010-01-01",
        statusDate: "2023-01-01",
      });
    const text = sectionText(reportOf(await analyzeData(d)), "activities");
    expect(text).toMatch(/“安全生产知识竞赛”“技能比武”“秋游”参[与加]/u);
    expect(text).toContain("受到职工普遍欢迎");
    expect(text).not.toContain("例会");
  });

  it("without a good share, names the best attended without claiming 普遍欢迎", async () => {
    const d = factory();
    // 300 members at year end: 300 人次 at the best event is no longer a third of them.
    for (let i = 0; i < 1100; i++)
      (d.sheets[SHEET.members] ?? []).push({
        memberId: `Y${i}`,
        name: `职工${i}`,
        status: "退休",
        joinDate: "2010-01-01",
      });
    const text = sectionText(reportOf(await analyzeData(d)), "activities");
    expect(text).not.toContain("普遍欢迎");
    expect(text).toContain("参与人数较多的活动有“安全生产知识竞赛”");
  });

  it("breaks a tie in attendance by how often an event was held, then by date, never by row order", async () => {
    const d = cleanData();
    append(
      d,
      SHEET.activities,
      activity("乒乓球赛", "2024-06-01", 100, cat("文体活动", 50)),
      activity("羽毛球赛", "2024-05-01", 100, cat("文体活动", 50)),
      activity("羽毛球赛", "2024-09-01", 100, cat("文体活动", 50)),
      activity("象棋赛", "2024-04-01", 100, cat("文体活动", 50)),
    );
    const forward = sectionText(reportOf(await analyzeData(d)), "activities");
    const rows = d.sheets[SHEET.activities] ?? [];
    rows.splice(1, rows.length - 1, ...rows.slice(1).reverse());
    const backward = sectionText(reportOf(await analyzeData(d)), "activities");
    // All drew 50: 羽毛球赛 was held twice; then 象棋赛 (1 April) before cleanData's 春季健步走 (20 April).
    expect(forward).toContain("“羽毛球赛”“象棋赛”“春季健步走”");
    expect(backward).toBe(forward);
  });
});

describe("【请补充】 places (issue 13 item 3)", () => {
  it("are where the seeds have them, four of them, counted on page 1", async () => {
    const r = reportOf(await analyzeData(cleanData()));
    const fills = r.sections.flatMap((s) =>
      s.blocks.filter((b): b is Placeholder => b.kind === "placeholder").map((b) => `${s.id}:${b.id}`),
    );
    expect(fills).toEqual(["organization:home", "activities:ideology", "activities:openness", "activities:safety"]);
    const notice = r.notice?.runs.map((x) => x.text).join("") ?? "";
    expect(notice).toContain("本文有4处“【请补充】”（黄色底纹）需按本单位实际情况填写");
    expect(notice).not.toContain("错误");
  });
});
