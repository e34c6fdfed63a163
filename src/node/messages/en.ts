import { LIMITS, formatMiB } from "../../workbook/limits.js";
import type { FileErrorMessageTable } from "./types.js";

export const en: FileErrorMessageTable = {
  file_not_found: (p) => `File "${p}" not found.`,
  not_a_file: (p) => `"${p}" is not a file.`,
  file_too_large: (_p, d) =>
    `The file is too large (${d}); the limit is ${formatMiB(LIMITS.maxFileBytes)}. Remove unrelated sheets or split the ledger, then try again.`,
  file_unreadable: (p, d) => `Cannot read file "${p}": ${d}`,
  file_exists: (p) => `Output file "${p}" already exists.`,
  file_unwritable: (p, d) => `Cannot write "${p}": ${d}`,
};
