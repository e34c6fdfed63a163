import type { Locale } from "../../findings/messages/types.js";
import type { RollupIssue } from "../issues.js";
import { en } from "./en.js";
import type { RollupMessageTable } from "./types.js";
import { zhCN } from "./zh-CN.js";

/** The roll-up's refusals in words, like the findings' (src/findings/messages/): zh-CN and en. */
export const ROLLUP_MESSAGES: Readonly<Record<Locale, RollupMessageTable>> = { "zh-CN": zhCN, en };

export function rollupIssueMessage(i: RollupIssue, locale: Locale = "zh-CN"): string {
  const render = ROLLUP_MESSAGES[locale][i.code] as (p: RollupIssue["params"]) => string;
  return render(i.params);
}

export type { RollupMessageTable } from "./types.js";
