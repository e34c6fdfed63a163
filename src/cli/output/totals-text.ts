import { fenToGrouped, type Fen } from "../../money/fen.js";
import type { Totals } from "../../totals/totals.js";
import type { Locale } from "../../findings/messages/index.js";
import { memberParts, type MemberPart } from "../../totals/member-parts.js";
import { collectionRateText } from "../../totals/rate-text.js";
import { leftAliveThisYear } from "../../totals/leavers.js";

const y = (f: Fen): string => `${fenToGrouped(f)} 元`;

/** English names of the statuses a part may have (the list's Chinese otherwise). */
const STATUS_EN: Readonly<Record<string, string>> = { 失业保留会籍: "unemployed, membership kept" };

/** A part of the year-end members: "在职 257" / "active 257". */
function partText(p: MemberPart, zh: boolean): string {
  switch (p.part) {
    case "active":
      return `${zh ? "在职" : "active"} ${p.count}`;
    case "retired":
      return `${zh ? "退休离休" : "retired"} ${p.count}`;
    case "status":
      return `${zh ? p.status : (STATUS_EN[p.status] ?? p.status)} ${p.count}`;
    case "missing":
      return `${zh ? "未填会籍状态" : "no status"} ${p.count}`;
    default:
      return p satisfies never;
  }
}

/** 在职 and 退休离休 always (as before), then every other status with members: the parts add up. */
const memberLine = (m: Totals["members"], zh: boolean): string =>
  [
    partText({ part: "active", count: m.active, path: "members.active" }, zh),
    partText({ part: "retired", count: m.retired, path: "members.retired" }, zh),
    ...memberParts(m)
      .filter((p) => p.part === "status" || p.part === "missing")
      .map((p) => partText(p, zh)),
  ].join("；");

/** The rate (never "0.0%" when nothing was owed), then what was paid over, apart. */
function duesRate(d: Totals["dues"], zh: boolean): string {
  const rate = collectionRateText(d);
  const parts = [rate === null ? (zh ? "无应缴会费" : "no dues owed") : `${zh ? "收缴率" : "rate"} ${rate}`];
  if (d.overpaidFen > 0)
    parts.push(
      zh
        ? `多收 ${y(d.overpaidFen)}（${d.overpaidMembers}人，应退还或抵缴下年）`
        : `paid over ${y(d.overpaidFen)} (${d.overpaidMembers} members: refund or credit to next year)`,
    );
  if (d.catchUpFen > 0)
    parts.push(zh ? `实缴中补缴上年 ${y(d.catchUpFen)}` : `of it, ${y(d.catchUpFen)} for last year`);
  if (d.exemptMembers > 0)
    parts.push(zh ? `批准免缴 ${d.exemptMembers}人` : `${d.exemptMembers} members exempt by decision`);
  return parts.join("；");
}

/** The deceased, apart from 退会转出 ("；本年去世 1"); nothing when nobody died, so the line is as it was. */
const died = (m: Totals["members"], zh: boolean): string =>
  m.diedThisYear > 0 ? `；${zh ? "本年去世" : "died"} ${m.diedThisYear}` : "";

/** Human output of `totals`, Chinese by default. */
export function totalsText(t: Totals, locale: Locale): string {
  const zh = locale === "zh-CN";
  const L = (a: string, b: string): string => (zh ? a : b);
  const lines = [
    `${t.unionName || L("（未填工会名称）", "(no union name)")} ${t.fiscalYear || "?"}${L("年度", "")}`,
    "",
    L("【会员】", "[Members]"),
    `  ${L("年末会员", "At year end")} ${t.members.total}${L("人", "")}；${memberLine(t.members, zh)}；${L("本年入会", "joined")} ${t.members.joinedThisYear}；${L("本年退会转出", "left")} ${leftAliveThisYear(t.members)}${died(t.members, zh)}`,
    L("【会费】", "[Dues]"),
    `  ${L("应缴人数", "Liable")} ${t.dues.liableMembers}；${L("应缴", "owed")} ${y(t.dues.expectedFen)}；${L("实缴", "paid")} ${y(t.dues.paidFen)}；${duesRate(t.dues, zh)}`,
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
