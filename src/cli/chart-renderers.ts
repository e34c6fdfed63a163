import { ImageRun, type ParagraphChild } from "docx";
import type { ChartSpec } from "../charts/spec.js";
import type { ChartRenderer } from "../docx/blocks.js";

export type ChartMode = "native" | "png";

/** Width of a chart in the document: 15 cm of the 15.6 cm text width of an A4 公文 page. */
const WIDTH_PX = 567;

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
        return new ImageRun({
          type: "png",
          data: img.png,
          transformation: { width: WIDTH_PX, height: Math.round((WIDTH_PX * img.height) / img.width) },
          altText: { name: spec.title, title: spec.title, description: spec.description },
        });
      },
    };
  }
  const { nativeChart } = await import("../charts/native-chart.js");
  return { render: async (spec: ChartSpec): Promise<ParagraphChild> => nativeChart(spec) };
}
