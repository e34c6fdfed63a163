import type { Block, Provenance, Section } from "../../report/model.js";
import type { ChartSection, ChartSpec } from "../../charts/spec.js";
import { chartsIn } from "../charts-in.js";
import type { TotalPath } from "../../totals/paths.js";
import type { NarrativeContext } from "../context.js";
import { paragraph, when } from "../figures.js";

/** The section's id, which its charts name as their section. */
const ID = "care" satisfies ChartSection;

/** 三、送温暖与慰问: payments by reason (人次, amount), people reached (人), cash vs goods. */
export function care(ctx: NarrativeContext, title: string, charts: readonly ChartSpec[]): Section | null {
  const { f, totals: t } = ctx;
  if (t.condolences.count === 0) return null;
  const blocks: Block[] = [
    paragraph(
      ctx.vary("care.total", ["全年开展慰问", "全年共发放各类慰问"]),
      f.count("condolences.count", "人次"),
      "，覆盖会员",
      f.count("condolences.people", "人"),
      "，发放金额（含实物折价）",
      f.money("condolences.amountFen"),
      ...when(f.hasChange("condolences.amountFen"), () => ["，比上年", f.change("condolences.amountFen")]),
      "。",
    ),
  ];
  const reasons = Object.entries(t.condolences.byReason)
    .filter(([, v]) => v.count > 0)
    .sort((a, b) => b[1].amountFen - a[1].amountFen);
  if (reasons.length > 0) {
    blocks.push(
      paragraph(
        "按事由分，",
        ...reasons
          .slice(0, 5)
          .flatMap(([name], i) => [
            i === 0 ? "" : "；",
            name,
            f.count(`condolences.byReason.${name}.count`, "人次"),
            "、",
            f.money(`condolences.byReason.${name}.amountFen`),
          ]),
        ...when(reasons.length > 5, () => [
          "；其余事由合计",
          f.money({
            kind: "sum",
            paths: reasons.slice(5).map(([n]): TotalPath => `condolences.byReason.${n}.amountFen`),
          }),
        ]),
        "。",
      ),
    );
  }
  const forms = Object.entries(t.condolences.byForm).filter(([, v]) => v.count > 0);
  const cash = forms.filter(([k]) => k === "现金");
  const other = forms.filter(([k]) => k !== "现金");
  const sum = (keys: readonly [string, unknown][], field: "count" | "amountFen"): Provenance => ({
    kind: "sum",
    paths: keys.map(([k]): TotalPath => `condolences.byForm.${k}.${field}`),
  });
  if (cash.length > 0 || other.length > 0) {
    blocks.push(
      paragraph(
        "从发放形式看，",
        ...when(cash.length > 0, () => [
          "现金",
          f.count(sum(cash, "count"), "人次"),
          "、",
          f.money(sum(cash, "amountFen")),
        ]),
        cash.length > 0 && other.length > 0 && "；",
        ...when(other.length > 0, () => [
          `${other.map(([k]) => k).join("、")}等非现金形式`,
          f.count(sum(other, "count"), "人次"),
          "、",
          f.money(sum(other, "amountFen")),
        ]),
        "。",
      ),
    );
  }
  blocks.push(...chartsIn(charts, ID));
  return { id: ID, title, blocks };
}
