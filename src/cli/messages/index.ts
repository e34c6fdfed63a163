import type { Locale } from "../../findings/messages/types.js";
import type { RollupIssue } from "../../rollup/issues.js";
import { rollupIssueMessage } from "../../rollup/messages/index.js";
import type { InputError } from "../../workbook/input-error.js";
import { inputErrorMessage } from "../../workbook/messages/index.js";
import { en } from "./en.js";
import { HINTED_CODES, type CliMessageTable, type HintedCode } from "./types.js";
import { zhCN } from "./zh-CN.js";

/** The CLI's words, zh-CN and en, beside the core's registries it renders coded failures with. */
export const CLI_MESSAGES: Readonly<Record<Locale, CliMessageTable>> = { "zh-CN": zhCN, en };

const HINTED: ReadonlySet<string> = new Set(HINTED_CODES);

/** A core message followed by the CLI's hint for its code, when it has one. */
function withHint(message: string, code: string, locale: Locale): string {
  const t = CLI_MESSAGES[locale];
  return HINTED.has(code) ? `${message}${t.hintSeparator}${t.hints[code as HintedCode]}` : message;
}

/** An input error as the CLI says it (stderr, exit code 2, and a roll-up's unreadable files). */
export const cliInputErrorMessage = (e: InputError, locale: Locale = "zh-CN"): string =>
  withHint(inputErrorMessage(e, locale), e.code, locale);

/** A roll-up refusal as the CLI says it. */
export const cliRollupMessage = (i: RollupIssue, locale: Locale = "zh-CN"): string =>
  withHint(rollupIssueMessage(i, locale), i.code, locale);

export { HINTED_CODES, type CliMessageTable } from "./types.js";
