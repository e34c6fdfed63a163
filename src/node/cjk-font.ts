import { execFileSync } from "node:child_process";
import { closeSync, existsSync, openSync, readdirSync, readSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { FontFileError, fontFamilies, preferredChineseFamily } from "../charts/font-names.js";
import type { Load } from "../charts/font-subset.js";

/**
 * Finds a font with Chinese glyphs for the PNG renderer (Node only). resvg draws nothing for a glyph no loaded font
 * has, and we load no system fonts (`loadSystemFonts: false`, for speed and reproducibility), so without this font
 * every Chinese title and label would silently be blank: we throw instead.
 */
export class CjkFontMissingError extends Error {
  override name = "CjkFontMissingError";
  /** The folders (and fontconfig) looked in: enough to make the same error again on another thread. */
  readonly searched: readonly string[];
  constructor(searched: readonly string[]) {
    super(
      "未找到中文字体，无法绘制图表中的中文。请安装 Noto CJK 字体（Debian/Ubuntu：sudo apt-get install fonts-noto-cjk）。" +
        ` / No CJK font found, so chart labels cannot be drawn. Install fonts-noto-cjk (Debian/Ubuntu: sudo apt-get install fonts-noto-cjk). Searched: ${searched.join(", ") || "(nothing)"}.`,
    );
    this.searched = [...searched];
  }
}

export interface CjkFont {
  /** Absolute path of the .ttc/.otf/.ttf file. */
  readonly file: string;
  /** The family name inside that file to use in CSS/SVG `font-family` and as resvg's default family. */
  readonly family: string;
  /** The same family's bold file beside it (NotoSansCJK-Bold.ttc), for bold titles; resvg does not embolden. */
  readonly boldFile?: string;
}

export interface FindCjkFontOptions {
  /** Folders to look in (not recursive). Default: where Debian, Fedora, Arch and users put Noto/Source Han CJK. */
  readonly searchDirs?: readonly string[];
  /** Ask fontconfig (`fc-match`, `fc-list`) when the folders have none. Default true. */
  readonly useFontconfig?: boolean;
}

export const DEFAULT_FONT_DIRS: readonly string[] = [
  "/usr/share/fonts/opentype/noto", // Debian/Ubuntu fonts-noto-cjk
  "/usr/share/fonts/truetype/noto",
  "/usr/share/fonts/noto-cjk", // Arch noto-fonts-cjk
  "/usr/share/fonts/google-noto-cjk", // Fedora google-noto-sans-cjk-fonts
  "/usr/share/fonts/google-noto-sans-cjk-vf-fonts",
  "/usr/share/fonts/opentype/source-han-sans",
  "/usr/local/share/fonts",
  join(homedir(), ".local/share/fonts"),
  join(homedir(), ".fonts"),
];

/** Lower is better: Noto Sans CJK Regular, then other Sans CJK, then Serif CJK, then Source Han. */
function rank(file: string): number | undefined {
  const name = file.toLowerCase();
  if (!/\.(ttc|otc|otf|ttf)$/.test(name)) return undefined;
  if (/notosanscjk(sc)?-regular/.test(name)) return 0;
  if (/notosanscjk/.test(name)) return /bold|black|thin|light|medium/.test(name) ? 2 : 1;
  if (/notoserifcjk/.test(name)) return /-regular/.test(name) ? 3 : 4;
  if (/sourcehan(sans|serif)/.test(name)) return 5;
  return undefined;
}

function fromDirs(dirs: readonly string[]): string[] {
  const found: { file: string; rank: number }[] = [];
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue; // a folder that doesn't exist on this distribution
    }
    for (const name of names) {
      const r = rank(name);
      if (r !== undefined) found.push({ file: join(dir, name), rank: r });
    }
  }
  return found.sort((a, b) => a.rank - b.rank || a.file.localeCompare(b.file)).map((f) => f.file);
}

function run(cmd: string, args: readonly string[]): string {
  try {
    return execFileSync(cmd, args, { encoding: "utf8", timeout: 10_000, stdio: ["ignore", "pipe", "ignore"] });
  } catch {
    return ""; // fontconfig not installed, or it failed: the caller reports the missing font
  }
}

/**
 * fontconfig's candidates. `fc-match` always answers (falling back to e.g. DejaVu), so its file counts only if
 * `fc-list :lang=zh` also lists it; `fc-list` prints "path: " per face, hence the trimming of the trailing colon.
 */
function fromFontconfig(): string[] {
  const zh = run("fc-list", [":lang=zh", "file"])
    .split("\n")
    .map((line) => line.trim().replace(/:$/, ""))
    .filter((f) => /\.(ttc|otc|otf|ttf)$/i.test(f));
  const match = run("fc-match", ["-f", "%{file}", "Noto Sans CJK SC"]).trim();
  const ordered = zh.includes(match) ? [match, ...zh] : zh;
  return [...new Set(ordered)];
}

/** A font file read on demand: `bytes` is the file's size, but holds only the blocks `load` has read. */
export interface FontFile {
  readonly bytes: Uint8Array;
  readonly load: Load;
}

const BLOCK = 4096;
const files = new Map<string, { readonly stamp: string; readonly font: FontFile; readonly fd: number }>();

/**
 * A font file, opened once per process (again only if it changed: size, time or inode), with its collection header,
 * table directories and `name` tables read: enough for `fontFamilies`. The rest is read block by block as the glyph
 * subsets need it (font-subset.ts), so the 19 MB Noto CJK collection costs about 2 MB of reading. A few files are kept.
 */
export function fontFile(file: string): FontFile {
  const st = statSync(file);
  const stamp = `${st.size}:${st.mtimeMs}:${st.ino}`;
  const hit = files.get(file);
  if (hit?.stamp === stamp) return hit.font;
  const fd = openSync(file, "r");
  const size = st.size;
  const bytes = new Uint8Array(size); // zero pages the system maps only when written
  const have = new Uint8Array(Math.ceil(size / BLOCK));
  const load: Load = (start, end) => {
    const last = Math.floor((Math.min(end, size) - 1) / BLOCK);
    for (let b = Math.floor(Math.max(start, 0) / BLOCK); b <= last;) {
      if (have[b] === 1) {
        b++;
        continue;
      }
      let e = b; // one read for a run of missing blocks
      while (e < last && have[e + 1] !== 1) e++;
      const from = b * BLOCK;
      const to = Math.min(size, (e + 1) * BLOCK);
      for (let at = from; at < to;) {
        const n = readSync(fd, bytes, at, to - at, at);
        if (n === 0) throw new FontFileError(`${file} ended early`);
        at += n;
      }
      have.fill(1, b, e + 1);
      b = e + 1;
    }
  };
  try {
    loadNames(bytes, load);
  } catch (e) {
    closeSync(fd);
    throw e instanceof RangeError ? new FontFileError(`truncated font file: ${String(e)}`) : e;
  }
  const old = files.get(file);
  if (old) closeSync(old.fd);
  files.delete(file);
  files.set(file, { stamp, font: { bytes, load }, fd });
  for (const [name, f] of files) {
    if (files.size <= 4) break;
    closeSync(f.fd);
    files.delete(name);
  }
  return { bytes, load };
}

/** Reads what `fontFamilies` looks at: the collection header, each face's table directory and its `name` table. */
function loadNames(bytes: Uint8Array, load: Load): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 12) return; // fontFamilies says it is no font
  load(0, 12);
  let faces = [0];
  if (view.getUint32(0) === 0x74746366) {
    // "ttcf": numFonts at 8, their offsets from 12
    const count = Math.min(view.getUint32(8), Math.floor((bytes.length - 12) / 4));
    load(12, 12 + 4 * count);
    faces = Array.from({ length: count }, (_, i) => view.getUint32(12 + 4 * i));
  }
  for (const dir of faces) {
    load(dir, dir + 12);
    if (dir + 12 > bytes.length) continue;
    const tables = view.getUint16(dir + 4);
    load(dir + 12, dir + 12 + 16 * tables);
    for (let i = 0; i < tables && dir + 28 + 16 * i <= bytes.length; i++) {
      const rec = dir + 12 + 16 * i;
      if (view.getUint32(rec) === 0x6e616d65)
        load(view.getUint32(rec + 8), view.getUint32(rec + 8) + view.getUint32(rec + 12)); // "name"
    }
  }
}

/** "…-Regular.ttc" → "…-Bold.ttc" when that file exists and has the same family. */
function boldSibling(file: string, family: string): string | undefined {
  const bold = file.replace(/-Regular(\.\w+)$/, "-Bold$1");
  if (bold === file || !existsSync(bold)) return undefined;
  try {
    return fontFamilies(fontFile(bold).bytes).includes(family) ? bold : undefined;
  } catch {
    return undefined; // an unreadable bold file only costs the title its weight
  }
}

/** The first candidate whose name table we can read, with its preferred family. */
function firstReadable(files: readonly string[]): CjkFont | undefined {
  for (const file of files) {
    try {
      const family = preferredChineseFamily(fontFamilies(fontFile(file).bytes));
      if (family === undefined) continue;
      const boldFile = boldSibling(file, family);
      return boldFile === undefined ? { file, family } : { file, family, boldFile };
    } catch (e) {
      if (!(e instanceof FontFileError) && !(e instanceof Error && "code" in e)) throw e;
    }
  }
  return undefined;
}

let cached: CjkFont | undefined;

/**
 * A CJK font on this machine: the search folders first, then fontconfig.
 * @throws CjkFontMissingError when there is none (never render with blank labels).
 */
export function findCjkFont(options: FindCjkFontOptions = {}): CjkFont {
  const isDefault = options.searchDirs === undefined && options.useFontconfig !== false;
  if (isDefault && cached !== undefined) return cached;
  const dirs = options.searchDirs ?? DEFAULT_FONT_DIRS;
  const font =
    firstReadable(fromDirs(dirs)) ?? (options.useFontconfig === false ? undefined : firstReadable(fromFontconfig()));
  if (font === undefined)
    throw new CjkFontMissingError(
      options.useFontconfig === false ? dirs : [...dirs, "fontconfig (fc-match, fc-list :lang=zh)"],
    );
  if (isDefault) cached = font;
  return font;
}
