import type { ColumnKind } from "../column.js";
import type { ListId } from "../lists.js";

export interface InfoFieldSpec {
  readonly key: string;
  /** Label in column A, exact (template-v1.md); the value sits in column B. */
  readonly label: string;
  readonly kind: Exclude<ColumnKind, "formula">;
  readonly required?: boolean;
  readonly list?: ListId;
  readonly prompt: string;
}

export const BASIC_INFO_SHEET = {
  name: "基本信息",
  fields: [
    { key: "unionName", label: "工会名称", kind: "text", required: true, prompt: "本基层工会的全称。" },
    { key: "employer", label: "所属单位", kind: "text", prompt: "工会所在的单位。" },
    { key: "upperUnion", label: "上级工会", kind: "text", prompt: "上级工会名称。" },
    {
      key: "fiscalYear",
      label: "年度",
      kind: "integer",
      required: true,
      prompt: "填报年度，如 2024；各台账的日期都须在这一年内。",
    },
    { key: "preparer", label: "填报人", kind: "text", prompt: "填报人姓名。" },
    { key: "phone", label: "联系电话", kind: "text", prompt: "填报人联系电话。" },
    { key: "filedOn", label: "填报日期", kind: "date", prompt: "填报日期，如 2025-01-10。" },
    {
      key: "profileId",
      label: "经费标准方案",
      kind: "text",
      prompt: "上级工会选定的经费标准方案，由模板生成时填好，请勿修改。",
    },
    {
      key: "codeSystem",
      label: "科目体系",
      kind: "option",
      list: "codeSystem",
      prompt:
        "2017（总工办发〔2017〕32号）或 2022（工会会计制度）。2022 的明细科目名称暂沿用2017年科目，未经与原文核对，请以本单位账套为准。",
    },
    // Not in template-v1.md's list: a pool-shaped festival cap (e.g. 北京) is a share of the year's
    // budgeted income, which the workbook must then state. Optional; read by label like the rest.
    {
      key: "budgetIncome",
      label: "年度经费收入预算(元)",
      kind: "money",
      prompt: "本年度工会经费收入预算（元）；方案按预算比例限定节日慰问总额时必填。",
    },
    // Template 1.1, after template-v1.md's fields (their order is the spec's): a school's 寒暑假
    // are not months a union forgot its members (issue 13).
    {
      key: "unitType",
      label: "单位类型",
      kind: "option",
      list: "unitType",
      prompt: "所属单位的类型，从下拉列表选择；学校的寒暑假月份在总结中不算作未开展活动。",
    },
  ],
} as const satisfies { name: string; fields: readonly InfoFieldSpec[] } as {
  readonly name: "基本信息";
  readonly fields: readonly InfoFieldSpec[];
};
