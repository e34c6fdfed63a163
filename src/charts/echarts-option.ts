import type {
  AriaComponentOption,
  BarSeriesOption,
  EChartsOption,
  GridComponentOption,
  LegendComponentOption,
  LineSeriesOption,
  TitleComponentOption,
  TooltipComponentOption,
  XAXisComponentOption,
  YAXisComponentOption,
} from "echarts";
import type { ChartSpec } from "./spec.js";

/**
 * ChartSpec → ECharts option. Pure data with type-only imports, so the browser pane can hand the same object to
 * `echarts.init(dom, null, { renderer: "canvas" })` and Node to the SSR SVG renderer (render-png.ts).
 */

/** Browser default: a CJK family first, then what Windows/macOS have. Node passes the font it loaded instead. */
export const DEFAULT_FONT_FAMILY =
  "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";
export const DEFAULT_WIDTH = 640;
export const DEFAULT_HEIGHT = 360;

export interface EChartsOptionSettings {
  /** CSS font-family for all text (ECharts' root `textStyle` is the global text style). */
  readonly fontFamily?: string;
  /** The chart's width in CSS px; decides whether category labels must be slanted to fit. */
  readonly width?: number;
}

/**
 * The option with the parts tests and callers read typed narrowly (ECharts' own types are wide unions). A type
 * alias, not an interface: EChartsOption has a string index signature, which only aliases satisfy implicitly.
 */
export type SpecEChartsOption = {
  animation: false;
  backgroundColor: string;
  color: string[];
  textStyle: { fontFamily: string; fontSize: number };
  title: TitleComponentOption & { text: string };
  legend: LegendComponentOption & { data: string[] };
  tooltip: TooltipComponentOption;
  aria: AriaComponentOption;
  grid: GridComponentOption;
  xAxis: XAXisComponentOption & { type: "category"; data: string[]; axisLabel: { interval: 0; rotate: number } };
  yAxis: (YAXisComponentOption & { type: "value"; name: string })[];
  series: ((BarSeriesOption & { type: "bar" }) | (LineSeriesOption & { type: "line" }))[];
};

const LABEL_FONT_SIZE = 12;
/** Margins plus value-axis labels take roughly this much of the width; the rest is shared by the categories. */
const PLOT_SHARE = 0.78;

/** Width of a label in px, as ECharts SSR estimates it: full-width (CJK) glyphs 1 em, others about 0.6 em. */
export function labelWidth(text: string, fontSize = LABEL_FONT_SIZE): number {
  let w = 0;
  for (const ch of text) w += /[\u2E80-\uFFEF]/.test(ch) ? fontSize : fontSize * 0.6;
  return w;
}

/**
 * Degrees to slant the category labels by: 0 when the longest fits its slot, else 45 (at 45° neighbours sit
 * slot·sin45 apart, ≥ one line of text for the 10–12 categories we have), 90 when the slots are very narrow.
 */
export function labelRotation(categories: readonly string[], width: number): number {
  if (categories.length === 0) return 0;
  const slot = (width * PLOT_SHARE) / categories.length;
  const longest = Math.max(...categories.map((c) => labelWidth(c)));
  if (longest <= slot * 0.9) return 0;
  return slot * Math.SQRT1_2 >= LABEL_FONT_SIZE * 1.2 ? 45 : 90;
}

function series(spec: ChartSpec): SpecEChartsOption["series"] {
  return spec.series.map((s) => {
    const common = { name: s.name, data: [...s.values], yAxisIndex: s.axis, itemStyle: { color: s.color } };
    if (s.type === "bar") return { ...common, type: "bar" as const, barMaxWidth: 28 };
    return {
      ...common,
      type: "line" as const,
      lineStyle: { color: s.color, width: 2 },
      symbol: "circle",
      symbolSize: 6,
    };
  });
}

function yAxes(spec: ChartSpec): SpecEChartsOption["yAxis"] {
  // A series on axis 1 needs a second axis even if spec.axes names only one; ECharts would throw on a missing index.
  const count = Math.max(spec.axes.length, ...spec.series.map((s) => s.axis + 1), 1);
  return Array.from({ length: count }, (_, i) => ({
    type: "value" as const,
    name: spec.axes[i] ?? "",
    position: i === 0 ? ("left" as const) : ("right" as const),
    // alignTicks puts the right axis' ticks on the left axis' gridlines, so one set of gridlines serves both.
    alignTicks: true,
    splitLine: { show: i === 0 },
    nameTextStyle: { fontSize: LABEL_FONT_SIZE },
  }));
}

export function echartsOption(spec: ChartSpec, settings: EChartsOptionSettings = {}): SpecEChartsOption {
  const fontFamily = settings.fontFamily ?? DEFAULT_FONT_FAMILY;
  const rotate = labelRotation(spec.categories, settings.width ?? DEFAULT_WIDTH);
  const option: SpecEChartsOption = {
    animation: false,
    backgroundColor: "#ffffff",
    color: spec.series.map((s) => s.color),
    textStyle: { fontFamily, fontSize: LABEL_FONT_SIZE },
    title: { text: spec.title, left: "center", top: 8, textStyle: { fontSize: 16, fontWeight: "bold", fontFamily } },
    legend: { data: spec.series.map((s) => s.name), top: 36, itemWidth: 18, itemHeight: 10, textStyle: { fontFamily } },
    tooltip: { trigger: "axis" },
    aria: { enabled: true, label: { description: spec.description } },
    // outerBoundsMode "same" (ECharts 6, replaces the deprecated containLabel) keeps the axis labels and names inside
    // these margins, so long or slanted category labels shrink the plot instead of being clipped at the edge.
    grid: { left: 12, right: 12, top: 76, bottom: 10, outerBoundsMode: "same", outerBoundsContain: "all" },
    xAxis: {
      type: "category",
      data: [...spec.categories],
      // interval 0 shows every category's label; ECharts would otherwise skip labels it thinks overlap.
      axisLabel: { interval: 0, rotate, hideOverlap: false, fontSize: LABEL_FONT_SIZE },
      axisTick: { alignWithLabel: true },
    },
    yAxis: yAxes(spec),
    series: series(spec),
  };
  return option satisfies EChartsOption;
}
