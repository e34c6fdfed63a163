import type { ParagraphChild } from "docx";
import {
  CHART_HEIGHT,
  CHART_WIDTH,
  chartPicture,
  echartsOption,
  type ChartRenderer,
  type ChartSpec,
} from "union-ledger";
import { fromBase64 } from "./base64.js";
import { echarts } from "./echarts-setup.js";

/** Twice the CSS size: sharp in Word at 100–200 % zoom, and a chart stays around 100 KB (addin.md). */
const SCALE = 2;

/** One chart → PNG bytes with ECharts' canvas renderer, on a detached element (nothing is shown). */
export function chartPng(spec: ChartSpec, width = CHART_WIDTH, height = CHART_HEIGHT): Uint8Array {
  const chart = echarts.init(document.createElement("div"), null, {
    renderer: "canvas",
    width,
    height,
    devicePixelRatio: SCALE,
  });
  try {
    // The browser's own CJK font (YaHei, PingFang, Noto…) is in the default family list.
    chart.setOption(echartsOption(spec, { width }));
    const url = chart.getDataURL({ type: "png", pixelRatio: SCALE, backgroundColor: "#ffffff" });
    return fromBase64(url.slice(url.indexOf(",") + 1));
  } finally {
    chart.dispose();
  }
}

/**
 * Charts as PNG pictures for the Word pane and the standalone page: `insertInlinePictureFromBase64`
 * shows SVG as a broken image, and a native chart needs an embedded workbook (addin.md).
 */
export const pngCharts: ChartRenderer = {
  async render(spec: ChartSpec): Promise<ParagraphChild> {
    return chartPicture(spec, chartPng(spec), CHART_WIDTH * SCALE, CHART_HEIGHT * SCALE);
  },
};
