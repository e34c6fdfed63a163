import type { Locale } from "../../findings/messages/types.js";
import type { ProblemData } from "../problems.js";
import { en } from "./en.js";
import type { ProblemMessageTable } from "./types.js";
import { zhCN } from "./zh-CN.js";

/** The profile checker's messages, like the findings' (src/findings/messages/): zh-CN and en. */
export const PROBLEM_MESSAGES: Readonly<Record<Locale, ProblemMessageTable>> = { "zh-CN": zhCN, en };

export function problemMessage(p: ProblemData, locale: Locale = "zh-CN"): string {
  const render = PROBLEM_MESSAGES[locale][p.code] as (params: ProblemData["params"]) => string;
  return render(p.params);
}

export type { Locale } from "../../findings/messages/types.js";
export type { ProblemMessageTable } from "./types.js";
