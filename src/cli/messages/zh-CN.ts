import type { CliMessageTable } from "./types.js";

export const zhCN: CliMessageTable = {
  hints: {
    not_ledger: "请使用标准模板（union-ledger template）。",
    mixed_years: "确需合并不同年度时请加 --allow-mixed-years。",
  },
  expectNotFound: (path) => `找不到应报送单位名单“${path}”。`,
  expectInvalid: (path, reason) => `应报送单位名单“${path}”有误：${reason}`,
  hintSeparator: "",
};
