import type { RollupMessageTable } from "./types.js";

function listFiles(files: readonly string[]): string {
  const more = files.length - 5;
  return more <= 0
    ? files.join(", ")
    : `${files.slice(0, 5).join(", ")} and ${more} more ${more === 1 ? "file" : "files"}`;
}

export const en: RollupMessageTable = {
  mixed_years: ({ years }) =>
    `These workbooks are of different fiscal years (${years.map((y) => `${y.year}: ${listFiles(y.files)}`).join("; ")}). Roll up the workbooks of one year only.`,
  expect_not_utf8: () =>
    'The file is not UTF-8 text; save it from the spreadsheet program as "CSV UTF-8" and try again.',
  // The header is what the file must hold, so it stays in Chinese.
  expect_header: ({ expected, found }) =>
    `The first column of the first row must be headed "${expected}"; it is "${found}".`,
};
