/**
 * The festivals for which 节日慰问 may be paid everywhere: 国家规定的法定节日 (总工办发〔2017〕32号).
 * The only others it allows are 经自治区以上人民政府批准设立的少数民族节日, which differ by region:
 * a profile names them (profiles/profile.ts `festivals`).
 */
export const STATUTORY_FESTIVALS = ["元旦", "春节", "清明", "劳动节", "端午", "中秋", "国庆"] as const;

/**
 * The 1.0 drop-down's catch-all entry, kept in LISTS.festival so a 1.0 workbook's value is read
 * (and judged): template 1.1's drop-down offers the profile's festivals by name instead
 * (template/template-lists.ts). It names no festival, so no profile's list makes it one:
 * a gift recorded under it is `festival_unnamed` (rules/condolences.ts), asking for the name.
 */
export const UNNAMED_MINORITY_FESTIVAL = "少数民族节日";

/**
 * The closed lists of template-v1.md. Each list is kept on the hidden `_lists` sheet of the template
 * (a literal list longer than 255 characters corrupts the file) and drives the drop-downs, the
 * reader's `invalid_option` check and the totals' `by…` keys.
 */
export const LISTS = {
  gender: ["男", "女"],
  memberStatus: ["在职", "退休", "离休", "失业保留会籍", "已退会", "已转出", "去世"],
  activityCategory: [
    "文体活动",
    "劳动竞赛",
    "职工教育培训",
    "宣传活动",
    "春秋游",
    "职代会与民主管理",
    "女职工活动",
    "劳模疗休养",
    "会议",
    "其他",
  ],
  fundingSource: ["会费", "工会经费", "行政补助", "上级补助", "其他"],
  condolenceReason: [
    "节日慰问",
    "生日慰问",
    "结婚慰问",
    "生育慰问",
    "生病住院",
    "会员去世",
    "直系亲属去世",
    "退休离岗",
    "困难帮扶",
    "金秋助学",
    "夏送清凉",
    "冬送温暖",
    "其他",
  ],
  festival: [...STATUTORY_FESTIVALS, UNNAMED_MINORITY_FESTIVAL],
  condolenceForm: ["现金", "实物", "蛋糕券", "提货券", "纪念品"],
  codeSystem: ["2017", "2022"],
  unitType: ["企业", "机关", "事业单位", "学校", "医院", "社会组织", "其他"],
} as const;

export type ListId = keyof typeof LISTS;
export type ListValue<L extends ListId> = (typeof LISTS)[L][number];

export type MemberStatus = ListValue<"memberStatus">;
/** The 会籍状态 that end membership on 状态变动日期: leaving, transfer out, death (template 1.1). */
export const LEFT_MEMBER_STATUSES = ["已退会", "已转出", "去世"] as const satisfies readonly MemberStatus[];
export type ActivityCategory = ListValue<"activityCategory">;
export type CondolenceReason = ListValue<"condolenceReason">;
export type Festival = ListValue<"festival">;
export type CondolenceForm = ListValue<"condolenceForm">;
