import type { AnalyzedFile } from "../node/index.js";
import type { Paragraph, Report } from "../report/model.js";
import { sameUnionName } from "../rollup/union-name.js";
import { UsageError } from "./errors.js";

/** The option that says last year's workbook is this union's under another name (a union renamed, merged…). */
export const PRIOR_UNION_OPTION = "--prior-union";

/** Last year's workbook accepted under a name other than this year's: what the report's note says. */
export interface PriorRenamed {
  readonly priorName: string;
  readonly priorYear: number;
  readonly currentName: string;
}

/**
 * 同比 only against the same union's previous year; anything else is refused, not guessed. The names may differ
 * in width, spaces and the 工会 / 工会委员会 ending ("…工会" last year, "…工会委员会" this year). Any other
 * difference needs `priorUnion`, last year's name as the clerk confirms it, and is noted in the report.
 */
export function checkPrior(
  current: Pick<AnalyzedFile, "analysis">,
  prior: Pick<AnalyzedFile, "analysis" | "path">,
  priorUnion?: string,
): PriorRenamed | undefined {
  const c = current.analysis.totals,
    p = prior.analysis.totals;
  let renamed: PriorRenamed | undefined;
  if (p.unionName.trim() === "") {
    throw new UsageError(
      `上年台账“${prior.path}”未填工会名称，无法确认与本年“${c.unionName}”是同一个工会，未计算同比；请在上年台账的“基本信息”中填写工会名称后再试。`,
    );
  }
  if (priorUnion !== undefined && !sameUnionName(priorUnion, p.unionName)) {
    throw new UsageError(
      `${PRIOR_UNION_OPTION} 给出的是“${priorUnion}”，但上年台账“${prior.path}”的工会名称是“${p.unionName}”；请核对上年台账后再试。`,
    );
  }
  if (!sameUnionName(c.unionName, p.unionName)) {
    if (priorUnion === undefined) {
      throw new UsageError(
        `上年台账“${prior.path}”的工会名称是“${p.unionName}”，本年是“${c.unionName}”，无法确认是同一个工会，未计算同比。` +
          `如确为同一工会（例如已更名），请加 ${PRIOR_UNION_OPTION} "${p.unionName}" 再运行，报告附件中将注明上年台账的名称。`,
      );
    }
    renamed = { priorName: p.unionName, priorYear: p.fiscalYear, currentName: c.unionName };
  }
  if (p.fiscalYear !== c.fiscalYear - 1) {
    throw new UsageError(
      `上年台账“${prior.path}”的年度是 ${p.fiscalYear || "（未填）"}，应为 ${c.fiscalYear - 1}，无法计算同比。`,
    );
  }
  return renamed;
}

/** The totals appendix's id in the unit's report (narrative/build.ts): where notes on the data are read. */
const TOTALS_APPENDIX = "appendix-totals";

/**
 * The report with a note under its totals appendix saying whose workbook the 同比 figures were compared with: a
 * reader of the handed-in summary sees that last year's data is filed under another name. Without that appendix
 * (none today) the note goes on page 1.
 */
export function withPriorNote(report: Report, r: PriorRenamed): Report {
  const text = `文中同比所用的上年数据取自“${r.priorName}”${r.priorYear}年的台账，该台账的工会名称与本年“${r.currentName}”不同，经核对为同一工会。`;
  if (!report.appendices.some((s) => s.id === TOTALS_APPENDIX)) {
    const notice: Paragraph = {
      kind: "paragraph",
      runs: [...(report.notice?.runs ?? [{ kind: "text", text: "说明：" }]), { kind: "text", text }],
    };
    return { ...report, notice };
  }
  const note: Paragraph = { kind: "paragraph", runs: [{ kind: "text", text: `注：${text}` }] };
  return {
    ...report,
    appendices: report.appendices.map((s) => (s.id === TOTALS_APPENDIX ? { ...s, blocks: [...s.blocks, note] } : s)),
  };
}
