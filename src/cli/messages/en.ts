import type { CliMessageTable } from "./types.js";

export const en: CliMessageTable = {
  hints: {
    not_ledger: "Start from the standard template (union-ledger template).",
    mixed_years: "To roll up different years all the same, add --allow-mixed-years.",
  },
  expectNotFound: (path) => `The list of expected unions "${path}" was not found.`,
  expectInvalid: (path, reason) => `The list of expected unions "${path}" cannot be used: ${reason}`,
  hintSeparator: " ",
};
