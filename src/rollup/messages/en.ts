import type { RollupMessageTable } from "./types.js";

function listFiles(files: readonly string[]): string {
  const more = files.length - 5;
  return more <= 0
    ? files.join(", ")
    : `${files.slice(0, 5).join(", ")} and ${more} more ${more === 1 ? "file" : "files"}`;
}

// Union names stay as written, in quotes.
function listUnits(units: readonly string[]): string {
  const shown = units.slice(0, 5).map((u) => `"${u}"`);
  const more = units.length - shown.length;
  return more <= 0 ? shown.join(", ") : `${shown.join(", ")} and ${more} more`;
}

export const en: RollupMessageTable = {
  mixed_years: ({ years }) =>
    `These workbooks are of different fiscal years (${years.map((y) => `${y.year}: ${listFiles(y.files)}`).join("; ")}). Roll up the workbooks of one year only.`,
  expect_not_utf8: () =>
    'The file is not UTF-8 text; save it from the spreadsheet program as "CSV UTF-8" and try again.',
  // The header is what the file must hold, so it stays in Chinese.
  expect_header: ({ expected, found }) =>
    `The first column of the first row must be headed "${expected}"; it is "${found}".`,
  // Profiles are named by their Chinese names, in quotes.
  mixed_profiles: ({ profiles }) =>
    `The units were checked against different spending-cap profiles (${profiles.map((p) => `"${p.name}": ${listUnits(p.units)}`).join("; ")}); their findings rest on different caps, so compare them with care.`,
};
