import type { ChartSpec, Locale } from "union-ledger";

/**
 * A chart's words in the pane's language. The core's specs are Chinese (the report is a Chinese
 * document); the pane in English renames the title, series, axes and months and words the
 * description anew. Categories other than months (activity kinds, condolence reasons) are the
 * workbook's list values: data, kept as they are.
 */
interface ChartWords {
  readonly title: string;
  readonly series: readonly string[];
  readonly axes: readonly string[];
  readonly description: (spec: ChartSpec) => string;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** "文体活动 12, 春秋游 3": each category with the first series' value. */
const byCategory = (spec: ChartSpec, series: number): string =>
  spec.categories.map((c, i) => `${c} ${spec.series[series]?.values[i] ?? 0}`).join(", ");

const EN = {
  "activities-by-category": {
    title: "Activities by kind",
    series: ["Activities", "Cost (¥)"],
    axes: ["events", "¥"],
    description: (spec) => `Number and cost of activities by kind: ${byCategory(spec, 0)}.`,
  },
  "spending-by-month": {
    title: "Spending by month",
    series: ["Activities", "Condolences"],
    axes: ["¥"],
    description: () => "Activity costs and condolence payments in each month, January to December (¥).",
  },
  "condolences-by-reason": {
    title: "Condolence payments by reason",
    series: ["Amount (¥)", "Payments"],
    axes: ["¥", "payments"],
    description: (spec) => `Amount and number of condolence payments by reason: ${byCategory(spec, 1)}.`,
  },
  "dues-by-month": {
    title: "Dues by month",
    series: ["Owed", "Paid"],
    axes: ["¥"],
    description: () =>
      "Dues owed and paid in each month, January to December (¥); a payment for several months counts in the month it was paid.",
  },
} as const satisfies Readonly<Record<ChartSpec["id"], ChartWords>>;

/** The spec with its words in `locale` (the Chinese spec as it is). */
export function chartInLocale(spec: ChartSpec, locale: Locale): ChartSpec {
  if (locale === "zh-CN") return spec;
  const words: ChartWords = EN[spec.id];
  return {
    ...spec,
    title: words.title,
    categories: spec.role === "monthly" ? [...MONTHS] : spec.categories,
    series: spec.series.map((s, i) => ({ ...s, name: words.series[i] ?? s.name })),
    axes: words.axes,
    description: words.description(spec),
  };
}
