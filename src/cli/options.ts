import type { Locale } from "../findings/messages/index.js";
import { UsageError } from "./errors.js";

export interface CommonOptions {
  readonly json?: boolean;
  readonly lang?: string;
}

export function localeOf(opts: CommonOptions): Locale {
  const lang = (opts.lang ?? "zh").toLowerCase();
  if (lang === "zh" || lang === "zh-cn") return "zh-CN";
  if (lang === "en") return "en";
  throw new UsageError(`不支持的语言“${opts.lang ?? ""}”：请用 zh 或 en。`);
}

/** --year: a four-digit year the workbook is filled in for, or none. */
export function yearOption(raw: string | undefined): number | undefined {
  const year = raw === undefined ? undefined : Number(raw);
  if (year !== undefined && !(Number.isInteger(year) && year >= 2000 && year <= 2100))
    throw new UsageError(`年度“${raw ?? ""}”无效，请填四位年份，如 2024。`);
  return year;
}
