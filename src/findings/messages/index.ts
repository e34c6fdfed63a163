import type { Finding } from "../finding.js";
import { en } from "./en.js";
import type { Locale, MessageTable } from "./types.js";
import { zhCN } from "./zh-CN.js";

export const MESSAGE_TABLES: Readonly<Record<Locale, MessageTable>> = { "zh-CN": zhCN, en };

export function messageOf(f: Finding, locale: Locale = "zh-CN"): string {
  const render = MESSAGE_TABLES[locale][f.code] as (p: Finding["params"], place: Finding) => string;
  return render(f.params, f);
}

export type { Locale, MessageTable } from "./types.js";
