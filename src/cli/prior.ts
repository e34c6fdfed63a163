import type { AnalyzedFile } from "../node/index.js";
import { UsageError } from "./errors.js";

const same = (a: string, b: string): boolean =>
  a.normalize("NFKC").replace(/\s+/gu, "") === b.normalize("NFKC").replace(/\s+/gu, "");

/** 同比 only against the same union's previous year; anything else is refused, not guessed. */
export function checkPrior(
  current: Pick<AnalyzedFile, "analysis">,
  prior: Pick<AnalyzedFile, "analysis" | "path">,
): void {
  const c = current.analysis.totals,
    p = prior.analysis.totals;
  if (!same(c.unionName, p.unionName)) {
    throw new UsageError(
      `上年台账“${prior.path}”是“${p.unionName || "（未填工会名称）"}”的，与本年“${c.unionName}”不是同一个工会，无法计算同比。`,
    );
  }
  if (p.fiscalYear !== c.fiscalYear - 1) {
    throw new UsageError(
      `上年台账“${prior.path}”的年度是 ${p.fiscalYear || "（未填）"}，应为 ${c.fiscalYear - 1}，无法计算同比。`,
    );
  }
}
