import { renderAsync, type RenderedImage } from "@resvg/resvg-js";
import { BarChart, LineChart } from "echarts/charts";
import { GridComponent, LegendComponent, TitleComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import type { CjkFont, FindCjkFontOptions } from "./cjk-font.js";
import { findCjkFont } from "./cjk-font.js";
import { fontFilesFor } from "./font-files.js";
import { DEFAULT_HEIGHT, DEFAULT_WIDTH, echartsOption, type SpecEChartsOption } from "../charts/echarts-option.js";
import type { ChartSpec } from "../charts/spec.js";

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

// Only the parts a static picture of the chart specs uses: the CLI's chart chunk is a third of all of ECharts, so
// `report --charts png` compiles less. The tooltip and aria options, for the add-in's live charts, are left out of the
// SSR option (the SVG is the same without them).
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TitleComponent, SVGRenderer]);

/** The SVG ECharts draws, every text in `fontFamily` (the root textStyle plus title/legend overrides). */
export function renderChartSvg(
  spec: ChartSpec,
  options: { width?: number; height?: number; fontFamily: string },
): string {
  const width = options.width ?? DEFAULT_WIDTH;
  const height = options.height ?? DEFAULT_HEIGHT;
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    const option: Partial<SpecEChartsOption> = echartsOption(spec, { fontFamily: options.fontFamily, width });
    delete option.tooltip;
    delete option.aria;
    chart.setOption(option);
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
 * resvg-js 2.6 keeps a font's path, not its bytes, and reads the file again for every text it shapes: with the 19 MB
 * Noto CJK collection that was 20–40 ms per <text> element, about 1 s per chart. So resvg gets a subset of the face
 * holding only this SVG's characters (font-files.ts: a few blocks of the file read once per process, the same pixels),
 * and a chart takes 10–20 ms. `renderAsync` runs resvg on libuv's thread pool, keeping the event loop free.
 */
export async function rasterizeSvg(svg: string, font: CjkFont | undefined, scale = 2): Promise<RenderedChart> {
  const [image] = rasterizeSvgs([svg], font, scale);
  if (image === undefined) throw new Error("no image");
  return image;
}

/**
 * Several SVGs → pixels: one font subset for all their characters, and all drawn at once on libuv's thread pool. The
 * subset files are deleted when the last is drawn.
 */
export function rasterizeSvgs(svgs: readonly string[], font: CjkFont | undefined, scale = 2): Promise<RenderedChart>[] {
  if (svgs.length === 0) return [];
  const files = font ? fontFilesFor(font, svgs.join("\n")) : undefined;
  const options = {
    fitTo: { mode: "zoom" as const, value: scale },
    background: "#ffffff",
    font:
      font && files
        ? {
            fontFiles: [...files.files],
            loadSystemFonts: false,
            defaultFontFamily: font.family,
            sansSerifFamily: font.family,
          }
        : { fontFiles: [], loadSystemFonts: false }, // for tests: the same picture with no glyphs at all
    logLevel: "off" as const,
  };
  // The subset files go as soon as the last picture is drawn, before its result is handed on.
  let drawing = svgs.length;
  const drawn = (): void => {
    if (--drawing === 0) files?.release();
  };
  return svgs.map((svg) =>
    new Promise<RenderedImage>((resolve) => resolve(renderAsync(svg, options))).then(
      (image) => {
        drawn();
        return rendered(image);
      },
      (e: unknown) => {
        drawn();
        throw e;
      },
    ),
  );
}

function rendered(image: RenderedImage): RenderedChart {
  let rgba: Uint8Array | undefined; // a 3.7 MB copy out of resvg: only made when asked for (tests do; the report does not)
  return {
    png: image.asPng(),
    get rgba(): Uint8Array {
      return (rgba ??= image.pixels);
    },
    width: image.width,
    height: image.height,
  };
}

/** The chart as a PNG and its pixels. @throws CjkFontMissingError when no CJK font is installed. */
export async function renderChartImage(spec: ChartSpec, options: RenderPngOptions = {}): Promise<RenderedChart> {
  const [image] = renderChartImages([spec], options);
  if (image === undefined) throw new Error("no image");
  return image;
}

/**
 * Several charts (a report's four): their SVGs, then one font subset for all and the pixels drawn side by side.
 * @throws CjkFontMissingError when no CJK font is installed.
 */
export function renderChartImages(
  specs: readonly ChartSpec[],
  options: RenderPngOptions = {},
): Promise<RenderedChart>[] {
  const font = options.font ?? findCjkFont(options.fontSearch);
  const svgOptions = {
    fontFamily: font.family,
    ...(options.width !== undefined && { width: options.width }),
    ...(options.height !== undefined && { height: options.height }),
  };
  return rasterizeSvgs(
    specs.map((spec) => renderChartSvg(spec, svgOptions)),
    font,
    options.scale ?? 2,
  );
}

/** The chart as PNG bytes (37–68 kB at 1280×720 for the example). @throws CjkFontMissingError when no CJK font is installed. */
export async function renderChartPng(spec: ChartSpec, options: RenderPngOptions = {}): Promise<Uint8Array> {
  return (await renderChartImage(spec, options)).png;
}
