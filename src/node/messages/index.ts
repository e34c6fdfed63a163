import type { Locale } from "../../findings/messages/types.js";
import type { InputError } from "../../workbook/input-error.js";
import { inputErrorMessage } from "../../workbook/messages/index.js";
import { isFileError, type FileError } from "../file-error.js";
import { en } from "./en.js";
import type { FileErrorMessageTable } from "./types.js";
import { zhCN } from "./zh-CN.js";

/** The file errors' messages, like the input errors' (src/workbook/messages/): zh-CN and en. */
export const FILE_ERROR_MESSAGES: Readonly<Record<Locale, FileErrorMessageTable>> = { "zh-CN": zhCN, en };

export function fileErrorMessage(e: FileError, locale: Locale = "zh-CN"): string {
  return FILE_ERROR_MESSAGES[locale][e.code](e.path, e.detail ?? "");
}

/** What analyzeFile's failure says: a file that could not be read, or a workbook that could not be used. */
export const errorMessage = (e: FileError | InputError, locale: Locale = "zh-CN"): string =>
  isFileError(e) ? fileErrorMessage(e, locale) : inputErrorMessage(e, locale);

export type { FileErrorMessageTable } from "./types.js";
