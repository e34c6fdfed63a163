import type { Totals } from "../totals/totals.js";

/**
 * The four charts of narrative.md as data: one spec, rendered as native Word charts (docx), as
 * PNG (ECharts SSR → resvg) in Node and as canvas PNG in the pane. Colours and order are fixed
 * here so every rendering matches.
 */
export interface ChartSeries {
  readonly name: string;
  readonly values: readonly number[];
  readonly type: "bar" | "line";
  /** Which value axis (0 left, 1 right). */
  readonly axis: 0 | 1;
  readonly color: string;
}

/**
 * The report section a chart sits in, by the section's id (narrative/sections/, rollup-report.ts):
 * 组织建设与会员管理, 活动开展, 送温暖与慰问. A chart whose section the report leaves out (no data) is
 * left out with it.
 */
export type ChartSection = "organization" | "activities" | "care";

/**
 * What a chart shows along its categories, for a view that wants one kind of chart (the pane's totals
 * show the first monthly one): `monthly` has the twelve months, `breakdown` a kind of activity or care.
 */
export type ChartRole = "monthly" | "breakdown";

export interface ChartSpec {
  /** Stable id: the Word content-control tag is `union-ledger:chart:<id>`. */
  readonly id: "activities-by-category" | "spending-by-month" | "condolences-by-reason" | "dues-by-month";
  /** Where the report places it: declared by every chart, so a new one cannot land by default. */
  readonly section: ChartSection;
  readonly role: ChartRole;
  readonly title: string;
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
  /** Axis titles, e.g. ["元"] or ["次", "元"]. */
  readonly axes: readonly string[];
  /** Alt text for accessibility and for readers without the picture. */
  readonly description: string;
}

/** One palette for every renderer (colour-blind-safe Okabe–Ito order). */
export const PALETTE = [
  "#0072B2",
  "#E69F00",
  "#009E73",
  "#CC79A7",
  "#56B4E9",
  "#D55E00",
  "#F0E442",
  "#000000",
] as const;

const MONTHS = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);
const yuan = (fen: number): number => Math.round(fen) / 100;
const color = (i: number): string => PALETTE[i % PALETTE.length] ?? "#0072B2";

/** The charts a report shows, from totals only; a chart with no data is left out. */
export function chartSpecs(t: Totals): ChartSpec[] {
  const charts: ChartSpec[] = [];
  const cats = Object.entries(t.activities.byCategory).filter(([, v]) => v.count > 0);
  if (cats.length > 0) {
    charts.push({
      id: "activities-by-category",
      section: "activities",
      role: "breakdown",
      title: "各类活动开展情况",
      categories: cats.map(([k]) => k),
      series: [
        { name: "活动次数", values: cats.map(([, v]) => v.count), type: "bar", axis: 0, color: color(0) },
        {
          name: "活动费用（元）",
          values: cats.map(([, v]) => yuan(v.costFen)),
          type: "line",
          axis: 1,
          color: color(1),
        },
      ],
      axes: ["次", "元"],
      description: `按活动类别统计的活动次数和费用：${cats.map(([k, v]) => `${k}${v.count}次`).join("，")}。`,
    });
  }
  if (t.activities.costFen > 0 || t.condolences.amountFen > 0) {
    charts.push({
      id: "spending-by-month",
      section: "activities",
      role: "monthly",
      title: "全年各月支出情况",
      categories: MONTHS,
      series: [
        { name: "活动费用", values: t.activities.byMonthCostFen.map(yuan), type: "bar", axis: 0, color: color(0) },
        { name: "慰问金额", values: t.condolences.byMonthAmountFen.map(yuan), type: "bar", axis: 0, color: color(2) },
      ],
      axes: ["元"],
      description: "1月至12月每月的活动费用和慰问金额（元）。",
    });
  }
  const reasons = Object.entries(t.condolences.byReason).filter(([, v]) => v.count > 0);
  if (reasons.length > 0) {
    charts.push({
      id: "condolences-by-reason",
      section: "care",
      role: "breakdown",
      title: "慰问金按事由分布",
      categories: reasons.map(([k]) => k),
      series: [
        {
          name: "慰问金额（元）",
          values: reasons.map(([, v]) => yuan(v.amountFen)),
          type: "bar",
          axis: 0,
          color: color(2),
        },
        { name: "慰问人次", values: reasons.map(([, v]) => v.count), type: "line", axis: 1, color: color(3) },
      ],
      axes: ["元", "人次"],
      description: `按慰问事由统计的金额和人次：${reasons.map(([k, v]) => `${k}${v.count}人次`).join("，")}。`,
    });
  }
  if (t.dues.liableMembers > 0) {
    charts.push({
      id: "dues-by-month",
      section: "organization",
      role: "monthly",
      title: "会费按月实缴情况",
      categories: MONTHS,
      series: [
        { name: "应缴会费", values: t.dues.byMonthExpectedFen.map(yuan), type: "line", axis: 0, color: color(5) },
        { name: "实缴会费", values: t.dues.byMonthPaidFen.map(yuan), type: "bar", axis: 0, color: color(0) },
      ],
      axes: ["元"],
      description: "1月至12月每月应缴与实缴的会费（元）；一次缴纳多个月的计在缴款当月。",
    });
  }
  return charts;
}
