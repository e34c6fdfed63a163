import type { ParagraphChild } from "docx";
import { DEFAULT_HEIGHT, DEFAULT_WIDTH } from "../charts/echarts-option.js";
import type { ChartSpec } from "../charts/spec.js";
import type { ChartRenderer } from "../docx/blocks.js";
import type { PngImage } from "./png-charts.js";

export type ChartMode = "native" | "png";

/** A chart renderer for one command: it may start early, and must be closed. */
export interface CliChartRenderer extends ChartRenderer {
  /** Resolves when it can draw. @throws CjkFontMissingError for PNG charts without a CJK font. */
  ready(): Promise<void>;
  /** Starts drawing these charts (a report's, in order), so each is ready or nearly when `render` asks for it. */
  prepare(specs: readonly ChartSpec[]): void;
  close(): Promise<void>;
}

/** The PNG charts' size in device pixels: ECharts' CSS size at resvg's default zoom of 2 (render-png.ts). */
const PNG_WIDTH = DEFAULT_WIDTH * 2;
const PNG_HEIGHT = DEFAULT_HEIGHT * 2;

/**
 * The CLI's chart renderers: native Word charts (editable in Word and WPS) or PNG pictures drawn
 * with ECharts and resvg. PNG starts its work at once, on a worker thread (png-charts.ts), beside
 * the reading of the workbook; `ready()` says whether there is a CJK font, and the report command
 * asks before anything is written, so a machine without one fails with a message instead of a
 * report with empty labels. A PNG chart's picture is handed to the .docx writer before it is
 * drawn (picture-run.ts waits for it when packing), so the document is laid out meanwhile.
 */
export async function chartRenderer(mode: ChartMode): Promise<CliChartRenderer> {
  if (mode === "png") {
    // Loaded here, not at the top: this module is part of every command, and picture-run.js brings the docx package.
    const [{ startPngCharts }, { pictureRun }] = await Promise.all([import("./png-charts.js"), import("../docx/picture-run.js")]);
    const charts = startPngCharts();
    const prepared = new Map<ChartSpec, Promise<PngImage>>();
    return {
      ready: () => charts.ready(),
      prepare(specs: readonly ChartSpec[]): void {
        charts.draw(specs).forEach((image, i) => {
          const spec = specs[i];
          if (spec === undefined) return;
          image.catch(() => undefined); // a failure is reported where the picture is placed
          prepared.set(spec, image);
        });
      },
      async render(spec: ChartSpec): Promise<ParagraphChild> {
        const image = prepared.get(spec) ?? charts.draw([spec])[0];
        prepared.delete(spec);
        if (image === undefined) throw new Error(`chart ${spec.id} not drawn`);
        const png = image.then(({ png, width, height }) => {
          if (width !== PNG_WIDTH || height !== PNG_HEIGHT) throw new Error(`chart ${spec.id} drawn ${width}×${height}, not ${PNG_WIDTH}×${PNG_HEIGHT}`);
          return png;
        });
        return pictureRun(spec, png, PNG_WIDTH, PNG_HEIGHT);
      },
      close: () => charts.close(),
    };
  }
  const { nativeChart } = await import("../charts/native-chart.js");
  return {
    ready: async () => undefined,
    prepare: () => undefined,
    render: async (spec: ChartSpec): Promise<ParagraphChild> => nativeChart(spec),
    close: async () => undefined,
  };
}
