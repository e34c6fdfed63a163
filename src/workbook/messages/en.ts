import type { InputErrorMessageTable } from "./types.js";

export const en: InputErrorMessageTable = {
  empty: () => "The file is empty (0 bytes).",
  too_large: (d) => `The file is too large (${d}).`,
  too_many_rows: (d) => `A sheet has too many rows (${d}).`,
  too_many_cells: (d) => `A sheet has too many cells (${d}).`,
  too_much_text: (d) => `The workbook holds too much text (${d}).`,
  too_many_merges: (d) => `A sheet has too many merged ranges (${d}).`,
  zip_bomb: (d) =>
    `The file's compression ratio is abnormal (${d}): refused as a suspected zip bomb. If it is a real ledger, open it and save a copy.`,
  legacy_xls: () => "This is a legacy .xls file; save it as .xlsx first.",
  encrypted: () => "The file is password-protected; remove the open password first.",
  not_xlsx: () => "This is not an Excel workbook (.xlsx).",
  corrupt: (d) => `The file is damaged or truncated${d ? ` (${d})` : ""}.`,
  not_ledger: (d) => `This workbook is not a union ledger: sheets such as "${d}" are missing.`,
  unreadable: (d) => `Cannot read the file: ${d}`,
};
