import { execFileSync } from "node:child_process";
import { mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CjkFontMissingError, findCjkFont } from "../../src/node/cjk-font.js";
import { FontFileError, fontFamilies, preferredChineseFamily } from "../../src/charts/font-names.js";

/** A minimal font: a table directory with one `name` table holding nameID 1 (and 16) in UTF-16BE, Windows en-US. */
function fakeFont(names: Record<number, string>): Uint8Array {
  const records = Object.entries(names).map(([id, text]) => ({
    id: Number(id),
    bytes: [...text].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]),
  }));
  const nameHeader = 6 + 12 * records.length;
  const nameLength = nameHeader + records.reduce((n, r) => n + r.bytes.length, 0);
  const out = new Uint8Array(12 + 16 + nameLength);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0x00010000); // sfnt version of a TrueType font
  view.setUint16(4, 1); // one table
  out.set(
    [..."name"].map((c) => c.charCodeAt(0)),
    12,
  );
  view.setUint32(12 + 8, 28);
  view.setUint32(12 + 12, nameLength);
  view.setUint16(28 + 2, records.length);
  view.setUint16(28 + 4, nameHeader);
  let offset = 0;
  records.forEach((r, i) => {
    const rec = 28 + 6 + 12 * i;
    view.setUint16(rec, 3);
    view.setUint16(rec + 2, 1);
    view.setUint16(rec + 4, 0x409);
    view.setUint16(rec + 6, r.id);
    view.setUint16(rec + 8, r.bytes.length);
    view.setUint16(rec + 10, offset);
    out.set(r.bytes, 28 + nameHeader + offset);
    offset += r.bytes.length;
  });
  return out;
}

describe("fontFamilies", () => {
  it("reads the family name, preferring the typographic family (nameID 16) as fontdb does", () => {
    expect(fontFamilies(fakeFont({ 1: "Test Sans" }))).toEqual(["Test Sans"]);
    expect(fontFamilies(fakeFont({ 1: "Test Sans Light", 16: "Test Sans" }))).toEqual(["Test Sans"]);
  });

  it("rejects bytes that are not a font, and truncated fonts", () => {
    expect(() => fontFamilies(new TextEncoder().encode("STARTFONT 2.1"))).toThrow(FontFileError);
    expect(() => fontFamilies(fakeFont({ 1: "Test Sans" }).slice(0, 40))).toThrow(FontFileError);
  });

  it("prefers the proportional simplified-Chinese face of a collection", () => {
    expect(preferredChineseFamily(["Noto Sans CJK JP", "Noto Sans Mono CJK SC", "Noto Sans CJK SC"])).toBe(
      "Noto Sans CJK SC",
    );
    expect(preferredChineseFamily(["WenQuanYi Micro Hei", "DejaVu Sans"])).toBe("WenQuanYi Micro Hei");
    expect(preferredChineseFamily([])).toBeUndefined();
  });
});

describe("findCjkFont", () => {
  let empty = "";
  let linked = "";
  let bogus = "";
  beforeAll(async () => {
    empty = await mkdtemp(join(tmpdir(), "ul-fonts-empty-"));
    linked = await mkdtemp(join(tmpdir(), "ul-fonts-linked-"));
    bogus = await mkdtemp(join(tmpdir(), "ul-fonts-bogus-"));
    await writeFile(join(bogus, "NotoSansCJK-Regular.ttc"), "not a font");
  });
  afterAll(async () => {
    for (const dir of [empty, linked, bogus]) await rm(dir, { recursive: true, force: true });
  });

  it("finds Noto Sans CJK on this machine, names its SC face, and finds its bold file", () => {
    const font = findCjkFont();
    expect(font.file).toMatch(/NotoSansCJK-Regular\.(ttc|otf)$/);
    expect(font.family).toBe("Noto Sans CJK SC");
    expect(font.boldFile).toBe(font.file.replace("-Regular", "-Bold"));
  });

  it("looks in the folders it is given, and takes a bold file only if it holds the same family", async () => {
    const { file, boldFile } = findCjkFont();
    await symlink(file, join(linked, "NotoSerifCJK-Regular.ttc"));
    expect(findCjkFont({ searchDirs: [empty, linked], useFontconfig: false })).toEqual({
      file: join(linked, "NotoSerifCJK-Regular.ttc"),
      family: "Noto Sans CJK SC",
    });
    await symlink(boldFile ?? "", join(linked, "NotoSerifCJK-Bold.ttc"));
    expect(findCjkFont({ searchDirs: [linked], useFontconfig: false }).boldFile).toBe(
      join(linked, "NotoSerifCJK-Bold.ttc"),
    );
    await writeFile(join(bogus, "NotoSansCJK-Bold.otf"), "not a font either"); // the sibling of the .otf below
    await symlink(file, join(bogus, "NotoSansCJK-Regular.otf"));
    expect(findCjkFont({ searchDirs: [bogus], useFontconfig: false })).toEqual({
      file: join(bogus, "NotoSansCJK-Regular.otf"),
      family: "Noto Sans CJK SC",
    });
    await rm(join(bogus, "NotoSansCJK-Regular.otf"));
  });

  it("falls back to fontconfig's Chinese fonts when the folders have none", () => {
    const font = findCjkFont({ searchDirs: [empty], useFontconfig: true });
    const zh = execFileSync("fc-list", [":lang=zh", "file"], { encoding: "utf8" });
    expect(zh).toContain(font.file);
    expect(font.family).toMatch(/CJK|Hei|Song|Han/);
  });

  it("throws CjkFontMissingError, in Chinese and English, when there is no CJK font (or only a broken file)", () => {
    for (const dir of [empty, bogus]) {
      let error: unknown;
      try {
        findCjkFont({ searchDirs: [dir], useFontconfig: false });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(CjkFontMissingError);
      const e = error as CjkFontMissingError;
      expect(e.name).toBe("CjkFontMissingError");
      expect(e.message).toContain("未找到中文字体");
      expect(e.message).toContain("No CJK font found");
      expect(e.message).toContain("fonts-noto-cjk");
      expect(e.message).toContain(dir);
    }
  });
});
