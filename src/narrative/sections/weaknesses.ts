import type { Inline, Paragraph, Provenance } from "../../report/model.js";
import type { TotalPath } from "../../totals/paths.js";
import type { NarrativeContext } from "../context.js";
import { paragraph, ratio, when } from "../figures.js";
import { idleMonths, idleMonthsFigure } from "../months.js";
import { STANDARD_CODES } from "./finance.js";
import { ordinalLead } from "../numbering.js";

/** A weakness the data shows, with the plan that answers it (五 → 六 of narrative.md). */
export interface Weakness {
  readonly id: string;
  readonly text: Paragraph;
  readonly plan: string;
}

const total = (path: TotalPath): Provenance => ({ kind: "total", path });

/** The weaknesses, in order of weight; each appears only when the data shows it. */
export function weaknesses(ctx: NarrativeContext): Weakness[] {
  const { f, totals: t, findingCounts } = ctx;
  const out: { id: string; parts: readonly (Inline | string)[]; plan: string }[] = [];
  // What members owe and did not pay: another member's over-payment does not make up for it.
  if (t.dues.liableMembers > 0 && t.dues.expectedFen > 0 && t.dues.collectedFen < t.dues.expectedFen) {
    out.push({
      id: "dues-rate",
      parts: [
        "会费收缴还不到位，收缴率为",
        f.rate("dues.collectionRate"),
        "，尚有",
        f.money({ kind: "difference", of: total("dues.expectedFen"), minus: total("dues.collectedFen") }),
        "未收缴到位。",
      ],
      plan: "加强会费收缴管理，按月核对应缴与实缴，做到应收尽收、及时足额。",
    });
  }
  if ((findingCounts["dues_arrears"] ?? 0) > 0) {
    out.push({
      id: "arrears",
      parts: [
        "有",
        f.count({ kind: "findings", codes: ["dues_arrears"] }, "名"),
        "会员长期未缴纳会费，会籍管理需要跟进。",
      ],
      plan: "对长期未缴会费的会员逐一了解情况，按照《中国工会章程》做好会籍管理。",
    });
  }
  // Empty months are a weakness outside the unit's holidays, or when several run together (months.ts).
  const idle = idleMonths(t, ctx.holidays);
  const weakIdle = idleMonthsFigure(idle.weak);
  if (t.activities.count > 0 && weakIdle) {
    const besides = idle.excusedBy.length > 0;
    const many = weakIdle.value > 6; // written "N个月", not by name
    out.push({
      id: "idle-months",
      parts: [
        "活动安排不够均衡，",
        ...when(besides, () => [`除${idle.excusedBy.join("、")}外，`]),
        besides ? (many ? "全年还有" : "还有") : many ? "全年有" : "",
        weakIdle,
        "没有开展活动。",
      ],
      plan: "统筹全年活动计划，在活动较少的月份安排小型多样、职工便于参加的活动。",
    });
  }
  const cats = Object.entries(t.activities.byCategory)
    .filter(([, v]) => v.costFen > 0)
    .sort((a, b) => b[1].costFen - a[1].costFen);
  const top = cats[0];
  // More than half of the activity spending but less than all of it, so the total is positive (a
  // share of 0, or past 100%, would take negative costs elsewhere, which are already errors).
  if (top && cats.length > 1 && top[1].costFen * 2 > t.activities.costFen && top[1].costFen < t.activities.costFen) {
    out.push({
      id: "dominant-category",
      parts: [
        "经费使用结构有待优化，",
        top[0],
        "支出占活动支出的",
        f.percent(ratio(`activities.byCategory.${top[0]}.costFen`, "activities.costFen")),
        "。",
      ],
      plan: "优化经费支出结构，兼顾职工教育培训、劳动竞赛和女职工工作等各类活动。",
    });
  }
  if (STANDARD_CODES.some((c) => (findingCounts[c] ?? 0) > 0)) {
    out.push({
      id: "standards",
      parts: [
        "个别支出超出标准或发放形式、用途不符合规定，共",
        f.count({ kind: "findings", codes: STANDARD_CODES }, "处"),
        "。",
      ],
      plan: "严格执行经费开支标准，慰问和活动支出在发放前对照标准审核金额、形式和用途。",
    });
  }
  if ((findingCounts["error"] ?? 0) > 0) {
    out.push({
      id: "ledger-quality",
      parts: [
        "台账记录还不够规范，数据中尚有",
        f.count({ kind: "findings", codes: ["error"] }, "处"),
        "错误需要更正。",
      ],
      plan: "规范台账填报，坚持每月检查一次台账，发现错误及时更正，做到账实相符。",
    });
  }
  return out.map((w, i) => ({ id: w.id, text: paragraph(ordinalLead(i), ...w.parts), plan: w.plan }));
}
