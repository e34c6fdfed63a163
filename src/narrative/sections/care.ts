import type { Block, Inline, Provenance, Section } from "../../report/model.js";
import { LISTS } from "../../layout/lists.js";
import type { ChartSection, ChartSpec } from "../../charts/spec.js";
import { chartsIn } from "../charts-in.js";
import type { TotalPath } from "../../totals/paths.js";
import type { NarrativeContext } from "../context.js";
import { paragraph, when } from "../figures.js";

/** The section's id, which its charts name as their section. */
const ID = "care" satisfies ChartSection;
const CASH = "现金";

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
      ...when(f.hasChange("condolences.amountFen"), () => ["，", ...f.versusLastYear("condolences.amountFen")]),
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
  // A form the rules found forbidden for some payment (form_forbidden: 购物卡, cash for a festival…) or
  // outside the template's list is never called a 非现金形式, which reads as the approved practice.
  const forbidden = ctx.findings.flatMap((x) => (x.code === "form_forbidden" ? [x.params.form] : []));
  const listed = (k: string): boolean => (LISTS.condolenceForm as readonly string[]).includes(k);
  const cash = forms.filter(([k]) => k === CASH);
  const approved = forms.filter(([k]) => k !== CASH && listed(k) && !forbidden.includes(k));
  const irregular = forms.filter(([k]) => k !== CASH && !approved.some(([a]) => a === k));
  // Whether every payment in those forms is irregular (an unlisted form always is), or only some of them
  // (蛋糕券 is fine for a birthday and forbidden on retirement).
  const allIrregular = irregular.every(([k, v]) => !listed(k) || forbidden.filter((x) => x === k).length >= v.count);
  const sum = (keys: readonly [string, unknown][], field: "count" | "amountFen"): Provenance => ({
    kind: "sum",
    paths: keys.map(([k]): TotalPath => `condolences.byForm.${k}.${field}`),
  });
  const clause = (keys: readonly [string, unknown][], name: string): readonly (Inline | string)[] => [
    name,
    f.count(sum(keys, "count"), "人次"),
    "、",
    f.money(sum(keys, "amountFen")),
  ];
  const clauses = [
    cash.length > 0 && clause(cash, CASH),
    approved.length > 0 && clause(approved, `${approved.map(([k]) => k).join("、")}等非现金形式`),
    irregular.length > 0 && [
      ...clause(irregular, irregular.map(([k]) => k).join("、")),
      allIrregular ? "，发放形式不符合规定" : "，其中部分发放形式不符合规定",
    ],
  ].filter((c): c is readonly (Inline | string)[] => c !== false);
  if (clauses.length > 0) {
    blocks.push(paragraph("从发放形式看，", ...clauses.flatMap((c, i) => (i === 0 ? c : ["；", ...c])), "。"));
  }
  blocks.push(...chartsIn(charts, ID));
  return { id: ID, title, blocks };
}
