import { renderAsync } from "@resvg/resvg-js";
import * as echarts from "echarts";
import type { CjkFont, FindCjkFontOptions } from "./cjk-font.js";
import { findCjkFont } from "./cjk-font.js";
import { DEFAULT_HEIGHT, DEFAULT_WIDTH, echartsOption } from "./echarts-option.js";
import type { ChartSpec } from "./spec.js";

/**
 * ChartSpec → PNG in Node: ECharts server-side rendering to an SVG string, then resvg to pixels. No DOM or canvas
 * is needed: `echarts.init(null, null, { renderer: "svg", ssr: true, width, height })` renders into a virtual DOM
 * and `renderToSVGString()` serialises it (ECharts ≥ 5.3 SSR API).
 */

export interface RenderPngOptions {
  /** CSS px; default 640. */
  readonly width?: number;
  /** CSS px; default 360. */
  readonly height?: number;
  /** Device pixels per CSS px (resvg `fitTo: { mode: "zoom" }`); default 2, sharp in Word at the chart's print size. */
  readonly scale?: number;
  /** The font to draw with; default the one findCjkFont(fontSearch) finds (which throws CjkFontMissingError if none). */
  readonly font?: CjkFont;
  /** Where to look for the font when `font` is not given (tests point this at an empty folder). */
  readonly fontSearch?: FindCjkFontOptions;
}

export interface RenderedChart {
  readonly png: Uint8Array;
  /** RGBA, 4 bytes per pixel, row by row: the same pixels as the PNG, for checks without a PNG decoder. */
  readonly rgba: Uint8Array;
  /** Device pixels: CSS size × scale. */
  readonly width: number;
  readonly height: number;
}

/** The SVG ECharts draws, every text in `fontFamily` (the root textStyle plus title/legend overrides). */
export function renderChartSvg(spec: ChartSpec, options: { width?: number; height?: number; fontFamily: string }): string {
  const width = options.width ?? DEFAULT_WIDTH;
  const height = options.height ?? DEFAULT_HEIGHT;
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    chart.setOption(echartsOption(spec, { fontFamily: options.fontFamily, width }));
    return chart.renderToSVGString();
  } finally {
    chart.dispose(); // frees the zrender instance; SSR charts are otherwise kept in ECharts' instance registry
  }
}

/**
 * An SVG → pixels with only `font` loaded. `loadSystemFonts: false` keeps it fast and reproducible, so the file's
 * family must be both the default and the sans-serif family: then every `font-family` in the SVG, named or generic,
 * resolves to it (resvg falls back to `defaultFontFamily` for families it doesn't have).
 *
 * `renderAsync` runs resvg on libuv's thread pool, keeping the event loop free: text is the slow part. Measured here
 * with the 19 MB Noto CJK collection, time grows by 20–40 ms per <text> element and strace shows the font file read
 * again for each (resvg-js 2.6 keeps a path, not the bytes), so a chart of ~50 texts takes about 1 s.
 */
export async function rasterizeSvg(svg: string, font: CjkFont | undefined, scale = 2): Promise<RenderedChart> {
  const image = await renderAsync(svg, {
    fitTo: { mode: "zoom", value: scale },
    background: "#ffffff",
    font: font
      ? { fontFiles: font.boldFile === undefined ? [font.file] : [font.file, font.boldFile], loadSystemFonts: false, defaultFontFamily: font.family, sansSerifFamily: font.family }
      : { fontFiles: [], loadSystemFonts: false }, // for tests: the same picture with no glyphs at all
    logLevel: "off",
  });
  return { png: image.asPng(), rgba: image.pixels, width: image.width, height: image.height };
}

/** The chart as a PNG and its pixels. @throws CjkFontMissingError when no CJK font is installed. */
export async function renderChartImage(spec: ChartSpec, options: RenderPngOptions = {}): Promise<RenderedChart> {
  const font = options.font ?? findCjkFont(options.fontSearch);
  const svgOptions = { fontFamily: font.family, ...(options.width !== undefined && { width: options.width }), ...(options.height !== undefined && { height: options.height }) };
  return rasterizeSvg(renderChartSvg(spec, svgOptions), font, options.scale ?? 2);
}

/** The chart as PNG bytes (37–68 kB at 1280×720 for the example). @throws CjkFontMissingError when no CJK font is installed. */
export async function renderChartPng(spec: ChartSpec, options: RenderPngOptions = {}): Promise<Uint8Array> {
  return (await renderChartImage(spec, options)).png;
}
