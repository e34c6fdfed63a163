import { moneyText, type Locale, type MemberPart, type TitleField } from "union-ledger";
import { count, yuan } from "./english.js";

/**
 * Every text the pane shows, Chinese first; the English table must have the same keys (typed).
 * Chinese numbers are written against their units and words, with no space, as the report writes
 * them (共6个错误, 288人, 12.86万元); the pane's `text-autospace` (typeset.tsx) adds the small gap
 * between Han and digits where the browser can, and keeps a number with its unit on one line.
 */
const zhCN = {
  appName: "工会台账助手",
  language: "语言",
  offlineNote: "本页面在本机运行，数据不会上传到任何地方。",
  // Workbook
  validate: "校验本工作簿",
  revalidate: "重新校验",
  reading: "正在读取工作簿……",
  checking: "正在校验与汇总……",
  stageRead: "读取",
  stageInflate: "解压",
  stageCheck: "检查",
  stageGenerate: "生成",
  progressName: "进度",
  chooseFile: "选择台账文件（.xlsx）",
  dropHint: "或把文件拖到这里",
  fileLabel: "台账文件",
  fileRead: (name: string) => `已读取：${name}`,
  chosenFile: (name: string) => `已选择：${name}`,
  dismiss: "关闭",
  // Findings
  findings: "校验结果",
  noFindings: "检查通过：没有发现问题。",
  summary: (e: number, w: number) => `共${e}个错误、${w}个警告`,
  sheetGroup: (s: string, e: number, w: number) => `${s}（${e}个错误，${w}个警告）`,
  error: "错误",
  warning: "警告",
  goToCell: (cell: string) => `定位到 ${cell}`,
  more: (n: number) => `另有${n}条，显示全部`,
  highlightAll: "标出全部问题单元格",
  clearHighlights: "清除标记",
  highlighted: (n: number) => `已标出${n}个单元格（只加条件格式，不改动数据和原有格式）。`,
  highlightedSome: (n: number, all: number) =>
    `已标出${all}个问题单元格中的${n}个：此版本 Excel 一次只能标出一部分，其余请生成“校验结果”工作表查看。`,
  cleared: (n: number) => `已清除${n}个单元格的标记。`,
  // Clearing counts cells, as marking does; when the two differ the pane says why (excel/marks-text.ts).
  clearedMore: (n: number, marked: number) => `已清除${n}个单元格的标记，其中${n - marked}个是此前留下的标记。`,
  clearedFewer: (n: number, marked: number) =>
    `已清除${n}个单元格的标记；刚才标出的是${marked}个，其余的单元格已被删除或不在台账工作表中。`,
  clearedUncounted: (k: number) => `${k}处跨多个区域的标记也已清除（此版本 Excel 无法统计其单元格数）。`,
  clearedNone: "没有找到本加载项的标记，无需清除。",
  // The findings sheet's name is taken by a sheet of the clerk's (excel/SheetQuestion.tsx)
  sheetTaken: (name: string) => `工作簿里已有名为“${name}”的工作表，它不是本加载项生成的。要替换它吗？`,
  replaceSheet: "替换",
  writeToFree: (free: string) => `另存为“${free}”`,
  sheetKept: (name: string) => `未生成工作表；原有的“${name}”未改动。`,
  // Results and later edits (excel/StaleBanner.tsx)
  stale: "工作簿已改动，结果可能已过时。",
  cannotWatch: "此版本 Excel 不能告知本加载项工作簿的改动：改动单元格后结果可能已过时，请点“重新校验”。",
  unchanged: "已重新校验：结果没有变化。",
  // Two sentences of the pane's own in one notice: Chinese runs them on, English puts a space between.
  sentences: (a: string, b: string) => `${a}${b}`,
  writeSheet: "生成“校验结果”工作表",
  sheetWritten: (name: string) => `已生成工作表“${name}”。`,
  findingsSheetName: "校验结果",
  findingsHeader: ["级别", "工作表", "单元格", "问题说明", "代码"] as const,
  // Totals
  totals: "数据一览",
  unionYear: (union: string, year: number) => `${union}${year}年度`,
  /** Money as the report writes it (narrative.md): 451元, 12.86万元. */
  money: (fen: number) => moneyText(fen),
  chartLabel: (title: string, description: string) => `${title}：${description}`,
  members: "会员",
  // Every status with members (memberParts), so the parts add up to the whole.
  membersValue: (n: number, parts: readonly string[]) => (parts.length ? `${n}人（${parts.join("，")}）` : `${n}人`),
  memberPart: (p: MemberPart) =>
    p.part === "active"
      ? `在职${p.count}人`
      : p.part === "retired"
        ? `退休${p.count}人`
        : p.part === "status"
          ? `${p.status}${p.count}人`
          : `未填会籍状态${p.count}人`,
  dues: "会费",
  // rate null: nothing was owed, so there is no rate (never "0.0%"); overpaid null: nobody paid over.
  duesValue: (paid: string, rate: string | null, overpaid: string | null) =>
    `实缴${paid}，${rate === null ? "无应缴会费" : `收缴率${rate}`}${overpaid === null ? "" : `，多收${overpaid}（应退还或抵缴下年）`}`,
  activities: "活动",
  activitiesValue: (n: number, p: number, cost: string) => `${n}次，${p}人次，支出${cost}`,
  condolences: "慰问",
  condolencesValue: (n: number, amount: string) => `${n}人次，金额${amount}`,
  // Narrative
  narrative: "年度总结预览",
  copy: "复制全文",
  copied: "已复制，可粘贴到 Word 或 WPS。",
  copyFailed: "无法自动复制：请点进上面的文本框，按 Ctrl+A 全选后按 Ctrl+C 复制。",
  // Template
  newWorkbook: "用标准模板新建工作簿",
  newWorkbookDone: "已在新窗口打开标准模板。",
  notLedgerNew: "可点上方的“用标准模板新建工作簿”，在新窗口打开空白台账，填好后再校验。",
  notLedgerNoCreate: "请在标准模板中填写台账：向上级工会索取，或在离线版页面下载空白模板。",
  newWorkbookUnavailable:
    "此版本 Excel 不能从加载项新建工作簿（需要 Office 2019 及以上或 Microsoft 365），所以没有“用标准模板新建工作簿”按钮。空白台账可向上级工会索取，或在离线版页面下载。",
  // Word
  linkNone: "本文档还没有插入年度总结。",
  linked: (file: string, at: string) => `本文档的总结来自 ${file}（${at}）。`,
  insert: "在光标处插入年度总结",
  refresh: "用新数据刷新总结",
  inserting: "正在生成并插入……",
  refreshing: "正在刷新……",
  inserted: "已插入年度总结。",
  refreshed: (n: number) => `已刷新：${n}个部分有变化；正文中其他文字未改动。`,
  refreshedUnchanged: "已刷新：数据与上次相同，总结内容没有变化。",
  errorsBlock: (n: number) =>
    `台账中还有${n}个错误。建议先改正再生成总结；如确需现在生成，请勾选下面的确认并填写原因。`,
  // The tick names what the button does (插入 / 刷新 / 下载), so the two say the same.
  acknowledge: (action: string) => `我已知晓台账中的这些错误，仍要${action}`,
  ackInsert: "插入年度总结",
  ackRefresh: "刷新总结",
  ackDownload: "下载年度总结",
  reason: "原因（将写在总结第1页的“说明”中）",
  reasonPlaceholder: "例如：上级工会要求先报送初稿，错误将在正式稿前改正",
  holdbackErrors: (n: number) => `工作簿有${n}个错误：请先更正，或勾选上面的确认并填写原因。`,
  holdbackReason: "请在上面填写原因。",
  acknowledgedWritten: (n: number, reason: string) =>
    `台账有${n}个错误未更正；总结第1页的“说明”已写明原因：“${reason}”。`,
  // A workbook without its union's name or year (a blank template): no report (its title would be "0年工作总结").
  // `rechoose`: the file was chosen (Word, standalone), not the open workbook (Excel, which checks it again).
  titleInfoMissing: (fields: readonly string[], rechoose: boolean) =>
    `请先在基本信息中填写${fields.join("和")}，${rechoose ? "保存后重新选择文件" : "再重新校验"}；填好之前不能生成年度总结。`,
  titleInfoField: (field: TitleField, cell: string | undefined) =>
    `${field === "unionName" ? "工会名称" : "年度"}${cell ? `（${cell}）` : ""}`,
  edited: (names: string) => `以下部分已被手工修改：${names}。刷新会覆盖这些修改。`,
  overwrite: "覆盖这些修改",
  keepEdits: "保留手工修改，只刷新其他部分",
  cancel: "取消",
  refreshCancelled: "已取消刷新，文档未改动。",
  otherWorkbook: (file: string) => `注意：所选文件与文档原来引用的 ${file} 不同。`,
  // Standalone
  download: "下载年度总结（.docx）",
  downloading: "正在生成文档……",
  standaloneIntro: "适用于 WPS 或没有安装 Office 的电脑：选择填好的台账，查看问题和汇总，下载年度总结。",
  // The blank template (standalone page): the same workbook as `union-ledger template --profile …`.
  templateHeading: "空白台账模板",
  templateIntro: "还没有台账？下载标准模板（.xlsx），用 WPS 或 Excel 填写后再在上面选择它。",
  profileLabel: "经费标准方案",
  profileSource: (source: string, year: number) => `依据：${source}（${year}年）`,
  profileFileOption: "上级工会发来的方案文件（.json）",
  chooseProfileFile: "选择方案文件",
  readingProfile: "正在读取方案文件……",
  profileFileLoaded: (name: string, file: string) => `已采用方案文件“${file}”：${name}`,
  profileFileBad: (file: string) => `方案文件“${file}”有误，未采用。请上级工会改正后重新发送：`,
  profileFileNeeded: "请先选择上级工会发来的方案文件。",
  profileFileFix: "请选择改正后的方案文件。",
  downloadTemplate: "下载空白模板（.xlsx）",
  writingTemplate: "正在生成模板……",
  templateFileName: (profile: { readonly name: string; readonly id: string }) =>
    `工会台账模板（${profile.name.replace(/[\\/:*?"<>|]/g, "_")}）.xlsx`,
  templateDownloaded: (file: string, profileName: string) => `已下载 ${file}（经费标准方案：${profileName}）。`,
  // Errors
  failed: (m: string) => `操作未完成：${m}`,
  needsExcelApi: (v: string) => `此功能需要 Excel 支持 ExcelApi ${v}（Office 2019 及以上或 Microsoft 365）。`,
  // First use (components/Welcome.tsx): what the pane does in this host, and the bundled example
  welcomeTitle: "欢迎使用工会台账助手",
  welcomeExcel: [
    "校验本工作簿中的活动、慰问金、会费台账，逐条列出问题并定位到单元格。",
    "在表格中标出有问题的单元格，改正后可清除标记。",
    "查看会员、会费、活动、慰问的年度汇总。",
  ],
  welcomeWord: [
    "选择填好的台账工作簿（.xlsx），与本文档关联。",
    "在光标处插入年度工作总结（含图表）。",
    "台账改动后，用新数据刷新文档中的总结。",
  ],
  welcomeStandalone: [
    "选择填好的台账工作簿（.xlsx），检查填写问题。",
    "查看年度汇总，下载年度工作总结（.docx，可用 WPS 打开）。",
    "下载空白台账模板，发给需要填写的同事。",
  ],
  tryExample: "用示例试一试",
  exampleOpened: "已在新窗口打开示例工作簿：在那里打开台账助手即可校验。",
  exampleUnavailable: "此版本 Excel 不能新建工作簿（需要 ExcelApi 1.8），示例无法在这里打开；可在离线版页面中试用。",
  dismissWelcome: "知道了",
  // App shell: help and version (app/AppFooter.tsx)
  help: "使用说明",
  opensNewWindow: "（在新窗口中打开）",
  version: (app: string, template: string) => `版本 ${app} · 台账模板 ${template}`,
  // Office could not start (app/OfficeUnavailable.tsx)
  officeMissingTitle: "无法连接 Office",
  officeMissing:
    "Office 的脚本（office.js）没有加载成功：可能是单位网络拦截了微软的服务器，或 Office 版本太旧。没有它，任务窗格无法读写工作簿和文档。",
  officeTimeoutTitle: "Office 没有响应",
  officeTimeout: (seconds: number) =>
    `等了 ${seconds} 秒，Office 仍未准备好。请关闭任务窗格后重新打开；如果 Office 稍后就绪，本页会自动继续。`,
  officeFallback:
    "不用 Office 也能用：离线版页面（standalone.html，与加载项一同提供）在任何浏览器中都能打开，选择台账即可校验、汇总并下载年度总结。",
  openStandalone: "打开离线版页面",
  officeAskAdmin: "请把本页内容告诉负责安装加载项的同事。",
  // Import of a clerk's own ledger workbook (views/import/, issue 15)
  importHeading: "导入已有台账",
  importIntro:
    "已经用自己的表格记台账？选择那个工作簿：按表头、内容和表名找出会员名册、会费、活动和慰问金，转成标准台账。原文件不会被修改。",
  importStart: "开始导入…",
  importChooseFile: "选择自制的台账工作簿（.xlsx）",
  importing: "正在导入……",
  importDone: (sheets: number, rows: number) => `已导入${sheets}张工作表、${rows}行数据；请核对下面的对应关系。`,
  importUnionLabel: "工会名称",
  importYearLabel: "年度",
  importUnionMissing: "原表没有写工会名称：请在这里填写，或导入后在“基本信息”中填写。",
  importYearMissing: "原表没有写年度，日期也看不出：请填写四位年份。",
  importYearBad: "年度请填四位年份，如 2024。",
  importApply: "按此重新导入",
  importMappingHeading: "对应关系",
  importMappingIntro: "每张工作表导入到哪本台账、每列对应标准模板的哪一列。有误的用下拉框改正，改后立即重新导入。",
  importSheetLedger: (sheet: string) => `工作表“${sheet}”导入到`,
  importSheetRows: (n: number) => `${n}行数据`,
  importSheetColumns: (sheet: string) => `工作表“${sheet}”各列的对应`,
  importNotImported: "不导入",
  importKeepRight: "不对应（保留在右侧）",
  importColumnHead: "原表的列",
  importTargetHead: "对应的模板列",
  importBasisHead: "依据",
  importColumnLabel: (column: string, header: string) => `${column}列“${header}”对应到`,
  importColumnName: (column: string, header: string) => `${column}列“${header}”`,
  importBasis: (confidence: string) =>
    ({ header: "表头相同", synonym: "同义表头", content: "按内容", map: "已指定" })[confidence] ?? "",
  importLedgerName: (ledger: string) =>
    ({
      members: "会员名册",
      dues: "会费台账",
      duesPayments: "会费台账（逐笔）",
      activities: "活动台账",
      condolences: "慰问金台账",
    })[ledger] ?? ledger,
  importSkipped: (n: number) => `跳过的行：${n}`,
  importUnplaced: (n: number) => `未对应的列（保留在新表右侧）：${n}`,
  importChanged: (n: number) => `改写了形式的值：${n}`,
  importUnread: (n: number) => `未能识别的值（原样保留，校验时会指出）：${n}`,
  importSkipReason: (reason: string) =>
    ({ title: "标题行", blank: "空行", total: "合计行", note: "表尾签字/说明行", seq_only: "只有序号的行" })[reason] ??
    reason,
  importSkippedRow: (sheet: string, row: number, reason: string, text: string) =>
    `${sheet} 第${row}行：${reason}${text ? `（${text}）` : ""}`,
  importValue: (sheet: string, cell: string, column: string, from: string, to: string) =>
    `${sheet}!${cell}（${column}）：“${from}”${to ? ` → ${to}` : ""}`,
  importUnplacedColumn: (sheet: string, column: string, header: string) => `${sheet} ${column}列“${header}”`,
  importMore: (n: number) => `……另有${n}项（映射文件和命令行 --json 列出全部）`,
  importMissing: (missing: readonly (readonly [string, string])[]) =>
    `标准模板要求、原表没有的列：${missing.map(([sheet, header]) => `${sheet}“${header}”`).join("、")}（请在新表中补填）。`,
  importEmpty: (sheets: readonly string[]) => `原表中没有的台账（新表中为空）：${sheets.join("、")}。`,
  importAmbiguousSheets: (ledger: string, sheets: readonly string[]) =>
    `工作表${sheets.map((x) => `“${x}”`).join("、")}都像${ledger}，无法确定用哪一张。请在下表中把多余的一张改为“不导入”，或改为它实际的台账。`,
  importAmbiguousLedger: (sheet: string, ledgers: readonly string[]) =>
    `工作表“${sheet}”既像${ledgers.join("又像")}，无法确定。请在下表中为它选定台账。`,
  importAmbiguousColumns: (sheet: string, to: string, columns: readonly string[]) =>
    `工作表“${sheet}”中${columns.join("、")}都像“${to}”，无法确定用哪一列。请在下表中把不是“${to}”的列改为别的列，或“不对应”。`,
  importFixFirst: "解决上面的问题后才能生成标准台账。",
  importDownload: "下载标准台账（.xlsx）",
  importDownloadMap: "下载映射文件（.map.json）",
  importUploadMap: "使用映射文件…",
  importMapHint: "映射文件记下了这次的对应关系：下次导入同样格式的工作簿时选用它，就按同样的方式导入。",
  importMapUsed: (name: string) => `已按映射文件 ${name} 导入。`,
  importMapBad: (name: string) => `映射文件 ${name} 有误：`,
  importCheckNow: "立即校验标准台账",
  importOpenNew: "在新工作簿中打开标准台账",
  importOpened: "标准台账已在新窗口打开；在那里打开助手即可校验。",
  importNoCreate:
    "此版本 Excel 不能从加载项新建工作簿（需要 Office 2019 及以上或 Microsoft 365）：请下载标准台账，再用 Excel 打开。",
  importDownloaded: (name: string) => `已下载 ${name}。`,
  importFileName: (base: string) => `${base}-标准台账.xlsx`,
  importMapFileName: (base: string) => `${base}-标准台账.map.json`,
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
  stageRead: "Reading",
  stageInflate: "Unpacking",
  stageCheck: "Checking",
  stageGenerate: "Writing",
  progressName: "Progress",
  chooseFile: "Choose a ledger file (.xlsx)",
  dropHint: "or drop the file here",
  fileLabel: "Ledger file",
  fileRead: (name) => `Read: ${name}`,
  chosenFile: (name) => `Chosen: ${name}`,
  dismiss: "Close",
  findings: "Findings",
  noFindings: "All checks passed.",
  summary: (e, w) => `${count(e, "error")}, ${count(w, "warning")}`,
  sheetGroup: (s, e, w) => `${s} (${count(e, "error")}, ${count(w, "warning")})`,
  error: "Error",
  warning: "Warning",
  goToCell: (cell) => `Go to ${cell}`,
  more: (n) => `${n} more — show all`,
  highlightAll: "Mark all problem cells",
  clearHighlights: "Clear marks",
  highlighted: (n) => `Marked ${count(n, "cell")} (conditional format only; values and formats untouched).`,
  highlightedSome: (n, all) =>
    `Marked ${n} of ${all} problem cells: this Excel version marks only part at a time; write the findings sheet to see the rest.`,
  cleared: (n) => `Removed the marks from ${count(n, "cell")}.`,
  clearedMore: (n, marked) => `Removed the marks from ${count(n, "cell")}; ${n - marked} of them were marked earlier.`,
  clearedFewer: (n, marked) =>
    `Removed the marks from ${count(n, "cell")}; ${marked} were marked, and the other cells were deleted or are not on a ledger sheet.`,
  clearedUncounted: (k) =>
    `${count(k, "mark")} over several areas also removed (this version of Excel cannot count their cells).`,
  clearedNone: "There were no marks of this add-in to remove.",
  sheetTaken: (name) => `The workbook already has a sheet named “${name}” that this add-in did not write. Replace it?`,
  replaceSheet: "Replace",
  writeToFree: (free) => `Write to “${free}” instead`,
  sheetKept: (name) => `No sheet written; the existing “${name}” is unchanged.`,
  stale: "The workbook has changed since the check: the results may be out of date.",
  cannotWatch:
    "This version of Excel does not tell the add-in about edits: after changing cells the results may be out of date, so choose “Check again”.",
  unchanged: "Checked again: the results have not changed.",
  sentences: (a, b) => `${a} ${b}`,
  writeSheet: "Write a findings sheet",
  sheetWritten: (name) => `Wrote the sheet “${name}”.`,
  findingsSheetName: "校验结果",
  findingsHeader: ["Severity", "Sheet", "Cell", "Message", "Code"],
  totals: "At a glance",
  unionYear: (union, year) => `${union}, ${year}`,
  money: yuan,
  chartLabel: (title, description) => `${title}: ${description}`,
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
  activitiesValue: (n, p, cost) => `${count(n, "event")}, ${count(p, "attendance")}, ${cost} spent`,
  condolences: "Condolences",
  condolencesValue: (n, amount) => `${count(n, "payment")}, ${amount}`,
  narrative: "Annual summary preview",
  copy: "Copy text",
  copied: "Copied; paste it into Word or WPS.",
  copyFailed: "Could not copy automatically: click into the text above, press Ctrl+A, then Ctrl+C.",
  newWorkbook: "New workbook from the standard template",
  newWorkbookDone: "The standard template opened in a new window.",
  notLedgerNew:
    "Choose “New workbook from the standard template” above to open a blank ledger in a new window, fill it in, then check it.",
  notLedgerNoCreate:
    "Fill in the ledger in the standard template: ask your upper union for it, or download a blank one from the offline page.",
  newWorkbookUnavailable:
    "This version of Excel cannot open a new workbook from the add-in (it needs Office 2019 or later, or Microsoft 365), so there is no “New workbook” button. Ask your upper union for a blank ledger, or download one from the offline page.",
  linkNone: "This document has no annual summary yet.",
  linked: (file, at) => `The summary here comes from ${file} (${at}).`,
  insert: "Insert the summary at the cursor",
  refresh: "Refresh the summary with new data",
  inserting: "Writing and inserting…",
  refreshing: "Refreshing…",
  inserted: "The summary was inserted.",
  refreshed: (n) => `Refreshed: ${count(n, "part")} changed; other text was not touched.`,
  refreshedUnchanged: "Refreshed: the data are the same as last time, so the summary did not change.",
  errorsBlock: (n) =>
    `The ledger still has ${count(n, "error")}. Fix them first; if the summary is needed now, tick the box below and give the reason.`,
  acknowledge: (action) => `I know about the ledger's errors and still want to ${action}`,
  ackInsert: "insert the summary",
  ackRefresh: "refresh the summary",
  ackDownload: "download the summary",
  reason: "Reason (written in the note on page 1 of the summary)",
  reasonPlaceholder: "e.g. the upper union asked for a draft first",
  holdbackErrors: (n) =>
    `The workbook has ${count(n, "error")}: fix them first, or tick the box above and give the reason.`,
  holdbackReason: "Give the reason above.",
  acknowledgedWritten: (n, reason) =>
    `The ledger has ${count(n, "error")} not yet fixed; the note on page 1 of the summary gives the reason: “${reason}”.`,
  titleInfoMissing: (fields, rechoose) =>
    `Fill in ${fields.join(" and ")} on the sheet 基本信息 first, then ${rechoose ? "save and choose the file again" : "check again"}; the summary cannot be written until then.`,
  titleInfoField: (field, cell) =>
    `${field === "unionName" ? "the union's name" : "the year"}${cell ? ` (${cell})` : ""}`,
  edited: (names) => `These parts were edited by hand: ${names}. Refreshing overwrites them.`,
  overwrite: "Overwrite the edits",
  keepEdits: "Keep the edits, refresh the rest",
  cancel: "Cancel",
  refreshCancelled: "Refresh cancelled; the document is unchanged.",
  otherWorkbook: (file) => `Note: this file is not ${file}, which the document was made from.`,
  download: "Download the summary (.docx)",
  downloading: "Writing the document…",
  standaloneIntro:
    "For WPS or computers without Office: choose a filled ledger, see its problems and totals, download the annual summary.",
  templateHeading: "Blank ledger template",
  templateIntro:
    "No ledger yet? Download the standard template (.xlsx), fill it in with WPS or Excel, then choose it above.",
  profileLabel: "Spending-cap profile",
  profileSource: (source, year) => `Source: ${source} (${year})`,
  profileFileOption: "A profile file from the upper union (.json)",
  chooseProfileFile: "Choose the profile file",
  readingProfile: "Reading the profile file…",
  profileFileLoaded: (name, file) => `Using the profile file “${file}”: ${name}`,
  profileFileBad: (file) =>
    `The profile file “${file}” has mistakes and was not used. Ask the upper union to correct it:`,
  profileFileNeeded: "Choose the upper union's profile file first.",
  profileFileFix: "Choose the corrected profile file.",
  downloadTemplate: "Download the blank template (.xlsx)",
  writingTemplate: "Writing the template…",
  templateFileName: (profile) => `union-ledger-template-${profile.id.replace(/[\\/:*?"<>|]/g, "_")}.xlsx`,
  templateDownloaded: (file, profileName) => `Downloaded ${file} (profile: ${profileName}).`,
  failed: (m) => `Not done: ${m}`,
  needsExcelApi: (v) => `This needs Excel with ExcelApi ${v} (Office 2019 or later, or Microsoft 365).`,
  welcomeTitle: "Welcome to the Union Ledger Assistant",
  welcomeExcel: [
    "Checks the activity, condolence and dues ledgers in this workbook and lists each problem with its cell.",
    "Marks the problem cells in the sheets; clear the marks once they are fixed.",
    "Shows the year's totals: members, dues, activities, condolences.",
  ],
  welcomeWord: [
    "Choose the filled ledger workbook (.xlsx) to link it to this document.",
    "Insert the annual work summary, with charts, at the cursor.",
    "After the ledger changes, refresh the summary in the document with the new data.",
  ],
  welcomeStandalone: [
    "Choose a filled ledger workbook (.xlsx) to check it for mistakes.",
    "See the year's totals and download the annual summary (.docx, opens in WPS).",
    "Download a blank ledger template for colleagues to fill in.",
  ],
  tryExample: "Try it with the example",
  exampleOpened: "The example workbook opened in a new window: open the assistant there to check it.",
  exampleUnavailable:
    "This Excel cannot create workbooks (it needs ExcelApi 1.8), so the example cannot open here; try it in the offline page.",
  dismissWelcome: "Got it",
  help: "Help",
  opensNewWindow: " (opens in a new window)",
  version: (app, template) => `Version ${app} · ledger template ${template}`,
  officeMissingTitle: "Office could not be reached",
  officeMissing:
    "Office's script (office.js) did not load: the office network may block Microsoft's servers, or this Office is too old. Without it the pane cannot read or write workbooks and documents.",
  officeTimeoutTitle: "Office is not responding",
  officeTimeout: (seconds) =>
    `Office was still not ready after ${seconds} seconds. Close the task pane and open it again; if Office gets ready later, this page carries on by itself.`,
  officeFallback:
    "You can work without Office: the offline page (standalone.html, shipped with the add-in) opens in any browser; choose a ledger to check it, see the totals and download the annual summary.",
  openStandalone: "Open the offline page",
  officeAskAdmin: "Please pass this page on to whoever installed the add-in.",
  importHeading: "Import an existing ledger",
  importIntro:
    "Already keeping the ledgers in a workbook of your own? Choose it: the roster, dues, activities and condolence payments are found by their headers, contents and sheet names and put on the standard template. Your file is not changed.",
  importStart: "Start importing…",
  importChooseFile: "Choose your own ledger workbook (.xlsx)",
  importing: "Importing…",
  importDone: (sheets, rows) =>
    `Imported ${count(sheets, "sheet")} and ${count(rows, "row")} of data; please check the mapping below.`,
  importUnionLabel: "Union name",
  importYearLabel: "Year",
  importUnionMissing: "The workbook does not name the union: enter it here, or later in the Basic info sheet.",
  importYearMissing: "Neither the workbook nor its dates say the year: enter it (four digits).",
  importYearBad: "Enter the year as four digits, such as 2024.",
  importApply: "Import again with these",
  importMappingHeading: "Mapping",
  importMappingIntro:
    "Which ledger each sheet goes to, and which template column each column goes to. Correct any mistake with the drop-downs: the import runs again at once.",
  importSheetLedger: (sheet) => `Sheet "${sheet}" goes to`,
  importSheetRows: (n) => count(n, "row"),
  importSheetColumns: (sheet) => `Columns of sheet "${sheet}"`,
  importNotImported: "Not imported",
  importKeepRight: "No match (kept on the right)",
  importColumnHead: "Column",
  importTargetHead: "Template column",
  importBasisHead: "Basis",
  importColumnLabel: (column, header) => `Column ${column} "${header}" goes to`,
  importColumnName: (column, header) => `column ${column} "${header}"`,
  importBasis: (confidence) =>
    ({ header: "same header", synonym: "synonym", content: "by content", map: "chosen" })[confidence] ?? "",
  importLedgerName: (ledger) =>
    ({
      members: "Member roster",
      dues: "Dues ledger",
      duesPayments: "Dues ledger (one row per payment)",
      activities: "Activities ledger",
      condolences: "Condolence ledger",
    })[ledger] ?? ledger,
  importSkipped: (n) => `Rows left out: ${n}`,
  importUnplaced: (n) => `Columns without a match (kept on the right of the new sheet): ${n}`,
  importChanged: (n) => `Values rewritten in form: ${n}`,
  importUnread: (n) => `Values that could not be read (kept as typed; the check names them): ${n}`,
  importSkipReason: (reason) =>
    ({
      title: "title row",
      blank: "blank row",
      total: "total row",
      note: "signature or note line",
      seq_only: "row with only a number",
    })[reason] ?? reason,
  importSkippedRow: (sheet, row, reason, text) => `${sheet} row ${row}: ${reason}${text ? ` (${text})` : ""}`,
  // The core's report writes money as "1200.00元" (its CLI speaks Chinese): here as the English findings write it.
  importValue: (sheet, cell, column, from, to) =>
    `${sheet}!${cell} (${column}): "${from}"${to ? ` → ${to.replace(/(-?[\d,]+(?:\.\d+)?)元/gu, "¥$1")}` : ""}`,
  importUnplacedColumn: (sheet, column, header) => `${sheet} column ${column} "${header}"`,
  importMore: (n) => `…and ${n} more (the map file and the command line's --json list them all)`,
  importMissing: (missing) =>
    `Columns the template requires that the workbook lacks: ${missing.map(([sheet, header]) => `${sheet} "${header}"`).join(", ")} (fill them in the new sheet).`,
  importEmpty: (sheets) => `Ledgers the workbook does not have (empty in the new one): ${sheets.join(", ")}.`,
  importAmbiguousSheets: (ledger, sheets) =>
    `The sheets ${sheets.map((x) => `"${x}"`).join(", ")} all look like the ${ledger}. In the table below, set the extra one to "Not imported", or to the ledger it really holds.`,
  importAmbiguousLedger: (sheet, ledgers) =>
    `Sheet "${sheet}" looks as much like the ${ledgers.join(" as like the ")}. Choose its ledger in the table below.`,
  importAmbiguousColumns: (sheet, to, columns) =>
    `In sheet "${sheet}", ${columns.join(" and ")} all look like "${to}". In the table below, set the ones that are not "${to}" to another column or to "No match".`,
  importFixFirst: "The standard workbook can be made once the problem above is settled.",
  importDownload: "Download the standard workbook (.xlsx)",
  importDownloadMap: "Download the map file (.map.json)",
  importUploadMap: "Use a map file…",
  importMapHint:
    "The map file records this mapping: choose it when you next import a workbook of the same layout, and it is imported the same way.",
  importMapUsed: (name) => `Imported as the map file ${name} says.`,
  importMapBad: (name) => `The map file ${name} has mistakes:`,
  importCheckNow: "Check the standard workbook now",
  importOpenNew: "Open the standard workbook as a new workbook",
  importOpened: "The standard workbook opened in a new window: open the assistant there to check it.",
  importNoCreate:
    "This Excel cannot create workbooks from an add-in (it needs Office 2019 or later, or Microsoft 365): download the standard workbook and open it in Excel.",
  importDownloaded: (name) => `Downloaded ${name}.`,
  importFileName: (base) => `${base}-standard-ledger.xlsx`,
  importMapFileName: (base) => `${base}-standard-ledger.map.json`,
};

export const STRINGS: Readonly<Record<Locale, UiStrings>> = { "zh-CN": zhCN, en };
