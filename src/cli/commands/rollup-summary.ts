import type { Locale } from "../../findings/messages/index.js";
import { fenToYuanString } from "../../money/fen.js";
import type { Rollup } from "../../rollup/consolidate.js";
import { collectionRateText } from "../../totals/rate-text.js";

/** The words of the roll-up's closing summary on stdout, per --lang. */
interface Words {
  readonly head: (r: Rollup, output: string, withErrors: number) => string;
  readonly figures: (r: Rollup) => string;
  readonly unreadable: string;
  readonly duplicate: (file: string, union: string, kept: string) => string;
  readonly missing: (names: readonly string[]) => string;
}

const yuan = fenToYuanString;

type Total = Rollup["total"];
// The rate as every output writes it (rate-text.ts); words, not "0.0%", when nothing was owed.
const rateZh = (t: Total): string => {
  const rate = collectionRateText(t.dues);
  return `${rate === null ? "无应缴会费" : `收缴率${rate}`}${t.dues.overpaidFen > 0 ? `，多收${yuan(t.dues.overpaidFen)}元` : ""}`;
};
const rateEn = (t: Total): string => {
  const rate = collectionRateText(t.dues);
  return `${rate === null ? "no dues owed" : `collection rate ${rate}`}${t.dues.overpaidFen > 0 ? `, ${yuan(t.dues.overpaidFen)} paid over` : ""}`;
};

const ZH: Words = {
  head: (r, output, withErrors) =>
    `汇总完成，已写入“${output}”：${r.fiscalYear}年度，单位${r.used.length}个（有错误${withErrors}个），重复已忽略${r.duplicates.length}个，无法读取${r.unreadable.length}个，未报送${r.missing.length}个。`,
  figures: ({ total: t }) =>
    `会员${t.members.total}人；会费实缴${yuan(t.dues.paidFen)}元／应缴${yuan(t.dues.expectedFen)}元（${rateZh(t)}）；` +
    `活动${t.activities.count}次、${t.activities.participants}人次、${yuan(t.activities.costFen)}元；慰问${t.condolences.count}人次、${yuan(t.condolences.amountFen)}元。`,
  unreadable: "无法读取：",
  duplicate: (file, union, kept) => `重复已忽略：${file}（${union}，已改用“${kept}”）`,
  missing: (names) => `未报送：${names.join("、")}`,
};

const EN: Words = {
  head: (r, output, withErrors) =>
    `Roll-up written to "${output}": fiscal year ${r.fiscalYear}, ${r.used.length} units (${withErrors} with errors), ${r.duplicates.length} duplicates ignored, ${r.unreadable.length} unreadable, ${r.missing.length} missing.`,
  figures: ({ total: t }) =>
    `${t.members.total} members; dues paid ${yuan(t.dues.paidFen)} / owed ${yuan(t.dues.expectedFen)} yuan (${rateEn(t)}); ` +
    `${t.activities.count} activities, ${t.activities.participants} participants, ${yuan(t.activities.costFen)} yuan; ${t.condolences.count} condolence payments, ${yuan(t.condolences.amountFen)} yuan.`,
  unreadable: "Unreadable: ",
  duplicate: (file, union, kept) => `Duplicate ignored: ${file} (${union}; "${kept}" used instead)`,
  missing: (names) => `Missing: ${names.join(", ")}`,
};

/** What `rollup` prints when it is done (without --json). */
export function rollupSummaryText(r: Rollup, output: string, locale: Locale): string {
  const w = locale === "en" ? EN : ZH;
  const lines = [
    w.head(r, output, r.used.filter((u) => u.errors > 0).length),
    `  ${w.figures(r)}`,
    ...r.unreadable.map((f) => `  ${w.unreadable}${f.file}——${f.message}`),
    ...r.duplicates.map((d) => `  ${w.duplicate(d.file, d.unionName, d.keptFile)}`),
    ...(r.missing.length > 0 ? [`  ${w.missing(r.missing)}`] : []),
  ];
  return lines.join("\n");
}
