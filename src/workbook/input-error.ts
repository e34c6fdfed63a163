/**
 * Why a file could not be used at all (exit code 2): one plain message, no findings. A finding is
 * about the clerk's data; an input error is about the file.
 */
export const InputErrorCode = {
  empty: "empty",
  tooLarge: "too_large",
  tooManyRows: "too_many_rows",
  tooManyCells: "too_many_cells",
  tooMuchText: "too_much_text",
  tooManyMerges: "too_many_merges",
  zipBomb: "zip_bomb",
  legacyXls: "legacy_xls",
  encrypted: "encrypted",
  notXlsx: "not_xlsx",
  corrupt: "corrupt",
  notLedger: "not_ledger",
  unreadable: "unreadable",
} as const;
export type InputErrorCode = (typeof InputErrorCode)[keyof typeof InputErrorCode];

export interface InputError {
  readonly code: InputErrorCode;
  /** Facts for the message: a limit, a sheet name, the parser's own words. */
  readonly detail?: string;
}

export type ReadOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: InputError };

export const failed = (code: InputErrorCode, detail?: string): { ok: false; error: InputError } =>
  ({ ok: false, error: detail === undefined ? { code } : { code, detail } });

const ZH: Readonly<Record<InputErrorCode, (d: string) => string>> = {
  empty: () => "文件是空的（0字节），请重新导出或另存工作簿。",
  too_large: (d) => `文件太大（${d}），超过本程序的处理上限；请删去无关的工作表或把台账拆分后再试。`,
  too_many_rows: (d) => `工作表行数过多（${d}），超过本程序的处理上限；请删去空白行或把台账拆分后再试。`,
  too_many_cells: (d) => `工作表的单元格过多（${d}），超过本程序的处理上限；请删去无关的行、列或把台账拆分后再试。`,
  too_much_text: (d) => `工作簿中的文字过多（${d}），超过本程序的处理上限；请删去无关的内容后再试。`,
  too_many_merges: (d) => `工作表的合并单元格过多（${d}），超过本程序的处理上限；请取消数据区域的合并单元格后再试。`,
  zip_bomb: (d) => `文件的压缩比异常（${d}），疑似恶意构造的“压缩炸弹”，已拒绝读取；如确是正常台账，请用表格软件打开后另存一份再试。`,
  legacy_xls: () => "这是旧版 Excel 97-2003 (.xls) 文件，请在表格软件中“另存为” .xlsx 格式后再试。",
  encrypted: () => "文件设置了打开密码，本程序无法读取；请在表格软件中取消打开密码（文件—信息—保护工作簿）后再试。",
  not_xlsx: () => "这不是 Excel 工作簿（.xlsx）文件，请选择工会台账工作簿。",
  corrupt: (d) => `文件已损坏或不完整，无法打开${d ? `（${d}）` : ""}；请用表格软件打开检查并重新保存。`,
  not_ledger: (d) => `这个工作簿不是工会台账：找不到“${d}”等工作表。请使用标准模板（union-ledger template）。`,
  unreadable: (d) => `无法读取文件：${d}`,
};

const EN: Readonly<Record<InputErrorCode, (d: string) => string>> = {
  empty: () => "The file is empty (0 bytes).",
  too_large: (d) => `The file is too large (${d}).`,
  too_many_rows: (d) => `A sheet has too many rows (${d}).`,
  too_many_cells: (d) => `A sheet has too many cells (${d}).`,
  too_much_text: (d) => `The workbook holds too much text (${d}).`,
  too_many_merges: (d) => `A sheet has too many merged ranges (${d}).`,
  zip_bomb: (d) => `The file's compression ratio is abnormal (${d}): refused as a suspected zip bomb. If it is a real ledger, open it and save a copy.`,
  legacy_xls: () => "This is a legacy .xls file; save it as .xlsx first.",
  encrypted: () => "The file is password-protected; remove the open password first.",
  not_xlsx: () => "This is not an Excel workbook (.xlsx).",
  corrupt: (d) => `The file is damaged or truncated${d ? ` (${d})` : ""}.`,
  not_ledger: (d) => `This workbook is not a union ledger: sheets such as "${d}" are missing.`,
  unreadable: (d) => `Cannot read the file: ${d}`,
};

export function inputErrorMessage(e: InputError, locale: "zh-CN" | "en" = "zh-CN"): string {
  return (locale === "en" ? EN : ZH)[e.code](e.detail ?? "");
}
