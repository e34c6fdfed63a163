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
    { key: "remark", header: "备注", kind: "text", width: 18, prompt: "其他说明，如“全年一次缴清”。" },
  ],
} as const satisfies SheetSpec;
