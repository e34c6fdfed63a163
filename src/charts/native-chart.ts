import type { ChartRunOptions, ChartSeries as DocxChartSeries, ChartValueAxis } from "docx/charts";
import { ChartRun } from "docx/charts";
import { labelRotation } from "./echarts-option.js";
import type { ChartSeries, ChartSpec } from "./spec.js";

/**
 * ChartSpec → a native Word chart (docx/charts `ChartRun`, a Run: it goes in a Paragraph's children). Word draws it
 * from its data and keeps the data in an embedded workbook, so the reader can restyle it or "Edit Data" in Word.
 *
 * API facts this rests on (docx 9.15 charts.d.ts): a "column" chart's series can each be drawn as `type: "line"`
 * (Word's Combo chart) and against `axis: "secondary"` (a value axis on the right); colours are 6-digit hex without
 * "#"; `categoryAxis.labelRotation` is degrees clockwise, so -45 slants up to the right, as ECharts' `rotate: 45`.
 */

export interface NativeChartOptions {
  /** Size in px (docx `transformation`); default 576×336, the size Word inserts a chart at (6 × 3.5 in). */
  readonly width?: number;
  readonly height?: number;
}

const DEFAULT_WIDTH = 576;
const DEFAULT_HEIGHT = 336;

/** "#0072B2" → "0072B2": docx writes the colour into `a:srgbClr val`, which takes hex digits only. */
export function docxColor(css: string): string {
  const hex = css.replace(/^#/, "").toUpperCase();
  if (/^[0-9A-F]{3}$/.test(hex)) return hex.replace(/./g, (d) => d + d);
  if (!/^[0-9A-F]{6}$/.test(hex)) throw new Error(`chart colour must be #RGB or #RRGGBB, got ${css}`);
  return hex;
}

function series(s: ChartSeries): DocxChartSeries {
  const common = {
    name: s.name,
    values: [...s.values],
    color: docxColor(s.color),
    axis: s.axis === 1 ? ("secondary" as const) : ("primary" as const),
  };
  return s.type === "line"
    ? { ...common, type: "line", markers: { shape: "circle", size: 5 }, line: { color: docxColor(s.color), width: 2 } }
    : { ...common, type: "column" };
}

/** Money axes get thousands separators, as the PNG's axis labels have (ECharts' default value labels add commas). */
function valueAxis(title: string | undefined): ChartValueAxis {
  return {
    ...(title !== undefined && title !== "" && { title: { text: title, font: { size: 9 } } }),
    ...(title === "元" && { numberFormat: "#,##0" }),
  };
}

/** The ChartRun options (exported for tests, which check them without unpacking a document). */
export function nativeChartOptions(spec: ChartSpec, options: NativeChartOptions = {}): ChartRunOptions {
  const width = options.width ?? DEFAULT_WIDTH;
  const rotation = labelRotation(spec.categories, width);
  const hasSecondary = spec.series.some((s) => s.axis === 1);
  return {
    type: "column",
    title: { text: spec.title, font: { size: 14, bold: true } },
    legend: { position: "top" },
    categories: [...spec.categories],
    series: spec.series.map(series),
    categoryAxis: rotation === 0 ? {} : { labelRotation: -rotation },
    valueAxis: valueAxis(spec.axes[0]),
    ...(hasSecondary && { secondaryValueAxis: valueAxis(spec.axes[1]) }),
    gapWidth: 80,
    transformation: { width, height: options.height ?? DEFAULT_HEIGHT },
    altText: { name: spec.title, title: spec.title, description: spec.description },
  };
}

/** The chart as a Run to put in a Paragraph: `new Paragraph({ children: [nativeChart(spec)] })`. */
export function nativeChart(spec: ChartSpec, options: NativeChartOptions = {}): ChartRun {
  return new ChartRun(nativeChartOptions(spec, options));
}
