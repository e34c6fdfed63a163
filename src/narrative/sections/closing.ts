import type { Block, Section } from "../../report/model.js";
import type { NarrativeContext } from "../context.js";
import { paragraph } from "../figures.js";
import type { Weakness } from "./weaknesses.js";
import { ordinalLead } from "../numbering.js";

/** 五、存在的不足: only what the data shows; never a claim the findings contradict. */
export function weaknessSection(ctx: NarrativeContext, title: string, items: readonly Weakness[]): Section {
  const blocks: Block[] =
    items.length > 0
      ? [
          paragraph(ctx.vary("weak.intro", ["回顾全年工作，还存在一些不足：", "对照台账数据，工作中还存在以下不足："])),
          ...items.map((w) => w.text),
        ]
      : [paragraph("对照台账数据，全年各项工作总体规范，但在活动形式创新、服务职工的精准度等方面仍有提升空间。")];
  return { id: "weaknesses", title, blocks };
}

/** 六、下一年工作打算: one plan per weakness, then the ongoing work. */
export function plansSection(ctx: NarrativeContext, title: string, items: readonly Weakness[]): Section {
  const ongoing = [
    ctx.vary("plan.home", [
      "继续加强职工之家建设，丰富职工文化生活，增强工会组织的凝聚力。",
      "持续推进职工之家建设，组织好职工喜闻乐见的文体活动。",
    ]),
    "坚持做好节日慰问、困难帮扶和送温暖工作，把关心关爱落实到每一位会员。",
    "认真接受经费审查委员会的审查监督，定期向会员公开经费收支情况。",
  ];
  const plans = [...items.map((w) => w.plan), ...ongoing];
  return {
    id: "plans",
    title,
    blocks: [
      paragraph(
        ctx.f.nextYear(),
        "，",
        ctx.vary("plan.intro", ["本会将重点做好以下工作：", "我们将着力抓好以下几项工作："]),
      ),
      ...plans.map((p, i) => paragraph(ordinalLead(i), p)),
    ],
  };
}
