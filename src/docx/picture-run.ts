import { ImageRun, type ParagraphChild } from "docx";
import type { ChartSpec } from "../charts/spec.js";

/** Width of a chart in the document: 15 cm of the 15.6 cm text width of an A4 公文 page. */
const WIDTH_PX = 567;

/**
 * A chart drawn as PNG (by resvg in Node or a canvas in the pane) → the picture a paragraph holds, at the text width
 * and the drawing's aspect ratio. The chart is drawn by then: the renderer awaits it, and
 * the drawing of the next charts goes on meanwhile (they are started together).
 */
export function pictureRun(spec: ChartSpec, png: Uint8Array, pixelWidth: number, pixelHeight: number): ParagraphChild {
  return new ImageRun({
    type: "png",
    data: png,
    transformation: { width: WIDTH_PX, height: Math.round((WIDTH_PX * pixelHeight) / pixelWidth) },
    altText: { name: spec.title, title: spec.title, description: spec.description },
  });
}
