import { fenToGrouped, type Fen } from "../../money/fen.js";
import type { Totals } from "../../totals/totals.js";
import type { Locale } from "../../findings/messages/index.js";

const y = (f: Fen): string => `${fenToGrouped(f)} 元`;
const pct = (r: number): string => (r === 1 ? "100%" : `${(Math.floor(r * 1000) / 10).toFixed(1)}%`);

/** Human output of `totals`, Chinese by default. */
export function totalsText(t: Totals, locale: Locale): string {
  const zh = locale === "zh-CN";
  const L = (a: string, b: string): string => (zh ? a : b);
  const lines = [
    `${t.unionName || L("（未填工会名称）", "(no union name)")} ${t.fiscalYear || "?"}${L("年度", "")}`,
    "",
    L("【会员】", "[Members]"),
    `  ${L("年末会员", "At year end")} ${t.members.total}${L("人", "")}；${L("在职", "active")} ${t.members.active}；${L("退休离休", "retired")} ${t.members.retired}；${L("本年入会", "joined")} ${t.members.joinedThisYear}；${L("本年退会转出", "left")} ${t.members.leftThisYear}`,
    L("【会费】", "[Dues]"),
    `  ${L("应缴人数", "Liable")} ${t.dues.liableMembers}；${L("应缴", "owed")} ${y(t.dues.expectedFen)}；${L("实缴", "paid")} ${y(t.dues.paidFen)}；${L("收缴率", "rate")} ${pct(t.dues.collectionRate)}`,
    L("【活动】", "[Activities]"),
    `  ${t.activities.count}${L("次", " events")}，${t.activities.participants}${L("人次", " participations")}，${L("费用", "cost")} ${y(t.activities.costFen)}`,
    ...Object.entries(t.activities.byCategory)
      .filter(([, v]) => v.count > 0)
      .map(([k, v]) => `    ${k}：${v.count}${L("次", "")}，${v.participants}${L("人次", "")}，${y(v.costFen)}`),
    L("【慰问】", "[Condolences]"),
    `  ${t.condolences.count}${L("人次", " payments")}（${t.condolences.people}${L("人", " people")}），${L("金额", "amount")} ${y(t.condolences.amountFen)}`,
    ...Object.entries(t.condolences.byReason)
      .filter(([, v]) => v.count > 0)
      .map(([k, v]) => `    ${k}：${v.count}${L("人次", "")}，${y(v.amountFen)}`),
  ];
  return lines.join("\n");
}
