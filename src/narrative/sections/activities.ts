import type { Block, Section } from "../../report/model.js";
import type { ChartSection, ChartSpec } from "../../charts/spec.js";
import { chartsIn } from "../charts-in.js";
import type { TotalPath } from "../../totals/paths.js";
import type { NarrativeContext } from "../context.js";
import { paragraph, when } from "../figures.js";
import { idleMonthsFigure } from "../months.js";

/** The section's id, which its charts name as their section. */
const ID = "activities" satisfies ChartSection;

/** 二、活动开展: by category, the most attended by name, how activity spread over the year. */
export function activities(ctx: NarrativeContext, title: string, charts: readonly ChartSpec[]): Section | null {
  const { f, totals: t } = ctx;
  if (t.activities.count === 0) return null;
  // 同比 only for what last year had some of (a 同比 against 0 is no percentage).
  const yoy = (
    [
      ["活动次数", "activities.count"],
      ["参与人次", "activities.participants"],
    ] as const
  ).filter(([, path]) => f.hasChange(path));
  const blocks: Block[] = [
    paragraph(
      ctx.vary("act.total", ["全年共组织开展各类活动", "一年来，本会共举办各类职工活动"]),
      f.count("activities.count", "次"),
      "，参与职工",
      f.count("activities.participants", "人次"),
      ...when(t.activities.costFen > 0, () => ["，活动支出", f.money("activities.costFen")]),
      ...yoy.flatMap(([name, path], i) => [i === 0 ? "。与上年相比，" : "，", name, f.change(path)]),
      "。",
    ),
  ];
  const cats = Object.entries(t.activities.byCategory)
    .filter(([, v]) => v.count > 0)
    .sort((a, b) => b[1].count - a[1].count || b[1].participants - a[1].participants);
  const [lead, ...rest] = cats;
  if (lead) {
    blocks.push(
      paragraph(
        "从活动类别看，",
        lead[0],
        ctx.vary("act.lead", ["开展得最多，共", "次数居首，达"]),
        f.count(`activities.byCategory.${lead[0]}.count`, "次"),
        "、",
        f.count(`activities.byCategory.${lead[0]}.participants`, "人次"),
        ...rest
          .slice(0, 4)
          .flatMap(([name], i) => [
            i === 0 ? "；其次是" : "、",
            name,
            f.count(`activities.byCategory.${name}.count`, "次"),
          ]),
        rest.length > 4 && "等",
        "。",
        ctx.topActivities.length > 0 &&
          `其中${ctx.topActivities.map((n) => `“${n}”`).join("")}${ctx.vary("act.top", ["参与人数最多，受到职工普遍欢迎。", "参加的职工最多，反响较好。"])}`,
      ),
    );
  }
  const h1 = { kind: "sum" as const, paths: [0, 1, 2, 3, 4, 5].map((i): TotalPath => `activities.byMonthCount.${i}`) };
  const h2 = {
    kind: "sum" as const,
    paths: [6, 7, 8, 9, 10, 11].map((i): TotalPath => `activities.byMonthCount.${i}`),
  };
  const idle = idleMonthsFigure(t);
  blocks.push(
    paragraph(
      "从时间分布看，上半年开展",
      f.count(h1, "次"),
      "，下半年开展",
      f.count(h2, "次"),
      idle ? "；" : "，",
      idle && idle.value > 6 ? "有" : "",
      idle ?? "",
      idle ? ctx.vary("act.idle", ["没有组织活动。", "未安排活动。"]) : "每个月都有活动开展。",
    ),
  );
  blocks.push(...chartsIn(charts, ID));
  return { id: ID, title, blocks };
}
