import type { ParagraphChild } from "docx";
import { DEFAULT_HEIGHT, DEFAULT_WIDTH } from "../charts/echarts-option.js";
import type { ChartSpec } from "../charts/spec.js";
import type { ChartRenderer } from "../docx/blocks.js";
import { startPngCharts, type PngImage } from "./png-charts.js";

/** A chart renderer that starts its work early and must be closed (it may hold a worker thread). */
export interface PngChartRenderer extends ChartRenderer {
  /** Resolves when it can draw. @throws CjkFontMissingError when no CJK font is installed. */
  ready(): Promise<void>;
  /** Starts drawing these charts (a report's, in order), so each is ready or nearly when `render` asks for it. */
  prepare(specs: readonly ChartSpec[]): void;
  close(): Promise<void>;
}

/** The PNG charts' size in device pixels: ECharts' CSS size at resvg's default zoom of 2 (render-png.ts). */
const PNG_WIDTH = DEFAULT_WIDTH * 2;
const PNG_HEIGHT = DEFAULT_HEIGHT * 2;

/**
 * Charts as PNG pictures for writeReportDocx, drawn with ECharts and resvg on a worker thread (png-charts.ts) that
 * starts at once: `ready()` says whether there is a CJK font (ask before writing anything, so a machine without one
 * fails with a message instead of a report with empty labels); `prepare` starts drawing all of a report's charts, so
 * while the writer waits for one picture the worker draws the next. Close it when done.
 */
export async function pngChartRenderer(): Promise<PngChartRenderer> {
  // picture-run.js brings the docx package: loaded here, not at the top, so importing union-ledger/node stays light.
  const { pictureRun } = await import("../docx/picture-run.js");
  const charts = startPngCharts();
  const prepared = new Map<ChartSpec, Promise<PngImage>>();
  return {
    ready: () => charts.ready(),
    prepare(specs: readonly ChartSpec[]): void {
      charts.draw(specs).forEach((image, i) => {
        const spec = specs[i];
        if (spec === undefined) return;
        image.catch(() => undefined); // a failure is reported when `render` awaits it
        prepared.set(spec, image);
      });
    },
    async render(spec: ChartSpec): Promise<ParagraphChild> {
      const image = prepared.get(spec) ?? charts.draw([spec])[0];
      prepared.delete(spec);
      if (image === undefined) throw new Error(`chart ${spec.id} not drawn`);
      const { png, width, height } = await image;
      if (width !== PNG_WIDTH || height !== PNG_HEIGHT)
        throw new Error(`chart ${spec.id} drawn ${width}×${height}, not ${PNG_WIDTH}×${PNG_HEIGHT}`);
      return pictureRun(spec, png, PNG_WIDTH, PNG_HEIGHT);
    },
    close: () => charts.close(),
  };
}
