import type { Block, Section } from "../../report/model.js";
import type { ChartSpec } from "../../charts/spec.js";
import type { NarrativeContext } from "../context.js";
import { paragraph, when } from "../figures.js";

/** 一、组织建设与会员管理: members at year end, joined, left; dues owed, paid and the rate. */
export function organization(ctx: NarrativeContext, title: string, charts: readonly ChartSpec[]): Section | null {
  const { f, totals: t } = ctx;
  if (t.members.total === 0 && t.dues.liableMembers === 0) return null;
  const blocks: Block[] = [];
  blocks.push(
    paragraph(
      ctx.vary("org.asof", ["截至年末，", "到年底，"]), "本会共有会员", f.count("members.total", "人"),
      ...when(t.members.active > 0, () => ["，其中在职会员", f.count("members.active", "人")]),
      ...when(t.members.retired > 0, () => ["、退休（离休）会员", f.count("members.retired", "人")]),
      ...when(ctx.prior, () => ["，会员总数比上年", f.change("members.total")]),
      "。",
      ...when(t.members.joinedThisYear > 0, () => [
        ctx.vary("org.join", ["全年新发展会员", "本年度新吸收会员"]), f.count("members.joinedThisYear", "人"), t.members.leftThisYear > 0 ? "，" : "。",
      ]),
      ...when(t.members.leftThisYear > 0, () => ["办理退会、转出", f.count("members.leftThisYear", "人"), "，会员信息随之更新。"]),
    ),
  );
  if (t.dues.liableMembers > 0) {
    const full = t.dues.paidFen >= t.dues.expectedFen;
    blocks.push(
      paragraph(
        ctx.vary("org.dues", ["按照规定比例和计缴基数收缴会费，", "严格执行会费收缴标准，"]),
        "全年应缴会费的会员", f.count("dues.liableMembers", "人"), "，应缴", f.money("dues.expectedFen"), "，实缴", f.money("dues.paidFen"),
        ...when(ctx.prior, () => ["（同比", f.change("dues.paidFen"), "）"]),
        "，会费收缴率", f.percent({ kind: "ratio", of: { kind: "total", path: "dues.paidFen" }, to: { kind: "total", path: "dues.expectedFen" } }),
        full ? "，会费做到了应收尽收。" : "。",
      ),
    );
  }
  for (const c of charts) if (c.id === "dues-by-month") blocks.push({ kind: "chart", chart: c });
  return { id: "organization", title, blocks };
}
