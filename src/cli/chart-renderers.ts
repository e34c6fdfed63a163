import type { ParagraphChild } from "docx";
import type { ChartSpec } from "../index.js";
import type { PngChartRenderer } from "../node/index.js";

export type ChartMode = "native" | "png";

/** A chart renderer for one command: it may start early, and must be closed. */
export type CliChartRenderer = PngChartRenderer;

/**
 * The CLI's chart renderers: native Word charts (editable in Word and WPS) or PNG pictures drawn with ECharts and
 * resvg on a worker thread (union-ledger/node's pngChartRenderer), started at once beside the reading of the
 * workbook; the report command asks `ready()` before anything is written.
 */
export async function chartRenderer(mode: ChartMode): Promise<CliChartRenderer> {
  if (mode === "png") {
    // Loaded here, not at the top: this module is part of every command.
    const { pngChartRenderer } = await import("../node/png-chart-renderer.js");
    return pngChartRenderer();
  }
  const { nativeChart } = await import("../charts/native-chart.js");
  return {
    ready: async () => undefined,
    prepare: () => undefined,
    render: async (spec: ChartSpec): Promise<ParagraphChild> => nativeChart(spec),
    close: async () => undefined,
  };
}
