import type { SheetSpec } from "../column.js";

export const MEMBERS_SHEET = {
  name: "会员名册",
  title: "会员名册",
  preparedRows: 3000,
  columns: [
    {
      key: "memberId",
      header: "会员编号",
      kind: "text",
      required: true,
      width: 14,
      prompt: "每位会员唯一的编号，其他台账用它对应会员。",
    },
    { key: "name", header: "姓名", kind: "text", required: true, width: 10, prompt: "会员姓名。" },
    { key: "gender", header: "性别", kind: "option", list: "gender", width: 6, prompt: "从下拉列表选择：男 / 女。" },
    { key: "department", header: "部门", kind: "text", width: 14, prompt: "所在部门或班组。" },
    { key: "joinDate", header: "入会日期", kind: "date", width: 12, prompt: "日期，如 2024-03-05；可以早于本年度。" },
    {
      key: "status",
      header: "会籍状态",
      kind: "option",
      list: "memberStatus",
      required: true,
      width: 12,
      prompt: "年底时的会籍状态，从下拉列表选择。",
    },
    {
      key: "statusDate",
      header: "状态变动日期",
      kind: "date",
      width: 13,
      prompt: "本年度会籍状态变动（退休、退会、转入等）生效的日期；全年未变动请留空。",
    },
    { key: "remark", header: "备注", kind: "text", width: 20, prompt: "其他说明。" },
  ],
} as const satisfies SheetSpec;
