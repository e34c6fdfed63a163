import type { MoneyField } from "../problems.js";
import type { ProblemMessageTable } from "./types.js";

const amount = (m: MoneyField): string => {
  switch (m.of) {
    case "festivalPerMember":
      return "每人每年节日慰问上限";
    case "festival":
      return `${m.festival}慰问上限`;
    case "otherFestivals":
      return "其他节日的慰问上限";
    case "cap":
      return `${m.reason}每次上限`;
    case "raisedCap":
      return `${m.reason}提高后的上限`;
    case "perCapita":
      return "人均标准";
  }
};

const TEXT_FIELDS = { name: "方案名称", issuer: "发文的上级工会", source: "依据的文件名称和文号" } as const;

export const zhCN: ProblemMessageTable = {
  not_json: ({ detail }) => `不是有效的 JSON：${detail}。请检查逗号、引号和括号是否成对。`,
  not_object: () => "方案文件的最外层应为一个对象 { … }。",
  unknown_field: ({ field, fields }) => `不认识的字段“${field}”，可能是拼写错误；可用字段：${fields.join("、")}。`,
  schema_ref: () => "$schema 应为文字（本文件格式的地址），也可以删去这一项。",
  format_version: () => "formatVersion 应为 1（本程序读取的方案文件格式版本）。",
  id: () => 'id 应为小写字母、数字和连字符组成的标识，如 "xx-district-2025"。',
  text_required: ({ field }) => `请填写“${field}”（${TEXT_FIELDS[field]}），应为非空文字。`,
  year: () => "year 应为四位年份，如 2025。",
  official: () => "official 应为 true（正式标准）或 false（参考方案）。",
  festivals: ({ examples }) =>
    `festivals 应为可发放节日慰问的节日名称列表，如 ${JSON.stringify(examples)}；经自治区以上人民政府批准设立的少数民族节日逐个写具体名称（只写“少数民族节日”不算任何节日）。`,
  festivals_duplicate: ({ duplicates }) => `festivals 中有重复的节日：${duplicates.join("、")}。`,
  festival: () => "缺少 festival（节日慰问限额），三种形式之一：perMemberYear、perFestival、pool。",
  festival_shape: () => "festival.shape 只能是 perMemberYear（每人每年）、perFestival（每个节日）或 pool（总额比例）。",
  festival_caps: () => 'festival.capsYuan 应为各节日的上限，如 {"春节": 500}。',
  festival_unlisted: ({ festival }) => `“${festival}”不在 festivals 列表中，请先把它列入 festivals。`,
  festival_share: () => "festival.shareOfBudgetedIncome 应为0到1之间的比例，如 0.5 表示不超过年度经费收入预算的50%。",
  money_not_number: ({ money }) => `${amount(money)}应为数字（元），如 300；不要加引号或“元”字。`,
  money_negative: ({ money, value, positive }) =>
    `${amount(money)}不能${positive ? "为0或" : ""}为负数，现为 ${value}。`,
  money_decimals: ({ money, value }) => `${amount(money)}最多两位小数（精确到分），现为 ${value}。`,
  money_too_large: ({ money, value }) => `${amount(money)}过大（现为 ${value}），请检查是否多写了位数。`,
  caps: () => '缺少 caps（各慰问事由每次的上限，元），如 {"生日慰问": 300}。',
  caps_festival: () => "节日慰问的限额请写在 festival 中，不在 caps 中。",
  caps_reason: ({ reason, reasons }) => `“${reason}”不是慰问事由；可用：${reasons.join("、")}。`,
  cap_shape: ({ reason }) => `${reason}的上限应为数字（元），或 {"capYuan": …}。`,
  raised_shape: () => 'raised 应为 {"capYuan": 1000, "whenRemarkIncludes": "手术"}。',
  raised_not_higher: () => "提高后的上限应大于一般上限。",
  raised_when: () => '请写明备注中出现什么字样时适用提高后的上限，如 "手术"。',
  repeats: () => '缺少 repeats（每人每年次数限制），如 {"生日慰问": 1}。',
  repeats_reason: ({ reason, reasons }) => `“${reason}”不是慰问事由；可用：${reasons.join("、")}。`,
  repeats_limit: () => '次数应为不小于1的整数，或 {"limit": 1, "ever": true}（一生一次）。',
  repeats_ever: () => "ever 应为 true 或 false。",
  per_capita: () => "perCapita 应为数组（没有人均标准时写 []）。",
  per_capita_item: () => '每项应为 {"label": …, "category": …, "capYuan": …, "perDay": …}。',
  per_capita_label: () => "请填写 label（标准名称，如 春秋游）。",
  per_capita_category: ({ categories }) => `category 应为活动类别之一：${categories.join("、")}。`,
  per_capita_name: () =>
    'nameIncludes 应为活动名称中含有的字样（文字，加引号），如 "工作餐"；不按名称匹配时删去这一项。',
  per_capita_match: () => "请至少给出 category（活动类别）或 nameIncludes（活动名称中的字样）。",
  per_capita_per_day: () => "perDay 应为 true（按人按天）或 false（按人次）。",
  dues: () => '缺少 dues（会费标准），如 {"rate": 0.005, "truncationYuan": 10}。',
  dues_rate: () => "dues.rate 应为会费比例的小数，0.5% 写作 0.005。",
  dues_truncation: () => "dues.truncationYuan 应为不计缴的工资尾数（元），一般为 10。",
  retention_ratio: () => "retentionRatio 应为0到1之间的小数，如 0.6（留成60%）。",
  code_system: () => 'codeSystem 应为 "2017" 或 "2022"（注意加引号）。',
  invalid: () => "此处的值不符合方案文件格式（见 schemas/profile.schema.json）。",
};
