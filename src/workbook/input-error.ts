import { err, type Err } from "../result.js";

/**
 * Why a file could not be used at all (exit code 2): one plain message, no findings. A finding is
 * about the clerk's data; an input error is about the file. Its words are in workbook/messages/.
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

/** An input error as a failed Result: `failed("not_ledger", …)`. */
export const failed = (code: InputErrorCode, detail?: string): Err<InputError> =>
  err(detail === undefined ? { code } : { code, detail });
