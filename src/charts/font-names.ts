/**
 * The family names inside an OpenType/TrueType font file or collection (.otf/.ttf/.ttc), read from its `name` table.
 * resvg matches an SVG `font-family` against these names (fontdb indexes each face by its family names), so the
 * renderer must ask for a name the file really has: a `.ttc` such as NotoSansCJK-Regular.ttc holds one face per
 * region (JP, KR, SC, TC, HK), and only "Noto Sans CJK SC" gives the simplified-Chinese glyph forms.
 *
 * Pure (bytes in, names out) so it can be tested without a font installed. Layouts from the OpenType spec:
 * - TTC header: tag "ttcf", uint32 numFonts at 8, uint32 offsets to each face's table directory from 12;
 * - table directory: uint16 numTables at 4, 16-byte records from 12 (tag, checksum, offset, length);
 * - `name` table: uint16 count at 2, uint16 stringOffset at 4, 12-byte records from 6 (platformID, encodingID,
 *   languageID, nameID, length, offset); Windows (platform 3) strings are UTF-16BE.
 */

/** Name IDs: 16 is the typographic family (preferred when present, as fontdb does), 1 the legacy family. */
const TYPOGRAPHIC_FAMILY = 16;
const FAMILY = 1;
const WINDOWS = 3;
const EN_US = 0x0409;

export class FontFileError extends Error {
  override name = "FontFileError";
}

function tag(view: DataView, at: number): string {
  return String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));
}

function utf16be(bytes: Uint8Array, start: number, length: number): string {
  let s = "";
  for (let i = start; i + 1 < start + length; i += 2)
    s += String.fromCharCode(((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0));
  return s;
}

/** The offsets of each face's table directory: several in a collection, one (0) in a plain font. */
function faceOffsets(view: DataView): number[] {
  if (tag(view, 0) !== "ttcf") return [0];
  const count = view.getUint32(8);
  return Array.from({ length: count }, (_, i) => view.getUint32(12 + 4 * i));
}

/** The English (US, Windows) family name of one face, or undefined when it has none. */
function faceFamily(bytes: Uint8Array, view: DataView, dirOffset: number): string | undefined {
  const numTables = view.getUint16(dirOffset + 4);
  let nameOffset: number | undefined;
  for (let i = 0; i < numTables; i++) {
    const rec = dirOffset + 12 + 16 * i;
    if (tag(view, rec) === "name") nameOffset = view.getUint32(rec + 8);
  }
  if (nameOffset === undefined) return undefined;
  const count = view.getUint16(nameOffset + 2);
  const strings = nameOffset + view.getUint16(nameOffset + 4);
  const found = new Map<number, string>();
  for (let i = 0; i < count; i++) {
    const rec = nameOffset + 6 + 12 * i;
    const nameId = view.getUint16(rec + 6);
    if (view.getUint16(rec) !== WINDOWS || view.getUint16(rec + 4) !== EN_US) continue;
    if (nameId !== TYPOGRAPHIC_FAMILY && nameId !== FAMILY) continue;
    found.set(nameId, utf16be(bytes, strings + view.getUint16(rec + 10), view.getUint16(rec + 8)));
  }
  return found.get(TYPOGRAPHIC_FAMILY) ?? found.get(FAMILY);
}

/**
 * The family name of every face in the file, in file order, without repeats.
 * @throws FontFileError when the bytes are not an OpenType font or collection (e.g. a .pcf bitmap font).
 */
export function fontFamilies(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const families: string[] = [];
  try {
    const first = view.byteLength >= 4 ? tag(view, 0) : "";
    if (!["ttcf", "OTTO", "true", "\u0000\u0001\u0000\u0000"].includes(first))
      throw new FontFileError("not an OpenType font");
    for (const offset of faceOffsets(view)) {
      const family = faceFamily(bytes, view, offset);
      if (family !== undefined && family !== "" && !families.includes(family)) families.push(family);
    }
  } catch (e) {
    // DataView throws RangeError on a truncated file; report it as the same kind of error as a wrong format.
    if (e instanceof FontFileError) throw e;
    throw new FontFileError(`truncated font file: ${String(e)}`);
  }
  return families;
}

/**
 * Where the table directory of the face named `family` starts: 0 in a plain font, the face's offset in a collection;
 * undefined when no face has that family.
 * @throws FontFileError when the bytes are not an OpenType font or collection.
 */
export function faceOffset(bytes: Uint8Array, family: string): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    return faceOffsets(view).find((offset) => faceFamily(bytes, view, offset) === family);
  } catch (e) {
    throw new FontFileError(`truncated font file: ${String(e)}`);
  }
}

/**
 * The face to name in CSS: proportional simplified Chinese ("Noto Sans CJK SC", not the "Mono" one) first, then any
 * "… SC", then any CJK face, then the first.
 */
export function preferredChineseFamily(families: readonly string[]): string | undefined {
  return (
    families.find((f) => /\bSC$/.test(f) && !/\bMono\b/.test(f)) ??
    families.find((f) => /\bSC$/.test(f)) ??
    families.find((f) => /CJK|Han|Hei|Song|Kai|Ming|WenQuanYi/i.test(f)) ??
    families[0]
  );
}
