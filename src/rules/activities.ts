import { fen } from "../money/fen.js";
import { codeLabel, resolveCode } from "../profiles/code-sets.js";
import { placeOf } from "../workbook/findings-sink.js";
import type { Rule } from "./context.js";
import { forbiddenKeywordIn } from "./keywords.js";

/** funding_missing: an activity with a cost says where the money came from. */
export const fundingRules: Rule = ({ ledger, sink }) => {
  const sheet = ledger.activities;
  for (const row of sheet.rows) {
    if ((row.values.cost ?? 0) > 0 && row.values.funding === undefined)
      sink.add("funding_missing", placeOf(sheet, row, "funding"), {});
  }
};

/** Days an activity lasted, from 备注 ("2天", "两天"); 1 when not said. */
export function activityDays(remark: string | undefined): number {
  const m = /(?<![0-9.])([0-9]+(?:\.[0-9]+)?|[一二两三四五六七])\s*天/u.exec(remark?.normalize("NFKC") ?? "");
  if (!m?.[1]) return 1;
  const n = Number(m[1]);
  // A part day counts as a whole one ("0.5天" → 1, not 5; "1.5天" → 2); "0天" as 1 (0 would divide by zero below).
  if (Number.isFinite(n)) return Math.max(1, Math.ceil(n));
  return "一二三四五六七".indexOf(m[1].replace("两", "二")) + 1;
}

/** per_capita_exceeded: cost ÷ participants (÷ days) above a limit the profile declares. */
export const perCapitaRules: Rule = ({ ledger, profile, sink }) => {
  const sheet = ledger.activities;
  for (const row of sheet.rows) {
    const { cost, participants, category, name, remark } = row.values;
    if (cost === undefined || participants === undefined || participants < 1) continue;
    for (const limit of profile.perCapita) {
      const matches =
        (limit.category === undefined || limit.category === category) &&
        (limit.nameIncludes === undefined || (name ?? "").includes(limit.nameIncludes));
      if (!matches || (limit.category === undefined && limit.nameIncludes === undefined)) continue;
      const days = limit.perDay ? activityDays(remark) : 1;
      // Compare in whole 分 without dividing: cost > cap × people × days.
      if (cost > limit.capFen * participants * days) {
        // Rounded up, so the figure shown is above the cap (10,000.01 for 50 people is 200.01, not 200).
        const perCapitaFen = fen(Math.ceil(cost / (participants * days)));
        sink.add("per_capita_exceeded", placeOf(sheet, row, "cost"), {
          label: limit.label,
          perCapitaFen,
          capFen: limit.capFen,
          days,
          profile: profile.id,
          profileName: profile.name,
        });
      }
    }
  }
};

/** code_mismatch: 支出科目 outside the chosen 科目体系, or not one that fits the 活动类别. */
export const codeRules: Rule = ({ ledger, codeSet, sink }) => {
  const sheet = ledger.activities;
  for (const row of sheet.rows) {
    const { code, category } = row.values;
    if (code === undefined) continue;
    const resolved = resolveCode(codeSet, code);
    const fitting = category === undefined ? undefined : codeSet.byCategory[category];
    if (resolved === undefined) {
      sink.add("code_mismatch", placeOf(sheet, row, "code"), {
        code,
        codeSystem: codeSet.id,
        category: category ?? "",
        expected: null,
      });
    } else if (fitting && !fitting.includes(resolved)) {
      sink.add("code_mismatch", placeOf(sheet, row, "code"), {
        code,
        codeSystem: codeSet.id,
        category: category ?? "",
        expected: codeLabel(codeSet, fitting[0] ?? ""),
      });
    }
  }
};

/** forbidden_keyword: 活动名称 / 备注 mention something union funds may not pay for. */
export const keywordRules: Rule = ({ ledger, sink }) => {
  const sheet = ledger.activities;
  for (const row of sheet.rows) {
    for (const key of ["name", "remark"] as const) {
      const keyword = forbiddenKeywordIn(row.values[key] ?? "");
      if (keyword) {
        sink.add("forbidden_keyword", placeOf(sheet, row, key), {
          keyword,
          header: key === "name" ? "活动名称" : "备注",
        });
        break;
      }
    }
  }
};
