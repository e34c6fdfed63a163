import type { MemberPart } from "../totals/member-parts.js";

/**
 * How the reports name a part of the members ("其中在职…、退休（离休）…、失业保留会籍…"): the unit's summary adds 会员
 * ("在职会员", "会籍状态未填写的会员"), the roll-up's report does not.
 */
export function memberPartName(p: MemberPart, withNoun: boolean): string {
  const noun = withNoun ? "会员" : "";
  switch (p.part) {
    case "active":
      return `在职${noun}`;
    case "retired":
      return `退休（离休）${noun}`;
    case "status":
      return `${p.status}${noun}`;
    case "missing":
      return withNoun ? "会籍状态未填写的会员" : "会籍状态未填写";
    default:
      return p satisfies never;
  }
}
