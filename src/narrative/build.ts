import type { Analysis } from "../analysis/analyze.js";
import { chartSpecs } from "../charts/spec.js";
import type { IsoDate } from "../dates/calendar-date.js";
import { placeholdersOf, type Report, type Section, type Signature, type SourceRecord } from "../report/model.js";
import type { Totals } from "../totals/totals.js";
import { findingsAppendix, totalsAppendix } from "./appendices.js";
import { narrativeContext } from "./context.js";
import { paragraph, when } from "./figures.js";
import { dateText } from "./format.js";
import { activities } from "./sections/activities.js";
import { namedEvents } from "./areas/events.js";
import { care } from "./sections/care.js";
import { plansSection, weaknessSection } from "./sections/closing.js";
import { finance } from "./sections/finance.js";
import { opening } from "./sections/opening.js";
import { organization } from "./sections/organization.js";
import { weaknesses } from "./sections/weaknesses.js";
import { numeral } from "./numbering.js";

export interface ReportOptions {
  readonly source: SourceRecord;
  /**
   * Today's calendar date where the report is written (its local time zone, `localIsoDate`): the 落款's date when
   * 基本信息 has no 填报日期. Passed in, so the narrative never reads the clock; without it and a 填报日期 the 落款
   * has the union's name only.
   */
  readonly today?: IsoDate;
  /** Last year's totals, already checked to be the same union and the year before. */
  readonly prior?: Totals;
  /**
   * Why the report is written while the ledger still has errors (the add-in asks the clerk for it): page 1's notice
   * quotes it after the count of errors, so whoever reads the report sees it. Ignored when there are no errors.
   */
  readonly acknowledgement?: string;
}

/** The clerk's reason as one clause of the notice: trimmed, its own closing punctuation dropped (the notice adds "。"). */
const reasonClause = (reason: string | undefined): string => reason?.trim().replace(/[\s。．.；;，,！!]+$/u, "") ?? "";

/** 落款: the union's name and the date (填报日期, else today); none when neither is known. */
function signature(name: string, date: IsoDate | undefined): Signature | null {
  const text = date ? dateText(date) : "";
  return name.trim() || text ? { name: name.trim(), date: text } : null;
}

/** Totals + findings + profile (+ last year) → the report model of narrative.md. */
export function buildReport(a: Analysis, options: ReportOptions): Report {
  const ctx = narrativeContext(a, options.prior);
  const charts = chartSpecs(a.totals);
  const numbered: Section[] = [];
  const title = (name: string): string => `${numeral(numbered.length)}、${name}`;
  const add = (make: (t: string) => Section | null, name: string): void => {
    const s = make(title(name));
    if (s) numbered.push(s);
  };
  add((t) => organization(ctx, t, charts), "组织建设与会员管理");
  add((t) => activities(ctx, t, charts, namedEvents(a)), "活动开展");
  add((t) => care(ctx, t, charts), "送温暖与慰问");
  add((t) => finance(ctx, t), "经费管理");
  const weak = weaknesses(ctx);
  add((t) => weaknessSection(ctx, t, weak), "存在的不足");
  add((t) => plansSection(ctx, t, weak), `${a.totals.fiscalYear + 1}年工作打算`);

  const { errors } = a.tally;
  const reason = reasonClause(options.acknowledgement);
  const appendices = [
    totalsAppendix(a.totals, "附件1：主要数据汇总表"),
    findingsAppendix(a.findings, a.tally, "附件2：台账数据错误清单"),
  ].filter((s): s is Section => s !== null);
  const sections = [opening(ctx), ...numbered];
  const fills = placeholdersOf(sections).map((p) => p.id);
  return {
    title: `${a.totals.unionName}${a.totals.fiscalYear}年工作总结`,
    notice:
      errors > 0 || fills.length > 0
        ? paragraph(
            "说明：",
            ...when(fills.length > 0, () => [
              "本文有",
              ctx.f.count({ kind: "placeholders", ids: fills }, "处"),
              "“【请补充】”（黄色底纹）需按本单位实际情况填写，填写后请删去提示",
              errors > 0 ? "；" : "。",
            ]),
            ...when(errors > 0, () => [
              "本总结依据的台账数据尚有",
              ctx.f.count({ kind: "findings", codes: ["error"] }, "处"),
              "错误未更正（见文后附件“台账数据错误清单”），文中相关数字仅供参考。",
              ...when(reason !== "", () => [`在错误更正前生成本总结的原因：${reason}。`]),
            ]),
          )
        : null,
    sections,
    appendices,
    signature: signature(a.totals.unionName, a.ledger.info.filedOn ?? options.today),
    source: options.source,
    unionName: a.totals.unionName,
    fiscalYear: a.totals.fiscalYear,
  };
}
