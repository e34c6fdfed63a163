import type { SheetSpec } from "../column.js";

export const ACTIVITIES_SHEET = {
  name: "活动台账",
  title: "活动台账",
  preparedRows: 1000,
  columns: [
    { key: "seq", header: "序号", kind: "integer", filler: true, width: 6, prompt: "序号，可不填。" },
    { key: "date", header: "日期", kind: "date", required: true, inFiscalYear: true, width: 12, prompt: "活动日期，如 2024-03-05，须在本年度内。" },
    { key: "name", header: "活动名称", kind: "text", required: true, width: 24, prompt: "活动名称。" },
    { key: "category", header: "活动类别", kind: "option", list: "activityCategory", required: true, width: 14, prompt: "从下拉列表选择活动类别。" },
    { key: "code", header: "支出科目", kind: "text", width: 16, prompt: "可不填，程序按活动类别给出默认科目；填写时须属于所选科目体系。" },
    { key: "place", header: "地点", kind: "text", width: 14, prompt: "活动地点。" },
    { key: "organizer", header: "组织部门", kind: "text", width: 12, prompt: "组织活动的部门。" },
    { key: "participants", header: "参与人数", kind: "integer", positive: true, width: 9, prompt: "参加人数（人次），至少为1。" },
    { key: "cost", header: "费用(元)", kind: "money", width: 12, prompt: "本次活动的支出（元），最多两位小数。" },
    { key: "funding", header: "经费来源", kind: "option", list: "fundingSource", width: 10, prompt: "有费用时必填，从下拉列表选择。" },
    { key: "handler", header: "经手人", kind: "text", width: 9, prompt: "有费用时必填。" },
    { key: "approver", header: "审批人", kind: "text", width: 9, prompt: "有费用时必填，且不能与经手人为同一人。" },
    { key: "remark", header: "备注", kind: "text", width: 20, prompt: "其他说明；多日活动请注明天数，如“2天”。" },
  ],
} as const satisfies SheetSpec;
