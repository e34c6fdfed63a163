import type { ParagraphChild } from "docx";
import type { ChartSpec } from "../charts/spec.js";
import type { ChartRenderer } from "../docx/blocks.js";
import { pictureRun } from "../docx/picture-run.js";

export type ChartMode = "native" | "png";

/**
 * The CLI's chart renderers: native Word charts (editable in Word and WPS) or PNG pictures drawn
 * with ECharts and resvg. The PNG path checks for a CJK font before anything is written, so a
 * machine without one fails with a message instead of a report with empty labels.
 */
export async function chartRenderer(mode: ChartMode): Promise<ChartRenderer> {
  if (mode === "png") {
    const { findCjkFont } = await import("../charts/cjk-font.js");
    const { renderChartImage } = await import("../charts/render-png.js");
    const font = findCjkFont();
    return {
      async render(spec: ChartSpec): Promise<ParagraphChild> {
        const img = await renderChartImage(spec, { font });
        return pictureRun(spec, img.png, img.width, img.height);
      },
    };
  }
  const { nativeChart } = await import("../charts/native-chart.js");
  return { render: async (spec: ChartSpec): Promise<ParagraphChild> => nativeChart(spec) };
}
