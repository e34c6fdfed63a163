import type { Block, Section } from "../../report/model.js";
import type { ChartSection, ChartSpec } from "../../charts/spec.js";
import { chartsIn } from "../charts-in.js";
import type { TotalPath } from "../../totals/paths.js";
import type { NarrativeContext } from "../context.js";
import { paragraph, when } from "../figures.js";
import { quoted } from "../format.js";
import { idleSpread } from "../months.js";
import { areaBlocks } from "../areas/area-section.js";
import { popularEvents, type NamedEvent } from "../areas/events.js";

/** The section's id, which its charts name as their section. */
const ID = "activities" satisfies ChartSection;

/**
 * Share of the members at year end the best attended event must have drawn (人次 of that event) for the
 * report to say it was 受到职工普遍欢迎 (our reading of 普遍: close to a third of the members came).
 */
const POPULAR_SHARE = 0.3;

/** 二、活动开展: the year's total, the work areas with their events, the best attended, how activity spread. */
export function activities(
  ctx: NarrativeContext,
  title: string,
  charts: readonly ChartSpec[],
  events: readonly NamedEvent[],
): Section | null {
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
  // The seeds' work areas, each with its events and figures and its 【请补充】 place (areas/).
  blocks.push(...areaBlocks(ctx, events));
  const popular = popularEvents(events).slice(0, 3);
  const top = popular[0];
  if (top) {
    // 普遍欢迎 is a claim about the members: made when the best attended event drew at least
    // POPULAR_SHARE of them; otherwise the events are only named as the best attended.
    const welcomed = t.members.total > 0 && top.participants >= POPULAR_SHARE * t.members.total;
    const names = popular.map((e) => quoted(e.name)).join("");
    blocks.push(
      paragraph(
        welcomed
          ? `${names}${ctx.vary("act.top", ["参与人数最多，受到职工普遍欢迎。", "参加的职工最多，受到职工普遍欢迎。"])}`
          : `参与人数较多的活动有${names}。`,
      ),
    );
  }
  const h1 = { kind: "sum" as const, paths: [0, 1, 2, 3, 4, 5].map((i): TotalPath => `activities.byMonthCount.${i}`) };
  const h2 = {
    kind: "sum" as const,
    paths: [6, 7, 8, 9, 10, 11].map((i): TotalPath => `activities.byMonthCount.${i}`),
  };
  blocks.push(
    paragraph("从时间分布看，上半年开展", f.count(h1, "次"), "，下半年开展", f.count(h2, "次"), ...idleSpread(ctx)),
  );
  blocks.push(...chartsIn(charts, ID));
  return { id: ID, title, blocks };
}
