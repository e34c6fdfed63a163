/**
 * Words that point to spending union funds may not cover (the 八不准 list of 总工办发〔2014〕23号
 * and domain-rules.md): shopping or gift cards, tobacco and alcohol, KTV, gym cards, banquets.
 */
export const FORBIDDEN_KEYWORDS = ["购物卡", "礼品卡", "充值卡", "烟酒", "香烟", "KTV", "健身卡", "请客"] as const;

const UPPER = FORBIDDEN_KEYWORDS.map((k) => [k, k.toUpperCase()] as const);

export function forbiddenKeywordIn(text: string): string | undefined {
  // Full-width letters (ＫＴＶ) fold to ASCII under NFKC; skip the fold when there are none.
  const t = (/[\uFF00-\uFFEF]/u.test(text) ? text.normalize("NFKC") : text).toUpperCase();
  // 邀请客人 / 申请客车 / 聘请客座教授 contain the letters 请客 but are not a banquet (宴请客户 still is).
  const u = t.replace(/([邀申聘])请客/gu, "$1请");
  return UPPER.find(([, upper]) => u.includes(upper))?.[0];
}
