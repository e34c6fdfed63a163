import { LIMITS, formatMiB } from "../../workbook/limits.js";
import type { FileErrorMessageTable } from "./types.js";

export const zhCN: FileErrorMessageTable = {
  file_not_found: (p) => `找不到文件“${p}”。`,
  not_a_file: (p) => `“${p}”不是文件。`,
  file_too_large: (_p, d) =>
    `文件太大（${d}），超过本程序的处理上限 ${formatMiB(LIMITS.maxFileBytes)}；请删去无关的工作表或把台账拆分后再试。`,
  file_unreadable: (p, d) => `无法读取文件“${p}”：${d}`,
  // The CLI says how to replace it (--force) instead.
  file_exists: (p) => `输出文件“${p}”已存在。`,
  file_unwritable: (p, d) => `无法写入“${p}”：${d}`,
};
