import type { Block, Provenance, Section } from "../../report/model.js";
import type { ChartSection, ChartSpec } from "../../charts/spec.js";
import { chartsIn } from "../charts-in.js";
import type { NarrativeContext } from "../context.js";
import { memberParts } from "../../totals/member-parts.js";
import { memberPartName } from "../member-part-name.js";
import { leftAliveThisYear } from "../../totals/leavers.js";
import { paragraph, when } from "../figures.js";
import { HOME_FILL } from "../areas/work-areas.js";

/** 退会、转出 proper: those who left, less those who died (totals/leavers.ts). */
const LEFT_ALIVE: Provenance = {
  kind: "difference",
  of: { kind: "total", path: "members.leftThisYear" },
  minus: { kind: "total", path: "members.diedThisYear" },
};

/** The section's id, which its charts name as their section. */
const ID = "organization" satisfies ChartSection;

/** 一、组织建设与会员管理: members at year end, joined, left; dues owed, paid and the rate. */
export function organization(ctx: NarrativeContext, title: string, charts: readonly ChartSpec[]): Section | null {
  const { f, totals: t } = ctx;
  if (t.members.total === 0 && t.dues.liableMembers === 0) return null;
  const blocks: Block[] = [];
  blocks.push(
    paragraph(
      ctx.vary("org.asof", ["截至年末，", "到年底，"]),
      "本会共有会员",
      f.count("members.total", "人"),
      // Every status with members is named, so the parts add up to the whole.
      ...memberParts(t.members).flatMap((p, i) => [
        i === 0 ? "，其中" : "、",
        memberPartName(p, true),
        f.count(p.path, "人"),
      ]),
      ...when(f.hasChange("members.total"), () => ["，会员总数", ...f.versusLastYear("members.total")]),
      "。",
      ...when(t.members.joinedThisYear > 0, () => [
        ctx.vary("org.join", ["全年新发展会员", "本年度新吸收会员"]),
        f.count("members.joinedThisYear", "人"),
        t.members.leftThisYear > 0 ? "，" : "。",
      ]),
      // The deceased are said apart, never among 退会、转出 (leftThisYear counts both).
      ...when(leftAliveThisYear(t.members) > 0, () => [
        "办理退会、转出",
        f.count(LEFT_ALIVE, "人"),
        t.members.diedThisYear > 0 ? "，" : "，会员信息随之更新。",
      ]),
      ...when(t.members.diedThisYear > 0, () => [
        "会员去世",
        f.count("members.diedThisYear", "人"),
        "，会员信息随之更新。",
      ]),
    ),
  );
  if (t.dues.liableMembers > 0) {
    // With nothing owed (every 计缴工资 empty or too low) there is no rate and no 应收尽收 to claim:
    // the sentence says 应缴0元 and stops at what was paid. 应收尽收 only when no member owes
    // anything: one member's over-payment never makes up for another's arrears (the rate is
    // Σ min(paid, owed) ÷ owed); what was paid over is said apart.
    const hasRate = t.dues.expectedFen > 0;
    const full = hasRate && t.dues.collectedFen >= t.dues.expectedFen;
    blocks.push(
      paragraph(
        ctx.vary("org.dues", ["按照规定比例和计缴基数收缴会费，", "严格执行会费收缴标准，"]),
        "全年应缴会费的会员",
        f.count("dues.liableMembers", "人"),
        "，应缴",
        f.money("dues.expectedFen"),
        "，实缴",
        f.money("dues.paidFen"),
        // 补缴上年 is cash of this year for last year's dues: in 实缴, never in the rate (totals.ts).
        ...when(t.dues.catchUpFen > 0, () => ["（含补缴上年度会费", f.money("dues.catchUpFen"), "）"]),
        ...when(f.hasChange("dues.paidFen"), () => ["，同比", f.change("dues.paidFen")]),
        ...when(hasRate, () => ["，会费收缴率", f.rate("dues.collectionRate")]),
        full ? "，会费做到了应收尽收。" : "。",
        // An exemption the committee decided is not arrears: its months are owed by nobody.
        ...when(t.dues.exemptMembers > 0, () => [
          "经工会委员会批准，",
          f.count("dues.exemptMembers", "名"),
          "会员在批准的月份免缴会费，不计入应缴。",
        ]),
        // Said apart, never netted against arrears; the members are named in the dues_mismatch findings.
        ...when(t.dues.overpaidFen > 0, () => [
          "另有",
          f.count("dues.overpaidMembers", "名"),
          "会员多缴会费",
          f.money("dues.overpaidFen"),
          "，应退还或抵缴下年。",
        ]),
      ),
    );
  }
  blocks.push(...chartsIn(charts, ID));
  // The seeds' 自身建设 / 建家: the union's own words, in a place a refresh keeps.
  blocks.push({ kind: "placeholder", ...HOME_FILL });
  return { id: ID, title, blocks };
}
