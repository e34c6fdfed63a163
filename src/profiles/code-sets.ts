import type { ActivityCategory } from "../layout/lists.js";

/** One expenditure item of a 科目体系: a code (may be empty where the system has none) and its name. */
export interface CodeItem {
  readonly code: string;
  readonly name: string;
}

export interface CodeSet {
  readonly id: "2017" | "2022";
  readonly title: string;
  /**
   * Whether the item names were checked against the set's own text. False for 2022: no public text of
   * 财会〔2021〕7号's detail items was found (docs/spec-notes.md), so the set reuses the 2017 names and
   * says so (code_set_unverified, the template's note on 科目体系).
   */
  readonly verified: boolean;
  readonly items: readonly CodeItem[];
  /** Items that fit each 活动类别, the first being the default derived when 支出科目 is empty. */
  readonly byCategory: Readonly<Record<ActivityCategory, readonly string[]>>;
}

// 2017: 工会会计制度 detail accounts used with 总工办发〔2017〕32号: 501 职工活动支出 (50101–50106),
// 502 维权支出, 503 业务支出. The category fit follows the account descriptions (e.g. 春秋游 and
// festival gifts are 50105 会员活动支出).
const ITEMS_2017: readonly CodeItem[] = [
  { code: "50101", name: "职工教育支出" },
  { code: "50102", name: "文体活动支出" },
  { code: "50103", name: "宣传活动支出" },
  { code: "50104", name: "劳模职工疗休养支出" },
  { code: "50105", name: "会员活动支出" },
  { code: "50106", name: "其他活动支出" },
  { code: "50201", name: "劳动关系协调支出" },
  { code: "50202", name: "劳动保护支出" },
  { code: "50203", name: "法律援助支出" },
  { code: "50204", name: "困难职工帮扶支出" },
  { code: "50205", name: "送温暖支出" },
  { code: "50206", name: "其他维权支出" },
  { code: "50301", name: "培训支出" },
  { code: "50302", name: "会议支出" },
  { code: "50303", name: "专项业务支出" },
  { code: "50304", name: "其他业务支出" },
];

const BY_CATEGORY_2017: CodeSet["byCategory"] = {
  文体活动: ["50102", "50105"],
  劳动竞赛: ["50303", "50102"],
  职工教育培训: ["50101", "50301"],
  宣传活动: ["50103"],
  春秋游: ["50105"],
  职代会与民主管理: ["50201", "50302"],
  女职工活动: ["50105", "50106", "50102"],
  劳模疗休养: ["50104"],
  会议: ["50302"],
  其他: ["50106", "50105", "50304"],
};

// 2022: 工会会计制度 (财会〔2021〕7号). Its detail items are used here by name only: the program
// accepts the name with or without the parent ("职工活动支出—文体活动支出").
const ITEMS_2022: readonly CodeItem[] = ITEMS_2017.map((i) => ({ code: i.name, name: i.name }));
const BY_CATEGORY_2022 = Object.fromEntries(
  Object.entries(BY_CATEGORY_2017).map(([k, codes]) => [
    k,
    codes.map((c) => ITEMS_2017.find((i) => i.code === c)?.name ?? c),
  ]),
) as unknown as CodeSet["byCategory"];

export const CODE_SETS: Readonly<Record<CodeSet["id"], CodeSet>> = {
  "2017": {
    id: "2017",
    title: "总工办发〔2017〕32号",
    verified: true,
    items: ITEMS_2017,
    byCategory: BY_CATEGORY_2017,
  },
  "2022": {
    id: "2022",
    title: "工会会计制度（财会〔2021〕7号）",
    verified: false,
    items: ITEMS_2022,
    byCategory: BY_CATEGORY_2022,
  },
};

/** "50102", "50102 文体活动支出", "文体活动支出", "职工活动支出-文体活动支出" → the item's code. */
export function resolveCode(set: CodeSet, text: string): string | undefined {
  const s = text.normalize("NFKC").trim();
  const leadingCode = /^(\d{3,})/.exec(s)?.[1];
  if (leadingCode) return set.items.find((i) => i.code === leadingCode)?.code;
  const tail = s.split(/[-—–－/、\s]+/u).pop() ?? s;
  return set.items.find((i) => i.name === tail || i.name === s)?.code;
}

export const codeLabel = (set: CodeSet, code: string): string => {
  const item = set.items.find((i) => i.code === code);
  return item && item.code !== item.name ? `${item.code} ${item.name}` : code;
};
