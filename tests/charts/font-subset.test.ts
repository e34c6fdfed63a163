import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderAsync } from "@resvg/resvg-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CjkFont } from "../../src/node/cjk-font.js";
import { findCjkFont, fontFile } from "../../src/node/cjk-font.js";
import { fontFilesFor, svgCodePoints, svgDrawnCodePoints } from "../../src/node/font-files.js";
import { fontFamilies } from "../../src/charts/font-names.js";
import { FontSubsetError, subsetSource, type SubsetSource } from "../../src/charts/font-subset.js";
import { renderChartSvg } from "../../src/node/render-png.js";
import { exampleSpecs } from "./fixtures.js";

/**
 * The glyph subsets resvg draws the PNG charts with (font-subset.ts, font-files.ts): the pictures must be exactly those
 * of the whole font, every pixel, in both forms of the subset (compact, and numbers kept with GSUB and GPOS).
 */

let font: CjkFont;
let regular: SubsetSource;
let dir = "";

beforeAll(async () => {
  font = findCjkFont();
  const f = fontFile(font.file);
  regular = subsetSource(f.bytes, font.family, f.load);
  dir = await mkdtemp(join(tmpdir(), "ul-subset-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const options = (files: readonly string[]) => ({
  background: "#ffffff",
  font: { fontFiles: [...files], loadSystemFonts: false, defaultFontFamily: font.family, sansSerifFamily: font.family },
  logLevel: "off" as const,
});

/** Pixels (RGBA bytes) that differ between the SVG drawn with these font files and with the whole font. */
async function differsFromWholeFont(svg: string, files: readonly string[]): Promise<number> {
  const whole = (await renderAsync(svg, options(font.boldFile ? [font.file, font.boldFile] : [font.file]))).pixels;
  const subset = (await renderAsync(svg, options(files))).pixels;
  expect(subset.length).toBe(whole.length);
  let n = 0;
  for (let i = 0; i < whole.length; i++) if (whole[i] !== subset[i]) n++;
  return n;
}

const textSvg = (text: string): string => {
  const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="420" height="120">` +
    `<text x="6" y="50" style="font-size:34px;font-family:${font.family}">${escaped}</text>` +
    `<text x="6" y="100" style="font-size:30px;font-weight:bold;font-family:${font.family}">${escaped}</text></svg>`
  );
};

/** Draws `svg` with the files font-files.ts makes for it; the subset's size and the differing pixels. */
async function drawnWithSubset(svg: string): Promise<{ bytes: number; differing: number }> {
  const files = fontFilesFor(font, svg);
  try {
    expect(files.files.every((f) => f !== font.file && f !== font.boldFile)).toBe(true);
    const bytes = (await readFile(files.files[0] ?? "")).length;
    return { bytes, differing: await differsFromWholeFont(svg, files.files) };
  } finally {
    files.release();
  }
}

describe("font subsets for resvg", () => {
  it("draws the example's four charts exactly as the whole font does, from compact subsets of about 0.1 MB", async () => {
    for (const spec of await exampleSpecs()) {
      const svg = renderChartSvg(spec, { fontFamily: font.family });
      const { bytes, differing } = await drawnWithSubset(svg);
      expect(bytes, spec.id).toBeLessThan(200_000);
      expect(differing, spec.id).toBe(0);
    }
  });

  it("keeps glyph numbers, GSUB and GPOS where they change the text (kerning, ligatures, Latin digits, marks), and still draws it exactly", async () => {
    for (const text of ["AVATAR Tyre Wa", "office fifty", "x9 l0", "ñ 9\u0303", "다\u0301 한국어"]) {
      const { bytes, differing } = await drawnWithSubset(textSvg(text));
      expect(bytes, text).toBeGreaterThan(300_000);
      expect(differing, text).toBe(0);
    }
    // Without them such a text is drawn otherwise: the choice of form matters.
    const svg = textSvg("AVATAR fi x9");
    const compact = join(dir, "forced-compact.otf");
    await writeFile(compact, regular.subset(svgCodePoints(svg), []));
    expect(
      await differsFromWholeFont(svg.replace(/<text[^>]*font-weight:bold[^>]*>[^<]*<\/text>/, ""), [compact]),
    ).toBeGreaterThan(1000);
  });

  it("draws seeded random mixes of Chinese, Japanese, Korean, Latin, digits, punctuation and marks exactly", async () => {
    const pool = [
      ..."AVTWYafilfftoyr0123456789,.;:!?-–—()[]\"'“”‘’…·%&@#$€¥元职工会费活动经费慰问金节日（）【】《》、。，：；！？〜ーアイウカキクあいうえおゃっ한국어가나다éüñçǺ̃ ½ﬁ",
    ];
    let seed = 20241;
    const random = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const failures: string[] = [];
    for (let n = 0; n < 40; n++) {
      const text = Array.from(
        { length: 2 + Math.floor(random() * 8) },
        () => pool[Math.floor(random() * pool.length)],
      ).join("");
      const { differing } = await drawnWithSubset(textSvg(text));
      if (differing > 0) failures.push(`${text}: ${differing}`);
    }
    expect(failures).toEqual([]);
  });

  it("keeps the family name, so the SVG's font-family finds it", () => {
    const cps = [..."会费按月实缴情况0123456789"].map((c) => c.codePointAt(0) ?? 0);
    expect(fontFamilies(regular.subset(cps))).toEqual([font.family]);
  });

  it("reads only the blocks of the collection it needs", () => {
    const { bytes } = fontFile(font.file); // the copy findCjkFont and the subsets above have used
    let read = 0;
    for (let at = 0; at < bytes.length; at += 4096) if (bytes.subarray(at, at + 4096).some((b) => b !== 0)) read++;
    expect(read * 4096).toBeLessThan(bytes.length / 4);
  });

  it("refuses a font without CFF outlines, and font-files.ts then hands resvg the whole file", async () => {
    // A TrueType-looking font with only a name table: no CFF table to subset.
    const name = [..."Test Sans"].flatMap((c) => [0, c.charCodeAt(0)]);
    const bytes = new Uint8Array(12 + 16 + 6 + 12 + name.length);
    const view = new DataView(bytes.buffer);
    view.setUint32(0, 0x00010000);
    view.setUint16(4, 1);
    bytes.set(
      [..."name"].map((c) => c.charCodeAt(0)),
      12,
    );
    view.setUint32(20, 28);
    view.setUint32(24, 18 + name.length);
    view.setUint16(30, 1);
    view.setUint16(32, 18);
    view.setUint16(34, 3);
    view.setUint16(36, 1);
    view.setUint16(38, 0x409);
    view.setUint16(40, 1);
    view.setUint16(42, name.length);
    bytes.set(name, 46);
    expect(fontFamilies(bytes)).toEqual(["Test Sans"]);
    expect(() => subsetSource(bytes, "Test Sans")).toThrow(FontSubsetError);
    expect(() => subsetSource(bytes, "Other Sans")).toThrow(FontSubsetError);
    const file = join(dir, "test-sans.ttf");
    await writeFile(file, bytes);
    const files = fontFilesFor({ file, family: "Test Sans" }, textSvg("abc"));
    expect(files.files).toEqual([file]);
    files.release();
    expect(existsSync(file)).toBe(true);
  });

  it("deletes its temporary files once drawn", () => {
    const files = fontFilesFor(font, textSvg("会费"));
    expect(files.files.every(existsSync)).toBe(true);
    files.release();
    expect(files.files.some(existsSync)).toBe(false);
  });

  it("decides by the characters the SVG's texts draw, not by its CSS", () => {
    const svg = `<svg><style><![CDATA[.a:hover{cursor:pointer}]]></style><text x="1">会&amp;费 &#x5143;<tspan>1,2</tspan></text></svg>`;
    expect(String.fromCodePoint(...svgDrawnCodePoints(svg))).toBe("会&费 元1,2");
    const all = svgCodePoints(svg);
    for (const c of "cursor会元") expect(all.has(c.codePointAt(0) ?? 0)).toBe(true);
  });
});
