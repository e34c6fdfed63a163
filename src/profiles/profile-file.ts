import { LISTS } from "../layout/lists.js";
import type { Profile } from "./profile.js";

export type ProfileParse = { readonly ok: true; readonly profile: Profile } | { readonly ok: false; readonly problems: readonly string[] };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isFen = (v: unknown): v is number => typeof v === "number" && Number.isSafeInteger(v) && v >= 0;

/**
 * Checks a profile written as JSON (the shape `union-ledger profiles --json` prints: money in
 * integer 分). Every problem is listed in Chinese with the field it is in; nothing is guessed.
 */
export function parseProfile(text: string): ProfileParse {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [`不是有效的 JSON：${e instanceof Error ? e.message : String(e)}`] };
  }
  const problems: string[] = [];
  if (!isObj(data)) return { ok: false, problems: ["方案文件的顶层必须是一个对象 {…}。"] };
  for (const k of ["id", "name", "source"] as const) if (typeof data[k] !== "string" || data[k] === "") problems.push(`“${k}”必须是非空文字。`);
  if (!Number.isInteger(data["year"])) problems.push("“year”必须是年份（整数）。");
  const festival = data["festival"];
  if (!isObj(festival)) problems.push("缺少“festival”（节日慰问限额）。");
  else if (festival["shape"] === "perMemberYear") {
    if (!isFen(festival["capFen"])) problems.push("festival.capFen 必须是不小于0的整数（分）。");
  } else if (festival["shape"] === "perFestival") {
    if (!isObj(festival["capsFen"]) || !Object.values(festival["capsFen"]).every(isFen)) problems.push("festival.capsFen 的每个值必须是不小于0的整数（分）。");
    if (!isFen(festival["otherFen"])) problems.push("festival.otherFen 必须是不小于0的整数（分）。");
  } else if (festival["shape"] === "pool") {
    const share = festival["shareOfBudgetedIncome"];
    if (typeof share !== "number" || !(share > 0 && share <= 1)) problems.push("festival.shareOfBudgetedIncome 必须是0到1之间的比例。");
  } else problems.push("festival.shape 只能是 perMemberYear、perFestival 或 pool。");
  const caps = data["caps"];
  if (!isObj(caps)) problems.push("缺少“caps”（各事由每次限额）。");
  else {
    for (const [reason, cap] of Object.entries(caps)) {
      if (!(LISTS.condolenceReason as readonly string[]).includes(reason)) problems.push(`caps 中的“${reason}”不是慰问事由。`);
      if (!isObj(cap) || !isFen(cap["capFen"])) problems.push(`caps.${reason}.capFen 必须是不小于0的整数（分）。`);
    }
  }
  if (!isObj(data["repeats"])) problems.push("缺少“repeats”（各事由每年次数）。");
  if (!Array.isArray(data["perCapita"])) problems.push("“perCapita”必须是数组。");
  const dues = data["dues"];
  if (!isObj(dues) || typeof dues["rate"] !== "number" || !(dues["rate"] > 0 && dues["rate"] < 0.1) || typeof dues["truncationYuan"] !== "number") {
    problems.push("dues 必须给出 rate（如 0.005）和 truncationYuan（如 10）。");
  }
  if (data["codeSystem"] !== "2017" && data["codeSystem"] !== "2022") problems.push("codeSystem 只能是 \"2017\" 或 \"2022\"。");
  if (!Array.isArray(data["festivals"]) || !data["festivals"].every((f) => (LISTS.festival as readonly string[]).includes(f as string))) {
    problems.push(`festivals 必须是节日列表，取值：${LISTS.festival.join("、")}。`);
  }
  if (typeof data["retentionRatio"] !== "number") problems.push("retentionRatio 必须是比例（如 0.6）。");
  if (typeof data["official"] !== "boolean") problems.push("official 必须是 true 或 false。");
  return problems.length ? { ok: false, problems } : { ok: true, profile: data as unknown as Profile };
}
