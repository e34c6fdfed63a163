import type { RollupMessageTable } from "./types.js";

const listFiles = (files: readonly string[]): string =>
  files.length <= 5 ? files.join("、") : `${files.slice(0, 5).join("、")}等${files.length}个文件`;

/** Up to five units by name, then how many in all. */
const listUnits = (units: readonly string[]): string =>
  units.length <= 5
    ? units.map((u) => `“${u}”`).join("")
    : `${units
        .slice(0, 5)
        .map((u) => `“${u}”`)
        .join("")}等${units.length}个单位`;

export const zhCN: RollupMessageTable = {
  // The CLI adds "确需合并不同年度时请加 --allow-mixed-years。" (cli/messages/).
  mixed_years: ({ years }) =>
    `这些台账的年度不一致（${years.map((y) => `${y.year}年：${listFiles(y.files)}`).join("；")}）。请只汇总同一年度的台账。`,
  expect_not_utf8: () => "不是 UTF-8 编码的文本；请在表格软件中“另存为”CSV UTF-8 格式后再试。",
  expect_header: ({ expected, found }) => `第一行第一列应为“${expected}”，实际是“${found}”。`,
  mixed_profiles: ({ profiles }) =>
    `各单位执行的经费标准方案不一致（${profiles.map((p) => `“${p.name}”：${listUnits(p.units)}`).join("；")}），各单位台账的检查依据不同的标准，相互比较时请注意。`,
};
