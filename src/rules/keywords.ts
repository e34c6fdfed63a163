/**
 * Words that point to spending union funds may not cover (the 八不准 of 总工办发〔2014〕23号, whose
 * first is 不准用工会经费请客送礼, and domain-rules.md): shopping, gift or top-up cards, tobacco and
 * alcohol, KTV, gym cards, treating guests (请客, 宴请).
 *
 * Chinese has no spaces, so a word is told from the same letters inside other words by its
 * neighbours: 请客服中心派员 is 请 + 客服 (customer service), 邀请客座教授 is 邀请 + 客座, 婚宴请柬 is
 * 婚宴 + 请柬. And a remark that forbids the thing (活动现场禁止烟酒, 严禁请客送礼) is not spending on it.
 */
interface Keyword {
  readonly word: string;
  /** The text before the word ends with another word that takes its first character (邀|请客: 邀请). */
  readonly notAfter?: RegExp;
  /** The text after the word starts with another word that takes its last character (请|客服: 客服). */
  readonly notBefore?: RegExp;
}

const KEYWORDS: readonly Keyword[] = [
  { word: "购物卡" },
  { word: "礼品卡" },
  { word: "充值卡" },
  { word: "烟酒" },
  { word: "香烟" },
  // Latin letters: a word only when no letter or digit touches it.
  { word: "KTV", notAfter: /[A-Z0-9]$/u, notBefore: /^[A-Z0-9]/u },
  // 健身卡路里挑战赛: 卡路里 (calorie).
  { word: "健身卡", notBefore: /^路里/u },
  // 婚宴请柬, 喜宴请帖: 请柬 / 请帖 (an invitation card), not 宴请.
  { word: "宴请", notBefore: /^[柬帖]/u },
  {
    word: "请客",
    // 邀请 申请 聘请 延请 敬请 恭请 诚请 提请 报请 呈请 吁请 约请 函请 商请 烦请 恳请 特请 另请 + 客….
    // Not 回请 (returning a treat is one) nor 宴请 (a word of its own, above).
    notAfter: /[邀申聘延敬恭诚提报呈吁约函商烦恳特另]$/u,
    // 客服 客车 客运 客房 客座 客厅 客串 客商 客家 客栈 客场 客队 客舱 客机 客轮 客船 客观 客流 客源;
    // 客户 / 客人 too (请客户代表参加座谈), unless a meal follows (请客户吃饭 is 请客).
    notBefore: /^(?:[服车运房座厅串商家栈场队舱机轮船观流源]|[户人](?![吃喝用就聚宴]))/u,
  },
];

/** Forbidding words anywhere earlier in the clause: 活动现场禁止烟酒, 严禁使用工会经费请客送礼, 不含烟酒. */
const FORBIDS = /禁止|严禁|不得|不准|不许|杜绝|拒绝|谢绝|不含|不包括|戒/u;
/** One negating character right before the word: 无烟酒, 不请客, 禁烟酒. (未经批准宴请 is still one.) */
const NOT = /[不无未禁非]$/u;
/** Where a clause ends (not 、: 禁止烟酒、香烟 forbids both). */
const CLAUSE_END = /[，,。；;！!？?\n]/gu;

function negated(before: string): boolean {
  const clause = before.slice(lastMatchEnd(before, CLAUSE_END));
  return NOT.test(clause) || FORBIDS.test(clause);
}

function lastMatchEnd(text: string, re: RegExp): number {
  let end = 0;
  for (const m of text.matchAll(re)) end = m.index + m[0].length;
  return end;
}

function isWordAt(text: string, at: number, k: Keyword): boolean {
  const before = text.slice(0, at);
  const after = text.slice(at + k.word.length);
  if (k.notAfter?.test(before) || k.notBefore?.test(after)) return false;
  return !negated(before);
}

/** The first forbidden word (in the list's order) the text uses as a word, or undefined. */
export function forbiddenKeywordIn(text: string): string | undefined {
  // Full-width letters (ＫＴＶ) fold to ASCII under NFKC; skip the fold when there are none.
  const t = (/[\uFF00-\uFFEF]/u.test(text) ? text.normalize("NFKC") : text).toUpperCase();
  for (const k of KEYWORDS) {
    for (let i = t.indexOf(k.word); i >= 0; i = t.indexOf(k.word, i + 1)) {
      if (isWordAt(t, i, k)) return k.word;
    }
  }
  return undefined;
}
