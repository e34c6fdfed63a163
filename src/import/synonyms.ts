import { headerKey } from "../workbook/header-key.js";
import type { LedgerId } from "./ledgers.js";

/**
 * The one table of what clerks call things (issue 15): for each ledger, the template column (by key) each header
 * may stand for, and the sheet names that say which ledger a sheet holds. Headers are compared after `headerNorm`
 * (full-width → ASCII, spaces, a required mark and a unit in brackets dropped: "支出金额（元）" → "支出金额"), so a
 * synonym is written once, without its unit. A synonym names one column per ledger (tests/import/synonyms.test.ts
 * checks); the template's own header is always a synonym of its column. The template's formula columns (月应缴,
 * 全年实缴) are computed by the template, so they are no target: a clerk's 合计 or 月应缴 is kept to the right under
 * its own header. Extend the lists here, nowhere else.
 */
export const HEADER_SYNONYMS = {
  members: {
    memberId: ["会员编号", "会员号", "工号", "编号", "职工编号", "员工编号", "人员编号", "会员证号", "职工号"],
    name: ["姓名", "会员姓名", "职工姓名", "员工姓名", "名字"],
    gender: ["性别"],
    department: ["部门", "所在部门", "科室", "班组", "车间", "工作单位", "所在单位"],
    joinDate: ["入会日期", "入会时间", "入会年月"],
    status: ["会籍状态", "状态", "人员状态", "会员状态", "在职状态"],
    statusDate: ["状态变动日期", "变动日期"],
    remark: ["备注", "说明"],
  },
  dues: {
    memberId: ["会员编号", "会员号", "工号", "编号", "职工编号", "员工编号", "人员编号"],
    name: ["姓名", "会员姓名", "职工姓名"],
    wage: ["计缴工资", "工资", "月工资", "缴费基数", "计缴基数", "基本工资", "工资基数"],
    wageChangeMonth: ["调资月份"],
    wageAfter: ["调资后计缴工资", "调资后工资"],
    exemptMonths: ["免缴月份"],
    exemptBasis: ["免缴依据"],
    catchUp: ["其中补缴上年", "补缴上年"],
    remark: ["备注", "说明"],
  },
  duesPayments: {
    memberId: ["会员编号", "会员号", "工号", "编号", "职工编号", "员工编号", "人员编号"],
    name: ["姓名", "会员姓名", "职工姓名"],
    payDate: ["缴费日期", "缴纳日期", "缴费时间", "收缴日期", "收款日期", "日期"],
    period: ["所属月份", "所属期间", "缴费月份", "缴纳月份", "所属期", "月份"],
    amount: ["金额", "缴费金额", "缴纳金额", "实缴金额", "实缴会费", "会费"],
    remark: ["备注", "说明"],
  },
  activities: {
    seq: ["序号"],
    date: ["日期", "活动时间", "活动日期", "时间", "举办时间", "开展时间"],
    name: ["活动名称", "活动内容", "活动项目", "活动主题", "名称", "内容", "事项"],
    category: ["活动类别", "类别", "活动类型", "类型", "分类"],
    code: ["支出科目", "科目", "会计科目"],
    place: ["地点", "活动地点", "举办地点"],
    organizer: ["组织部门", "组织单位", "承办部门", "主办部门"],
    participants: ["参与人数", "参加人数", "人数", "参加人次", "参与人次", "人次"],
    cost: ["费用", "支出金额", "金额", "支出", "活动经费", "费用金额", "开支金额", "实际支出"],
    funding: ["经费来源", "资金来源"],
    handler: ["经手人", "经办人", "经办", "经手"],
    approver: ["审批人", "批准", "批准人", "审批", "审核人"],
    remark: ["备注", "说明"],
  },
  condolences: {
    seq: ["序号"],
    date: ["日期", "慰问日期", "发放日期", "慰问时间", "时间"],
    memberId: ["会员编号", "会员号", "工号", "编号", "职工编号", "员工编号"],
    name: ["姓名", "慰问对象", "被慰问人", "受慰问人", "会员姓名", "职工姓名"],
    reason: ["慰问事由", "事由", "慰问原因", "原因", "慰问类别", "慰问类型", "类别"],
    festival: ["节日"],
    form: ["慰问形式", "形式", "发放形式", "慰问方式", "方式"],
    amount: ["金额", "慰问金额", "慰问金", "发放金额", "支出金额"],
    handler: ["经手人", "经办人", "经办", "经手"],
    approver: ["审批人", "批准", "批准人", "审批", "审核人"],
    remark: ["备注", "说明"],
  },
} as const satisfies Record<LedgerId, Record<string, readonly string[]>>;

/**
 * Columns a roster has that the template has no place for, but that say "this is a roster" (content signals):
 * kept to the right of 会员名册 under their own header, as every column not placed is.
 */
export const ROSTER_SIGNALS = ["身份证号", "身份证号码", "身份证", "出生日期", "出生年月", "民族", "政治面貌", "学历"];

/** Sheet names (contained, after headerNorm) that say which ledger a sheet holds. */
export const SHEET_NAME_SYNONYMS = {
  members: ["会员名册", "花名册", "名册", "会员信息", "会员登记"],
  dues: ["会费台账", "会费收缴", "会费缴纳", "会费登记", "会费"],
  duesPayments: ["会费台账", "会费收缴", "会费缴纳", "会费登记", "会费"],
  activities: ["活动台账", "活动记录", "活动登记", "活动"],
  condolences: ["慰问金台账", "慰问登记", "慰问记录", "慰问金", "慰问"],
} as const satisfies Record<LedgerId, readonly string[]>;

/** Header text compared loosely: headerKey, then a required mark, a trailing colon and a unit in brackets dropped. */
export const headerNorm = (text: string): string =>
  headerKey(text)
    .replace(/^[*※]+|[*:：]+$/gu, "")
    .replace(/\((?:元|人|人次|次|个|名|¥|rmb|人民币|月)\)$/iu, "");

const CHINESE_MONTH = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];

/**
 * The month a dues grid's header names ("1月", "01月", "1月份", "一月", "2024年1月", "2024.1", "2024-01"), or
 * undefined. The year, when written, is the sheet's; it is not checked here.
 */
export function monthOfHeader(text: string): number | undefined {
  const s = headerNorm(text).replace(/^\d{4}(?:年|[-./])/u, "");
  const digits = /^(\d{1,2})(?:月份?)?$/u.exec(s);
  const chinese = /^([一二三四五六七八九十]{1,3})月份?$/u.exec(s);
  const m = digits ? Number(digits[1]) : chinese ? CHINESE_MONTH.indexOf(chinese[1] ?? "") + 1 : 0;
  // A bare number is a month only with 月, or after a year ("2024.1"): "3" alone is a count.
  if (digits && !/月/u.test(s) && s === headerNorm(text)) return undefined;
  return m >= 1 && m <= 12 ? m : undefined;
}
