import { CHART_HEIGHT, CHART_WIDTH, echartsOption, type ChartSpec } from "union-ledger";
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
 * One chart drawn for the pane's worker, which writes the report (worker/pane-worker.ts): PNG pictures, because
 * `insertInlinePictureFromBase64` shows SVG as a broken image and a native chart needs an embedded workbook
 * (addin.md). ECharts needs a document to measure text and draw, so charts are drawn here, each in a task of its
 * own (one worker message per chart), and the worker waits.
 */
export const chartPngTask = async (spec: ChartSpec): Promise<Uint8Array> => chartPng(spec);
