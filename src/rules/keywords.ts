/**
 * Words that point to spending union funds may not cover (the 八不准 list of 总工办发〔2014〕23号
 * and domain-rules.md): shopping or gift cards, tobacco and alcohol, KTV, gym cards, banquets.
 */
export const FORBIDDEN_KEYWORDS = ["购物卡", "礼品卡", "充值卡", "烟酒", "香烟", "KTV", "健身卡", "请客"] as const;

export function forbiddenKeywordIn(text: string): string | undefined {
  const t = text.normalize("NFKC").toUpperCase();
  return FORBIDDEN_KEYWORDS.find((k) => t.includes(k.toUpperCase()));
}
