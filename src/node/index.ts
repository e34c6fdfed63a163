/**
 * union-ledger's Node entry: `import { … } from "union-ledger/node"`. What needs Node and is not in the browser-safe
 * entry ("union-ledger", src/index.ts): workbooks read from files with Node's zlib, the file helpers the CLI uses,
 * and charts drawn as PNG (ECharts and the native resvg, loaded on first use; a CJK font must be installed).
 */
import type { ChartSpec } from "../charts/spec.js";
import type { RenderPngOptions } from "./render-png.js";

export { NODE_ZIP, nodeInflate, nodeCrc32 } from "./node-inflate.js";
export { analyzeFile, type AnalyzedFile } from "./analyze-file.js";
export { readInputFile, writeOutputFile, type WriteOutputOptions } from "./files.js";
export { FileErrorCode, isFileError, type FileError } from "./file-error.js";
export { errorMessage, fileErrorMessage, FILE_ERROR_MESSAGES, type FileErrorMessageTable } from "./messages/index.js";
export { CjkFontMissingError, type CjkFont } from "./cjk-font.js";
export { startPngCharts, type PngCharts, type PngImage } from "./png-charts.js";
export { pngChartRenderer, type PngChartRenderer } from "./png-chart-renderer.js";
export type { RenderPngOptions } from "./render-png.js";

/**
 * One chart as PNG bytes (ECharts' SVG rendered by resvg, 1280×720 by default). @throws CjkFontMissingError when no
 * CJK font is installed. For a report's charts, `pngChartRenderer` draws them on a worker thread instead.
 */
export async function renderChartPng(spec: ChartSpec, options: RenderPngOptions = {}): Promise<Uint8Array> {
  const m = await import("./render-png.js");
  return m.renderChartPng(spec, options);
}
