import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CjkFontMissingError, findCjkFont } from "../../src/node/cjk-font.js";
import type { RenderedChart } from "../../src/node/render-png.js";
import { rasterizeSvg, renderChartImage, renderChartPng, renderChartSvg } from "../../src/node/render-png.js";
import type { ChartSpec } from "../../src/charts/spec.js";
import { exampleSpecs, specById } from "../charts/fixtures.js";

const ARTIFACTS = new URL("../../artifacts/charts/", import.meta.url);
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the IHDR chunk, which the PNG spec puts first: bytes 16–23, big-endian. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Pixels that differ clearly (any channel by > 48) between two renderings, within rows [top, bottom). */
function differingPixels(a: RenderedChart, b: RenderedChart, top = 0, bottom = a.height): number {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  let n = 0;
  for (let i = top * a.width * 4; i < bottom * a.width * 4; i += 4) {
    for (let c = 0; c < 3; c++) {
      if (Math.abs((a.rgba[i + c] ?? 0) - (b.rgba[i + c] ?? 0)) > 48) {
        n++;
        break;
      }
    }
  }
  return n;
}

/** Pixels within 12 per channel of a CSS colour "#RRGGBB". */
function pixelsOfColor(img: RenderedChart, css: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(css.slice(i, i + 2), 16)) as [number, number, number];
  let n = 0;
  for (let i = 0; i < img.rgba.length; i += 4) {
    if (
      Math.abs((img.rgba[i] ?? 0) - r) <= 12 &&
      Math.abs((img.rgba[i + 1] ?? 0) - g) <= 12 &&
      Math.abs((img.rgba[i + 2] ?? 0) - b) <= 12
    )
      n++;
  }
  return n;
}

let specs: ChartSpec[] = [];
const rendered = new Map<string, RenderedChart>();
let emptyDir = "";

beforeAll(async () => {
  specs = await exampleSpecs();
  emptyDir = await mkdtemp(join(tmpdir(), "ul-no-fonts-"));
  await mkdir(ARTIFACTS, { recursive: true });
  // Rendered once here (tens of ms each) and shared by the tests below; also saved for people to look at.
  for (const spec of specs) {
    const image = await renderChartImage(spec);
    rendered.set(spec.id, image);
    await writeFile(new URL(`${spec.id}.png`, ARTIFACTS), image.png);
  }
});
afterAll(async () => {
  await rm(emptyDir, { recursive: true, force: true });
});

const image = (id: ChartSpec["id"]): RenderedChart => {
  const img = rendered.get(id);
  if (!img) throw new Error(`not rendered: ${id}`);
  return img;
};

describe("renderChartPng", () => {
  it("renders all four charts of the example as real PNGs at 2× 640×360, well under 1 MB", () => {
    expect(specs.map((s) => s.id)).toEqual([
      "activities-by-category",
      "spending-by-month",
      "condolences-by-reason",
      "dues-by-month",
    ]);
    for (const spec of specs) {
      const { png } = image(spec.id);
      expect([...png.slice(0, 8)]).toEqual(PNG_MAGIC);
      expect(pngSize(png)).toEqual({ width: 1280, height: 720 });
      expect(png.byteLength).toBeGreaterThan(10_000);
      expect(png.byteLength).toBeLessThan(300_000);
    }
  });

  it("honours width, height and scale", async () => {
    const png = await renderChartPng(specById(specs, "dues-by-month"), { width: 400, height: 300, scale: 1.5 });
    expect([...png.slice(0, 8)]).toEqual(PNG_MAGIC);
    expect(pngSize(png)).toEqual({ width: 600, height: 450 });
  });

  it("names the loaded CJK family in every text of the SVG", () => {
    const font = findCjkFont();
    const svg = renderChartSvg(specById(specs, "activities-by-category"), { fontFamily: font.family });
    const families = [...svg.matchAll(/font-family:([^;"]+)/g)].map((m) => m[1]);
    expect(svg.match(/<text\b/g)?.length ?? 0).toBeGreaterThan(20);
    expect(new Set(families)).toEqual(new Set([font.family]));
    expect(svg).toContain("各类活动开展情况");
    expect(svg).toContain("职代会与民主管理");
  });

  it("draws the Chinese title: blanking it changes many pixels in the title band", async () => {
    const spec = specById(specs, "activities-by-category");
    const blank = await renderChartImage({ ...spec, title: "" });
    // The title sits in the top 30 CSS px (60 device px); eight 16 px glyphs ink a few thousand device pixels.
    expect(differingPixels(image(spec.id), blank, 0, 60)).toBeGreaterThan(1500);
  });

  it("draws real glyphs, not boxes: two different titles of the same length differ as much", async () => {
    const spec = specById(specs, "activities-by-category");
    const other = await renderChartImage({ ...spec, title: "会费按月实缴情况" }); // 8 characters, as 各类活动开展情况
    // Missing-glyph boxes would be identical for any 8 characters; real glyphs differ stroke by stroke.
    expect(differingPixels(image(spec.id), other, 0, 60)).toBeGreaterThan(1000);
    expect(differingPixels(image(spec.id), other, 60, 720)).toBe(0);
  });

  it("draws the title from the bold file and everything else from the regular one", async () => {
    const spec = specById(specs, "activities-by-category");
    const { file, family, boldFile } = findCjkFont();
    expect(boldFile).toBeDefined();
    const regularOnly = await renderChartImage(spec, { font: { file, family } });
    expect(differingPixels(image(spec.id), regularOnly, 0, 60)).toBeGreaterThan(500);
    expect(differingPixels(image(spec.id), regularOnly, 60, 720)).toBe(0);
  });

  it("draws every label with the font: the same SVG without fonts loses thousands of text pixels", async () => {
    const font = findCjkFont();
    const svg = renderChartSvg(specById(specs, "condolences-by-reason"), { fontFamily: font.family });
    const withFont = await rasterizeSvg(svg, font);
    const without = await rasterizeSvg(svg, undefined);
    expect(differingPixels(withFont, without)).toBeGreaterThan(12_000);
    // Below the title band too: legend, axis names, value and category labels.
    expect(differingPixels(withFont, without, 60, 720)).toBeGreaterThan(10_000);
  });

  it("paints each series in its spec colour", () => {
    for (const spec of specs) {
      for (const s of spec.series)
        expect(pixelsOfColor(image(spec.id), s.color), `${spec.id} ${s.name}`).toBeGreaterThan(200);
    }
    // A colour no series has is absent (the check can fail).
    expect(pixelsOfColor(image("dues-by-month"), "#009E73")).toBe(0);
  });

  it("throws CjkFontMissingError instead of drawing blank labels when no CJK font is found", async () => {
    await expect(
      renderChartPng(specById(specs, "dues-by-month"), {
        fontSearch: { searchDirs: [emptyDir], useFontconfig: false },
      }),
    ).rejects.toBeInstanceOf(CjkFontMissingError);
  });
});
