import type { InputErrorMessageTable } from "./types.js";

export const zhCN: InputErrorMessageTable = {
  empty: () => "文件是空的（0字节），请重新导出或另存工作簿。",
  too_large: (d) => `文件太大（${d}），超过本程序的处理上限；请删去无关的工作表或把台账拆分后再试。`,
  too_many_rows: (d) => `工作表行数过多（${d}），超过本程序的处理上限；请删去空白行或把台账拆分后再试。`,
  too_many_cells: (d) => `工作表的单元格过多（${d}），超过本程序的处理上限；请删去无关的行、列或把台账拆分后再试。`,
  too_much_text: (d) => `工作簿中的文字过多（${d}），超过本程序的处理上限；请删去无关的内容后再试。`,
  too_many_merges: (d) => `工作表的合并单元格过多（${d}），超过本程序的处理上限；请取消数据区域的合并单元格后再试。`,
  zip_bomb: (d) =>
    `文件的压缩比异常（${d}），疑似恶意构造的“压缩炸弹”，已拒绝读取；如确是正常台账，请用表格软件打开后另存一份再试。`,
  legacy_xls: () => "这是旧版 Excel 97-2003 (.xls) 文件，请在表格软件中“另存为” .xlsx 格式后再试。",
  encrypted: () => "文件设置了打开密码，本程序无法读取；请在表格软件中取消打开密码（文件—信息—保护工作簿）后再试。",
  not_xlsx: () => "这不是 Excel 工作簿（.xlsx）文件，请选择工会台账工作簿。",
  corrupt: (d) => `文件已损坏或不完整，无法打开${d ? `（${d}）` : ""}；请用表格软件打开检查并重新保存。`,
  // The CLI adds "请使用标准模板（union-ledger template）。" (cli/messages/); the panes have a button for it.
  not_ledger: (d) => `这个工作簿不是工会台账：找不到“${d}”等工作表。`,
  unreadable: (d) => `无法读取文件：${d}`,
};
