import { fen, fenToGrouped, fenToPlainYuan, fenToYuanString } from "../../money/fen.js";
import type { FindingParams } from "../params.js";
import type { MessageTable } from "./types.js";

const yuan = (f: number): string => `${fenToPlainYuan(fen(f))}元`;
const months = (ms: readonly number[]): string => {
  if (ms.length === 0) return "无";
  const first = ms[0] ?? 0;
  const last = ms[ms.length - 1] ?? 0;
  return ms.length === last - first + 1
    ? first === last
      ? `${first}月`
      : `${first}—${last}月`
    : ms.map((m) => `${m}月`).join("、");
};
const span = (from: number, to: number): string => (from === to ? `${from}月` : `${from}—${to}月`);
const expectedKind = { money: "金额", integer: "整数", year: "四位年份" } as const;

type FestivalCapParams = FindingParams["festival_cap_exceeded"];

/** festival_cap_exceeded in the words of each festival-cap shape. */
const festivalCap = {
  perMemberYear: ({ memberId, capFen, totalFen, profileName }) =>
    `会员 ${memberId ?? ""} 全年节日慰问合计 ${yuan(totalFen)}，超过“${profileName}”每人每年上限 ${yuan(capFen)}。`,
  perFestival: ({ memberId, festival, capFen, totalFen, profileName }) =>
    `会员 ${memberId ?? ""} ${festival ?? ""}慰问合计 ${yuan(totalFen)}，超过“${profileName}”每节上限 ${yuan(capFen)}。`,
  pool: ({ capFen, totalFen, profileName }) =>
    `全年节日慰问合计 ${yuan(totalFen)}，超过“${profileName}”规定的上限 ${yuan(capFen)}（年度经费收入预算的规定比例）。`,
} satisfies { readonly [S in FestivalCapParams["shape"]]: (p: FestivalCapParams) => string };

/** How a total row was recognised, for the clerk who wonders why a row was left out. */
const totalRowWhy = {
  label: (label) => `写有“${label ?? ""}”`,
  formula: () => "没有写“合计”，但金额是对上方各行求和的公式",
  sum: () => "没有写“合计”，但其中的数字等于上方各行之和",
} satisfies { readonly [B in FindingParams["total_row"]["basis"]]: (label: string | null) => string };

export const zhCN: MessageTable = {
  sheet_missing: (_, p) => `缺少工作表“${p.sheet}”。请使用标准模板，或把该表按模板补上。`,
  header_missing: ({ header }, p) =>
    `工作表“${p.sheet}”前5行中找不到列标题“${header}”。请恢复该列标题（不要改名或删除）。`,
  template_unknown: () => "该工作簿不是用标准模板生成的（没有 _meta 表），已按列标题读取；建议改用标准模板填报。",
  template_version_unsupported: ({ version, supportedMajor }) =>
    `该工作簿的模板版本为 ${version}，本程序只能读取 ${supportedMajor}.x 版本。请升级本程序后再试。`,
  required_missing: ({ header }) => `“${header}”不能为空，请填写。`,
  invalid_date: ({ header }, p) => `“${header}”的内容“${p.value ?? ""}”不是有效日期，请填写如 2024-03-05 的日期。`,
  date_out_of_year: ({ date, year }) => `日期 ${date} 不在填报年度 ${year} 年内，请核对日期或基本信息中的年度。`,
  invalid_number: ({ header, expected }, p) =>
    `“${header}”的内容“${p.value ?? ""}”不是有效的${expectedKind[expected]}，请改为数字。`,
  negative_amount: ({ header, min }) => (min > 0 ? `“${header}”必须大于0。` : `“${header}”不能为负数。`),
  number_out_of_range: ({ header, min, max }, p) =>
    `“${header}”的“${p.value ?? ""}”超出范围，应为${min}至${max}之间的整数。`,
  too_many_decimals: ({ header }, p) => `“${header}”的“${p.value ?? ""}”超过两位小数；金额只能精确到分，请改正。`,
  normalized_value: ({ header, normalized }, p) =>
    `“${header}”的“${p.value ?? ""}”是文字格式，已按 ${normalized} 读取；请改为数字或日期格式，以免表内公式漏算。`,
  invalid_option: ({ header, options }, p) =>
    `“${header}”的“${p.value ?? ""}”不在可选范围内，请从下拉列表选择：${options.join("、")}。`,
  duplicate_row: ({ firstRow }) => `与第${firstRow}行内容相同，可能重复登记；如确为两笔，请在备注中说明。`,
  summary_mismatch: ({ label, cached, computed }) =>
    `汇总表“${label}”显示 ${cached}，程序按台账计算为 ${computed}。请在表格软件中重新计算，或检查台账中以文字形式录入的数字和日期。`,
  duplicate_key: ({ key, firstRow }) => `会员编号“${key}”与第${firstRow}行重复；每位会员的编号必须唯一。`,
  merged_cell: ({ range }) => `数据区域中有合并单元格 ${range}，已按首格的值读取；请取消合并，每行分别填写。`,
  formula_error: ({ header, error }) => `“${header}”的公式结果是错误值 ${error}，请修正公式或直接填写数值。`,
  text_damaged: ({ header }, p) =>
    `“${header}”的“${p.value ?? ""}”中有无法识别的字符（显示为 �），文件可能在保存或传送中损坏；请核对这一格并重新输入。`,
  layout_altered: ({ moved, hashChanged }, p) =>
    `“${p.sheet}”的表头已被改动${moved.length ? `（${moved.join("、")}）` : ""}${hashChanged ? "（模板标记与本版本不符）" : ""}；已按表头读取，建议用 union-ledger upgrade 迁移到标准模板。`,
  total_row: ({ basis, label }, p) =>
    `第${p.row ?? ""}行是合计行（${totalRowWhy[basis](label)}），不计入汇总，请删除；汇总表已自动合计，留着这一行会让汇总表重复计算。`,
  dues_mismatch: ({
    memberId,
    expectedFen,
    paidFen,
    owedMonths,
    noDuesRow,
    exemptMonths,
    catchUpFen,
    wageChangeMonth,
  }) => {
    if (noDuesRow)
      return `会员 ${memberId} 本年有${owedMonths.length}个月应缴会费（${months(owedMonths)}），但会费台账中没有该会员的记录，请补登。`;
    // What the expected amount already accounts for, so the clerk does not look for it again.
    const basis = [
      wageChangeMonth !== null ? `${wageChangeMonth}月起按调资后计缴工资` : "",
      exemptMonths.length > 0 ? `免缴${months(exemptMonths)}不计` : "",
      catchUpFen > 0 ? `已扣除补缴上年 ${yuan(catchUpFen)}` : "",
    ].filter(Boolean);
    const head = `会员 ${memberId} 全年实缴 ${yuan(paidFen)}，按计缴工资应缴 ${yuan(expectedFen)}（应缴月份：${months(owedMonths)}${basis.length ? `；${basis.join("，")}` : ""}），相差 `;
    return paidFen > expectedFen
      ? `${head}${yuan(paidFen - expectedFen)}，为多缴；多缴部分应退还或抵缴下年，请核对。`
      : `${head}${yuan(expectedFen - paidFen)}，请核对。`;
  },
  dues_exempt_paid: ({ memberId, month, status }) =>
    `会员 ${memberId} 在${month}月已是“${status}”，按章程不需缴纳会费，但该月记有缴费；请核对是否多收。`,
  dues_arrears: ({ memberId, fromMonth, toMonth }) =>
    `会员 ${memberId} 自${fromMonth}月至${toMonth}月连续${toMonth - fromMonth + 1}个月未缴会费，且之后没有补缴；按章程第六条应了解情况。`,
  dues_formula_broken: ({ header, expected, found, formulaOk }) =>
    formulaOk
      ? `“${header}”的公式结果为 ${found}，按本行数据应为 ${expected}；请检查本行是否有以文字录入的金额，并重新计算。`
      : `“${header}”应为模板公式（应得 ${expected}），现为 ${found}；请从模板恢复该公式。`,
  dues_wage_change_inferred: (c) =>
    `会员 ${c.memberId} ${span(c.firstMonth, c.fromMonth - 1)}按每月${fenToYuanString(c.dueBeforeFen)}元、${span(c.fromMonth, c.lastMonth)}按每月${fenToYuanString(c.dueAfterFen)}元缴纳，推断${c.fromMonth}月起调资（${c.recorded === "after" ? "调资前" : "调资后"}计缴工资约${fenToGrouped(c.inferredWageFen).replace(/\.00$/, "")}元）；请在“调资月份”和“调资后计缴工资(元)”两列写明（1.0版模板请先升级到1.1版），并核对计缴工资。`,
  dues_catch_up_exceeds_paid: ({ memberId, catchUpFen, paidFen }) =>
    `会员 ${memberId} 的“其中补缴上年”为 ${yuan(catchUpFen)}，多于1月至12月实缴合计 ${yuan(paidFen)}；补缴上年的金额应包含在当月实缴中，请核对。`,
  months_invalid: ({ header }, p) => `“${header}”的“${p.value ?? ""}”无法识别为月份；请填写如“全年”“1-6月”“3月、5月”。`,
  member_unknown: ({ memberId }, p) =>
    `会员编号“${memberId}”不在会员名册中；请核对编号，或先在会员名册登记该会员（${p.sheet}）。`,
  member_inactive: ({ memberId, date, from, until }) =>
    `${date} 时 ${memberId} 不是在册会员（${from ? `入会日期 ${from}` : "无入会日期"}${until ? `，${until} 起会籍变动` : ""}）；请核对日期或会员名册。`,
  name_mismatch: ({ memberId, rosterName, name }) =>
    `姓名“${name}”与会员名册中 ${memberId} 的姓名“${rosterName}”不一致。`,
  festival_missing: ({ festival }) =>
    festival === null
      ? "节日慰问必须填写“节日”，请从下拉列表选择法定节日。"
      : `“${festival}”不是可发放节日慰问的节日；节日慰问只限法定节日和经费标准方案列明的经批准的少数民族节日。`,
  festival_unnamed: ({ listed }) =>
    `“少数民族节日”不是节日名称，请在“节日”中写明具体节日。节日慰问只限法定节日和经自治区以上人民政府批准设立的少数民族节日；${
      listed.length > 0
        ? `经费标准方案列明的少数民族节日有：${listed.join("、")}。`
        : "经费标准方案未列出少数民族节日，当地如已批准，请上级工会在方案中列明节日名称。"
    }`,
  form_forbidden: ({ reason, form, allowed }) =>
    `${reason}不得以“${form}”形式发放（总工办发〔2014〕23号等规定）；可用形式：${allowed.join("、")}。`,
  cap_exceeded: ({ reason, capFen, amountFen, profileName }) =>
    `按“${profileName}”，${reason}每次不超过${yuan(capFen)}，本行为${yuan(amountFen)}。`,
  occasion_cap_exceeded: ({ memberId, reason, withinDays, capFen, totalFen, rows, profileName }) =>
    `会员 ${memberId} ${withinDays === null ? "本年" : `${withinDays}天内`}的${reason}共${rows.length}笔（第${rows.join("、")}行），按同一次${reason}合并计算为${yuan(totalFen)}，超过“${profileName}”每次上限${yuan(capFen)}；分笔发放的应合并计算，请核对。`,
  festival_cap_exceeded: (p) => festivalCap[p.shape](p),
  repeat_exceeded: ({ memberId, reason, limit, count, ever }) =>
    `会员 ${memberId} 的${reason}${ever ? "" : "本年"}已是第${count}次，超过${ever ? "" : "每年"}${limit}次的限额；请核对是否重复发放。`,
  approval_missing: ({ header }) => `“${header}”为空：每笔支出都要有经手人和审批人。`,
  approval_same_person: ({ person }) => `经手人与审批人都是“${person}”；审批应由另一人负责。`,
  funding_missing: () => "有费用的活动必须填写“经费来源”。",
  per_capita_exceeded: ({ label, perCapitaFen, capFen, days, profileName }) =>
    `${label}人均${days > 1 ? `每天` : ""} ${yuan(perCapitaFen)}，超过“${profileName}”的标准 ${yuan(capFen)}。`,
  code_mismatch: ({ code, codeSystem, category, expected }) =>
    expected === null
      ? `支出科目“${code}”不属于${codeSystem}科目体系，请从填表说明中的科目表选择。`
      : `支出科目“${code}”与活动类别“${category}”不一致，通常应为“${expected}”。`,
  code_set_unverified: ({ codeSet }) =>
    `科目体系 ${codeSet}：本程序的明细科目名称沿用2017年科目，尚未与《工会会计制度》（财会〔2021〕7号）原文逐项核对；“支出科目”的检查仅供参考，请以本单位账套科目为准。`,
  forbidden_keyword: ({ keyword, header }) =>
    `“${header}”中出现“${keyword}”，属于工会经费不得列支的范围（八不准），请核实。`,
};
