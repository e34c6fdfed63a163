import { FindingCategory, codesOf } from "../../findings/codes.js";
import type { Block, Inline, Provenance, Section } from "../../report/model.js";
import type { MoneyPath } from "../../totals/paths.js";
import type { NarrativeContext } from "../context.js";
import { paragraph, ratio, when } from "../figures.js";
import { bookTitle } from "../format.js";

/** Findings that mean money was spent above a cap or in a forbidden form: their category says so (findings/codes.ts). */
export const STANDARD_CODES = codesOf(FindingCategory.standard);

/** 四、经费管理: spending by ledger, approvals, compliance with the profile (only what the checks show). */
export function finance(ctx: NarrativeContext, title: string): Section | null {
  const { f, totals: t, findingCounts } = ctx;
  const spent: Provenance = { kind: "sum", paths: ["activities.costFen", "condolences.amountFen"] };
  if (t.activities.costFen + t.condolences.amountFen === 0) return null;
  // Shares only when neither part is negative (a negative amount is already an error finding, and
  // would make the other part's share exceed 100%); the total is then positive, as it is not 0.
  const shares = t.activities.costFen >= 0 && t.condolences.amountFen >= 0;
  const part = (path: MoneyPath): readonly (Inline | string)[] =>
    when(shares, () => ["、占", f.percent(ratio(path, spent))]);
  const blocks: Block[] = [
    paragraph(
      "全年活动和慰问两项支出合计",
      f.money(spent),
      ...when(t.activities.costFen > 0, () => [
        "，其中活动支出",
        f.money("activities.costFen"),
        ...part("activities.costFen"),
      ]),
      ...when(t.condolences.amountFen > 0, () => [
        "，慰问支出",
        f.money("condolences.amountFen"),
        ...part("condolences.amountFen"),
      ]),
      "。",
    ),
  ];
  const missing = findingCounts["approval_missing"] ?? 0;
  const same = findingCounts["approval_same_person"] ?? 0;
  blocks.push(
    paragraph(
      missing === 0
        ? ctx.vary("fin.approvals", ["每笔支出都有经手人和审批人，审批手续齐全", "各项支出均履行了经手、审批手续"])
        : "",
      ...when(missing > 0, () => [
        "有",
        f.count({ kind: "findings", codes: ["approval_missing"] }, "处"),
        "支出记录缺少经手人或审批人，审批手续有待补全",
      ]),
      ...when(same > 0, () => [
        "；另有",
        f.count({ kind: "findings", codes: ["approval_same_person"] }, "笔"),
        "支出的经手人与审批人为同一人",
      ]),
      "。",
    ),
  );
  const breaches = STANDARD_CODES.reduce((n, c) => n + (findingCounts[c] ?? 0), 0);
  // An official profile is named by the title of its rule, in 书名号 (GB/T 15834); a reference profile is no document.
  const basis = ctx.profile.official ? `对照${bookTitle(ctx.profile.name)}` : `对照${ctx.profile.name}`;
  blocks.push(
    breaches === 0
      ? paragraph(
          basis,
          "，",
          ctx.vary("fin.ok", [
            "台账中未发现超标准、超范围发放的情况。",
            "经逐笔校验，未发现超出标准或发放形式不合规定的支出。",
          ]),
        )
      : paragraph(
          basis,
          "，台账中有",
          f.count({ kind: "findings", codes: STANDARD_CODES }, "处"),
          "超出标准或发放形式、用途不符合规定，需要逐笔核实整改。",
        ),
  );
  // The profile by its name, without the trailing note in brackets ("通用参考方案（非官方标准）" → 通用参考方案):
  // the sentence itself says it is not official.
  if (!ctx.profile.official)
    blocks.push(
      paragraph(
        `需要说明的是，上述标准为${ctx.profile.name.replace(/（[^（）]*）$/u, "")}，并非正式规定；上级工会另有规定的，以上级工会规定为准。`,
      ),
    );
  return { id: "finance", title, blocks };
}
