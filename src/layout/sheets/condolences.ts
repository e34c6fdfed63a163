import type { SheetSpec } from "../column.js";

export const CONDOLENCES_SHEET = {
  name: "慰问金台账",
  title: "慰问金台账",
  preparedRows: 1000,
  columns: [
    { key: "seq", header: "序号", kind: "integer", filler: true, width: 6, prompt: "序号，可不填。" },
    {
      key: "date",
      header: "日期",
      kind: "date",
      required: true,
      inFiscalYear: true,
      width: 12,
      prompt: "发放日期，如 2024-03-05，须在本年度内。",
    },
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
      key: "reason",
      header: "慰问事由",
      kind: "option",
      list: "condolenceReason",
      required: true,
      width: 12,
      prompt: "从下拉列表选择慰问事由。",
    },
    {
      key: "festival",
      header: "节日",
      kind: "option",
      list: "festival",
      otherValuesCheckedByRule: true,
      width: 12,
      prompt: "事由为“节日慰问”时必填，其他事由留空。",
    },
    {
      key: "form",
      header: "慰问形式",
      kind: "option",
      list: "condolenceForm",
      required: true,
      width: 10,
      // 总工办发〔2014〕23号: never shopping cards or vouchers; typed anyway, they are form_forbidden.
      otherValuesCheckedByRule: ["购物卡", "代金券", "礼品卡"],
      prompt: "从下拉列表选择。不得发放购物卡、代金券、礼品卡；节日、生日慰问不得发放现金。",
    },
    {
      key: "amount",
      header: "金额(元)",
      kind: "money",
      positive: true,
      width: 11,
      prompt: "现金金额或实物价值（元），须大于0。",
    },
    // 经手人 / 审批人 are required, but an empty one is `approval_missing` (rules/approvals.ts).
    { key: "handler", header: "经手人", kind: "text", width: 9, prompt: "必填。" },
    { key: "approver", header: "审批人", kind: "text", width: 9, prompt: "必填，且不能与经手人为同一人。" },
    { key: "remark", header: "备注", kind: "text", width: 20, prompt: "其他说明，如住院手术请注明“手术”。" },
  ],
} as const satisfies SheetSpec;
