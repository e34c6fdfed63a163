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
