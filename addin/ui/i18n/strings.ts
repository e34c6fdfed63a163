import type { Locale, MemberPart } from "union-ledger";

/** Every text the pane shows, Chinese first; the English table must have the same keys (typed). */
const zhCN = {
  appName: "工会台账助手",
  language: "语言",
  offlineNote: "本页面在本机运行，数据不会上传到任何地方。",
  // Workbook
  validate: "校验本工作簿",
  revalidate: "重新校验",
  reading: "正在读取工作簿……",
  checking: "正在校验与汇总……",
  chooseFile: "选择台账文件（.xlsx）",
  dropHint: "或把文件拖到这里",
  fileLabel: "台账文件",
  fileRead: (name: string) => `已读取：${name}`,
  // Findings
  findings: "校验结果",
  noFindings: "检查通过：没有发现问题。",
  summary: (e: number, w: number) => `共 ${e} 个错误、${w} 个警告`,
  sheetGroup: (s: string, e: number, w: number) => `${s}（错误 ${e}，警告 ${w}）`,
  error: "错误",
  warning: "警告",
  goToCell: (cell: string) => `定位到 ${cell}`,
  more: (n: number) => `另有 ${n} 条，显示全部`,
  highlightAll: "标出全部问题单元格",
  clearHighlights: "清除标记",
  highlighted: (n: number) => `已标出 ${n} 个单元格（只加条件格式，不改动数据和原有格式）。`,
  highlightedSome: (n: number, all: number) =>
    `已标出 ${all} 个问题单元格中的 ${n} 个：此版本 Excel 一次只能标出一部分，其余请生成“校验结果”工作表查看。`,
  cleared: (n: number) => `已清除 ${n} 处标记。`,
  writeSheet: "生成“校验结果”工作表",
  sheetWritten: (name: string) => `已生成工作表“${name}”。`,
  findingsSheetName: "校验结果",
  findingsHeader: ["级别", "工作表", "单元格", "问题说明", "代码"] as const,
  // Totals
  totals: "数据一览",
  members: "会员",
  // Every status with members (memberParts), so the parts add up to the whole.
  membersValue: (n: number, parts: readonly string[]) => (parts.length ? `${n} 人（${parts.join("，")}）` : `${n} 人`),
  memberPart: (p: MemberPart) =>
    p.part === "active"
      ? `在职 ${p.count}`
      : p.part === "retired"
        ? `退休 ${p.count}`
        : p.part === "status"
          ? `${p.status} ${p.count}`
          : `未填会籍状态 ${p.count}`,
  dues: "会费",
  // rate null: nothing was owed, so there is no rate (never "0.0%"); overpaid null: nobody paid over.
  duesValue: (paid: string, rate: string | null, overpaid: string | null) =>
    `实缴 ${paid}，${rate === null ? "无应缴会费" : `收缴率 ${rate}`}${overpaid === null ? "" : `，多收 ${overpaid}（应退还或抵缴下年）`}`,
  activities: "活动",
  activitiesValue: (n: number, p: number, cost: string) => `${n} 次，${p} 人次，支出 ${cost}`,
  condolences: "慰问",
  condolencesValue: (n: number, amount: string) => `${n} 人次，金额 ${amount}`,
  // Narrative
  narrative: "年度总结预览",
  copy: "复制全文",
  copied: "已复制，可粘贴到 Word 或 WPS。",
  copyFailed: "无法自动复制：请点进上面的文本框，按 Ctrl+A 全选后按 Ctrl+C 复制。",
  // Template
  newWorkbook: "用标准模板新建工作簿",
  newWorkbookDone: "已在新窗口打开标准模板。",
  // Word
  linkNone: "本文档还没有插入年度总结。",
  linked: (file: string, at: string) => `本文档的总结来自 ${file}（${at}）。`,
  insert: "在光标处插入年度总结",
  refresh: "用新数据刷新总结",
  inserting: "正在生成并插入……",
  refreshing: "正在刷新……",
  inserted: "已插入年度总结。",
  refreshed: (n: number) => `已刷新 ${n} 个部分；正文中其他文字未改动。`,
  errorsBlock: (n: number) => `台账中还有 ${n} 个错误。建议先改正再生成总结；如确需现在生成，请说明原因。`,
  acknowledge: "我已知晓以上错误，仍要生成总结",
  reason: "原因（将记录在文档中）",
  reasonPlaceholder: "例如：上级工会要求先报送初稿，错误将在正式稿前改正",
  edited: (names: string) => `以下部分已被手工修改：${names}。刷新会覆盖这些修改。`,
  overwrite: "覆盖这些修改",
  keepEdits: "保留手工修改，只刷新其他部分",
  otherWorkbook: (file: string) => `注意：所选文件与文档原来引用的 ${file} 不同。`,
  // Standalone
  download: "下载年度总结（.docx）",
  downloading: "正在生成文档……",
  standaloneIntro: "适用于 WPS 或没有安装 Office 的电脑：选择填好的台账，查看问题和汇总，下载年度总结。",
  // Errors
  failed: (m: string) => `操作未完成：${m}`,
  needsExcelApi: (v: string) => `此功能需要 Excel 支持 ExcelApi ${v}（Office 2019 及以上或 Microsoft 365）。`,
} as const;

type Widen<T> = {
  readonly [K in keyof T]: T[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : T[K] extends readonly string[]
      ? readonly string[]
      : string;
};
export type UiStrings = Widen<typeof zhCN>;

const en: UiStrings = {
  appName: "Union Ledger Assistant",
  language: "Language",
  offlineNote: "This page runs on this computer; no data is sent anywhere.",
  validate: "Check this workbook",
  revalidate: "Check again",
  reading: "Reading the workbook…",
  checking: "Checking and totalling…",
  chooseFile: "Choose a ledger file (.xlsx)",
  dropHint: "or drop the file here",
  fileLabel: "Ledger file",
  fileRead: (name) => `Read: ${name}`,
  findings: "Findings",
  noFindings: "All checks passed.",
  summary: (e, w) => `${e} errors, ${w} warnings`,
  sheetGroup: (s, e, w) => `${s} (${e} errors, ${w} warnings)`,
  error: "Error",
  warning: "Warning",
  goToCell: (cell) => `Go to ${cell}`,
  more: (n) => `${n} more — show all`,
  highlightAll: "Mark all problem cells",
  clearHighlights: "Clear marks",
  highlighted: (n) => `Marked ${n} cells (conditional format only; values and formats untouched).`,
  highlightedSome: (n, all) =>
    `Marked ${n} of ${all} problem cells: this Excel version marks only part at a time; write the findings sheet to see the rest.`,
  cleared: (n) => `Removed ${n} marks.`,
  writeSheet: "Write a findings sheet",
  sheetWritten: (name) => `Wrote the sheet “${name}”.`,
  findingsSheetName: "校验结果",
  findingsHeader: ["Severity", "Sheet", "Cell", "Message", "Code"],
  totals: "At a glance",
  members: "Members",
  membersValue: (n, parts) => (parts.length ? `${n} (${parts.join(", ")})` : `${n}`),
  memberPart: (p) =>
    p.part === "active"
      ? `${p.count} working`
      : p.part === "retired"
        ? `${p.count} retired`
        : p.part === "status"
          ? `${p.count} ${p.status === "失业保留会籍" ? "unemployed, membership kept" : p.status}`
          : `${p.count} without status`,
  dues: "Dues",
  duesValue: (paid, rate, overpaid) =>
    `${paid} paid, ${rate === null ? "no dues owed" : `${rate} collected`}${overpaid === null ? "" : `, ${overpaid} paid over (refund or credit to next year)`}`,
  activities: "Activities",
  activitiesValue: (n, p, cost) => `${n} events, ${p} attendances, ${cost} spent`,
  condolences: "Condolences",
  condolencesValue: (n, amount) => `${n} payments, ${amount}`,
  narrative: "Annual summary preview",
  copy: "Copy text",
  copied: "Copied; paste it into Word or WPS.",
  copyFailed: "Could not copy automatically: click into the text above, press Ctrl+A, then Ctrl+C.",
  newWorkbook: "New workbook from the standard template",
  newWorkbookDone: "The standard template opened in a new window.",
  linkNone: "This document has no annual summary yet.",
  linked: (file, at) => `The summary here comes from ${file} (${at}).`,
  insert: "Insert the summary at the cursor",
  refresh: "Refresh the summary with new data",
  inserting: "Writing and inserting…",
  refreshing: "Refreshing…",
  inserted: "The summary was inserted.",
  refreshed: (n) => `Refreshed ${n} parts; other text was not touched.`,
  errorsBlock: (n) =>
    `The ledger still has ${n} errors. Fix them first, or give the reason for writing the summary now.`,
  acknowledge: "I know about these errors and want the summary now",
  reason: "Reason (kept in the document)",
  reasonPlaceholder: "e.g. the upper union asked for a draft first",
  edited: (names) => `These parts were edited by hand: ${names}. Refreshing overwrites them.`,
  overwrite: "Overwrite the edits",
  keepEdits: "Keep the edits, refresh the rest",
  otherWorkbook: (file) => `Note: this file is not ${file}, which the document was made from.`,
  download: "下载 / Download the summary (.docx)",
  downloading: "Writing the document…",
  standaloneIntro:
    "For WPS or computers without Office: choose a filled ledger, see its problems and totals, download the annual summary.",
  failed: (m) => `Not done: ${m}`,
  needsExcelApi: (v) => `This needs Excel with ExcelApi ${v} (Office 2019 or later, or Microsoft 365).`,
};

export const STRINGS: Readonly<Record<Locale, UiStrings>> = { "zh-CN": zhCN, en };
