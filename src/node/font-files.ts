import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fontFile, type CjkFont } from "./cjk-font.js";
import { FontFileError } from "../charts/font-names.js";
import { FontSubsetError, subsetSource, type SubsetSource } from "../charts/font-subset.js";

/**
 * The font files resvg gets for one SVG (Node only). resvg-js reads a font file again for every text it shapes, so
 * instead of the 19 MB collection it gets a subset of the one face the charts use, holding the SVG's characters
 * (font-subset.ts: 0.1 MB for a chart, cut in a few ms from the blocks of the file it needs, read once per process).
 * The files live in a temporary folder of their own, deleted with them once drawn. A font that cannot be subset
 * (TrueType outlines, a variable CFF2 font) is handed over whole, as before: slower, the same picture.
 */

export interface FontFiles {
  readonly files: readonly string[];
  /** Deletes the subset files (never the font itself). */
  release(): void;
}

const numericReference = (ref: string): number | undefined => {
  const cp = ref[0] === "x" || ref[0] === "X" ? parseInt(ref.slice(1), 16) : parseInt(ref, 10);
  return cp <= 0x10ffff ? cp : undefined;
};

/**
 * Characters a shaper looks up beside a text's own (HarfBuzz, and rustybuzz after it): the space and no-break space,
 * hyphens (U+2011 falls back to U+2010), the dotted circle it puts before a lone mark.
 */
const SHAPER_FALLBACKS = [0x20, 0xa0, 0x2010, 0x2011, 0x25cc];

/** What follows a base in a decomposed cluster: combining marks, and Hangul vowel and final jamo. */
const FOLLOWER = /\p{M}|[\u1160-\u11ff\ud7b0-\ud7ff]/u;

/**
 * The characters of `text` and of its canonical compositions and decompositions, partial ones included: a shaper
 * missing Ǻ in the cmap tries Å + ◌́, then A + ◌̊ + ◌́ (HarfBuzz's normalizer, and rustybuzz's).
 */
function addWithForms(cps: Set<number>, text: string): void {
  for (const form of [text, text.normalize("NFC")]) for (const ch of form) cps.add(ch.codePointAt(0) ?? 0);
  let cluster = "";
  for (const ch of text.normalize("NFD")) {
    cps.add(ch.codePointAt(0) ?? 0);
    if (!FOLLOWER.test(ch)) {
      cluster = ch;
      continue;
    }
    cluster += ch; // each partial composition of base + followers so far
    for (const c of cluster.normalize("NFC")) cps.add(c.codePointAt(0) ?? 0);
  }
}

/** Every character of an SVG (its text, and the markup's, ASCII, which is kept whole) and its references. */
export function svgCodePoints(svg: string): Set<number> {
  const cps = everyCodePoint(svg);
  for (const cp of svgDrawnCodePoints(svg)) cps.add(cp);
  return cps;
}

function everyCodePoint(svg: string): Set<number> {
  const cps = new Set<number>(SHAPER_FALLBACKS);
  for (let c = 0x20; c < 0x7f; c++) cps.add(c);
  addWithForms(cps, svg);
  for (const m of svg.matchAll(/&#(x[0-9a-f]+|[0-9]+);/gi)) {
    const cp = numericReference(m[1] ?? "");
    if (cp !== undefined) addWithForms(cps, String.fromCodePoint(cp));
  }
  return cps;
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/**
 * The characters an SVG's texts draw: the content of its <text> elements (<tspan>s and all), references decoded; all
 * of `svgCodePoints` for an SVG with <tref>, which draws text from elsewhere. Only these decide whether the subset
 * may leave kerning out (font-subset.ts); ECharts' CSS, for one, is not drawn.
 */
export function svgDrawnCodePoints(svg: string): Set<number> {
  if (/<tref\b/.test(svg)) return everyCodePoint(svg);
  const cps = new Set<number>();
  for (const m of svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)) {
    const text = (m[1] ?? "")
      .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, cdata: string) =>
        cdata.replace(/[&<]/g, (c) => (c === "&" ? "&amp;" : "&lt;")),
      )
      .replace(/<[^>]*>/g, "")
      .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (ref: string, body: string) => {
        const cp = body[0] === "#" ? numericReference(body.slice(1)) : undefined;
        return cp !== undefined ? String.fromCodePoint(cp) : (NAMED[body] ?? ref);
      });
    addWithForms(cps, text);
  }
  return cps;
}

/** Parsed sources by file and family; null when that font cannot be subset. */
const sources = new Map<string, SubsetSource | null>();

function sourceFor(file: string, family: string): SubsetSource | undefined {
  const key = `${file}\u0000${family}`;
  let source = sources.get(key);
  if (source === undefined) {
    try {
      const f = fontFile(file);
      source = subsetSource(f.bytes, family, f.load);
    } catch (e) {
      if (!(e instanceof FontSubsetError) && !(e instanceof FontFileError)) throw e;
      source = null;
    }
    sources.set(key, source);
  }
  return source ?? undefined;
}

const fileList = (font: CjkFont): string[] => [font.file, ...(font.boldFile === undefined ? [] : [font.boldFile])];

/** Reads and parses the font's files now (about 50 ms for Noto CJK), e.g. while the workbook is being read. */
export function prepareFont(font: CjkFont): void {
  for (const file of fileList(font)) sourceFor(file, font.family);
}

/**
 * The regular (and bold) font for drawing `svg` (one SVG, or several joined), as files for resvg's `fontFiles`. Call
 * `release()` when drawn. Where no temporary file can be written, the whole font files.
 */
export function fontFilesFor(font: CjkFont, svg: string): FontFiles {
  const cps = svgCodePoints(svg);
  const drawn = svgDrawnCodePoints(svg);
  let dir: string | undefined;
  const release = (): void => {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  };
  const files = fileList(font).map((file, i) => {
    const source = sourceFor(file, font.family);
    if (source === undefined) return file;
    try {
      dir ??= mkdtempSync(join(tmpdir(), "union-ledger-fonts-"));
      const path = join(dir, i === 0 ? "regular.otf" : "bold.otf");
      writeFileSync(path, source.subset(cps, drawn));
      return path;
    } catch (e) {
      if (!(e instanceof FontSubsetError) && !(e instanceof FontFileError) && !(e instanceof Error && "code" in e)) {
        release();
        throw e;
      }
      return file; // a glyph the subsetter cannot follow, or no room or right to write in the temporary folder
    }
  });
  return { files, release };
}
