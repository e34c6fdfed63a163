import type { ColumnSpec, SheetSpec } from "../column.js";

export const DUES_MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;
export type DuesMonthKey = `m${(typeof DUES_MONTHS)[number]}`;
export const duesMonthKey = (month: number): DuesMonthKey => `m${month}` as DuesMonthKey;

const monthColumns = DUES_MONTHS.map(
  (m) =>
    ({
      key: duesMonthKey(m),
      header: `${m}月`,
      kind: "money",
      width: 9,
      prompt: `${m}月实际缴纳的会费（元）；一次缴纳多个月的，可全部记在缴款当月。`,
    }) as const,
) satisfies readonly ColumnSpec[];

export const DUES_SHEET = {
  name: "会费台账",
  title: "会费台账",
  preparedRows: 3000,
  columns: [
    {
      key: "memberId",
      header: "会员编号",
      kind: "text",
      required: true,
      width: 14,
      prompt: "须与会员名册中的会员编号一致。",
    },
    { key: "name", header: "姓名", kind: "text", width: 10, prompt: "须与会员名册一致。" },
    {
      key: "wage",
      header: "计缴工资(元)",
      kind: "money",
      width: 13,
      prompt: "每月计缴会费的工资：基本工资（岗位工资）与薪级工资等，不含奖金、津贴补贴、离退休金。",
    },
    {
      key: "monthlyDue",
      header: "月应缴(元)",
      kind: "formula",
      filler: true,
      width: 11,
      prompt: "自动计算：工资不足10元的尾数不计，按0.5%计缴。",
      // 工发〔1978〕101号: dues are 0.5% of the wage, the part under 10 元 not counted.
      formula: ({ col, row, duesRate, duesTruncationYuan }) =>
        `IF(${col("wage")}${row}="","",ROUND(FLOOR(${col("wage")}${row},${duesTruncationYuan})*${duesRate},2))`,
    },
    ...monthColumns,
    {
      key: "paidTotal",
      header: "全年实缴(元)",
      kind: "formula",
      filler: true,
      width: 12,
      prompt: "自动计算：1月至12月实缴之和。",
      formula: ({ col, row }) =>
        `IF(COUNT(${col("m1")}${row}:${col("m12")}${row})=0,"",SUM(${col("m1")}${row}:${col("m12")}${row}))`,
    },
    // Template 1.1 (issue 12): what the clerk states instead of leaving it to be guessed.
    {
      key: "wageChangeMonth",
      header: "调资月份",
      kind: "integer",
      positive: true,
      max: 12,
      since: "1.1",
      width: 10,
      prompt: "本年计缴工资有调整（调资）的，填新工资开始计缴的月份，如 7 表示7月起；未调整请留空。",
    },
    {
      key: "wageAfter",
      header: "调资后计缴工资(元)",
      kind: "money",
      since: "1.1",
      width: 14,
      prompt: "调资月份起每月计缴会费的工资；“计缴工资”列填调资前的工资。",
    },
    {
      key: "exemptMonths",
      header: "免缴月份",
      kind: "text",
      since: "1.1",
      width: 11,
      prompt: "经工会委员会批准免缴会费的月份，如“全年”“1-6月”“3月、5月”；免缴月份不计应缴。",
    },
    {
      key: "exemptBasis",
      header: "免缴依据",
      kind: "text",
      since: "1.1",
      width: 20,
      prompt: "批准免缴的依据，如“工会委员会2024年第3次会议决定（困难职工）”；填写了免缴月份的必填。",
    },
    {
      key: "catchUp",
      header: "其中补缴上年(元)",
      kind: "money",
      since: "1.1",
      width: 13,
      prompt: "1月至12月实缴中补缴上年度会费的金额（如1月连同上年12月一并缴纳）；不计入本年应缴与收缴率。",
    },
    { key: "remark", header: "备注", kind: "text", width: 18, prompt: "其他说明，如“全年一次缴清”。" },
  ],
} as const satisfies SheetSpec;
