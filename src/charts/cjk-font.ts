import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { FontFileError, fontFamilies, preferredChineseFamily } from "./font-names.js";

/**
 * Finds a font with Chinese glyphs for the PNG renderer (Node only). resvg draws nothing for a glyph no loaded font
 * has, and we load no system fonts (`loadSystemFonts: false`, for speed and reproducibility), so without this font
 * every Chinese title and label would silently be blank: we throw instead.
 */
export class CjkFontMissingError extends Error {
  override name = "CjkFontMissingError";
  constructor(searched: readonly string[]) {
    super(
      "未找到中文字体，无法绘制图表中的中文。请安装 Noto CJK 字体（Debian/Ubuntu：sudo apt-get install fonts-noto-cjk）。" +
        ` / No CJK font found, so chart labels cannot be drawn. Install fonts-noto-cjk (Debian/Ubuntu: sudo apt-get install fonts-noto-cjk). Searched: ${searched.join(", ") || "(nothing)"}.`,
    );
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

/** "…-Regular.ttc" → "…-Bold.ttc" when that file exists and has the same family. */
function boldSibling(file: string, family: string): string | undefined {
  const bold = file.replace(/-Regular(\.\w+)$/, "-Bold$1");
  if (bold === file || !existsSync(bold)) return undefined;
  try {
    return fontFamilies(readFileSync(bold)).includes(family) ? bold : undefined;
  } catch {
    return undefined; // an unreadable bold file only costs the title its weight
  }
}

/** The first candidate whose name table we can read, with its preferred family. */
function firstReadable(files: readonly string[]): CjkFont | undefined {
  for (const file of files) {
    try {
      const family = preferredChineseFamily(fontFamilies(readFileSync(file)));
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
  const font = firstReadable(fromDirs(dirs)) ?? (options.useFontconfig === false ? undefined : firstReadable(fromFontconfig()));
  if (font === undefined) throw new CjkFontMissingError(options.useFontconfig === false ? dirs : [...dirs, "fontconfig (fc-match, fc-list :lang=zh)"]);
  if (isDefault) cached = font;
  return font;
}
