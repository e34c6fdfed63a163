import type { Locale } from "../../findings/messages/types.js";
import type { InputError } from "../input-error.js";
import { en } from "./en.js";
import type { InputErrorMessageTable } from "./types.js";
import { zhCN } from "./zh-CN.js";

/** The input errors' messages, like the findings' (src/findings/messages/): zh-CN and en. */
export const INPUT_ERROR_MESSAGES: Readonly<Record<Locale, InputErrorMessageTable>> = { "zh-CN": zhCN, en };

export function inputErrorMessage(e: InputError, locale: Locale = "zh-CN"): string {
  return INPUT_ERROR_MESSAGES[locale][e.code](e.detail ?? "");
}

export type { InputErrorMessageTable } from "./types.js";
