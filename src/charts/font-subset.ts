import { faceOffset } from "./font-names.js";

/**
 * A small font holding only the glyphs of the characters a chart draws, cut from one face of a CFF-flavoured OpenType
 * font or collection (NotoSansCJK-Regular.ttc: 10 faces sharing one 15 MB `CFF ` table). Pure: bytes in, bytes out.
 *
 * Why: resvg-js 2.6 (Node) takes fonts only as file paths and its font database keeps the path, not the bytes, so it
 * reads the whole file again for every text it shapes (about 600 times, 11 GB, for the four charts of a report).
 * Handed a subset of the one face, it reads 0.1 MB instead, and draws the same pixels.
 *
 * Two forms, both drawing exactly what the whole face draws:
 * - compact (about 0.1 MB for a chart), when GSUB, GPOS and GDEF cannot change the drawn text (no default substitution
 *   or kerning pair applies to its glyphs, no combining mark: `layoutTouched`, `substitutionTouched`): the glyphs
 *   renumbered in their order, `CFF ` (CharStrings, charset, FDSelect), `hmtx`, `hhea`, `maxp`, `post` (version 3)
 *   rebuilt for them, without GSUB, GPOS, GDEF, BASE;
 * - numbers kept (about 0.8 MB), otherwise: every glyph keeps its number (unused ones an empty `endchar`), so GSUB,
 *   GPOS, GDEF, BASE, `hmtx`, charset and FDSelect are copied unchanged, and the glyphs the default substitutions can
 *   make of the text's are kept too (`substitutionClosure`).
 * Both rebuild `CFF ` around the kept charstrings and the global and local subroutines they call (others emptied,
 * indexes kept so the calls' numbers still hold; Top, Font and Private DICTs with their offsets rewritten), write a
 * `cmap` (format 12) of the requested characters, and copy `head`, `OS/2`, `name`; the vertical tables are left out.
 *
 * Layouts: OpenType spec (table directory, cmap formats 4 and 12, head, hmtx, GSUB/GPOS common tables, PairPos, GDEF)
 * and Adobe TN #5176 (CFF: INDEX, DICT, charset, FDSelect) and TN #5177 (Type 2 charstrings: operands, stem hints,
 * hintmask, subroutine bias).
 */

/**
 * Makes sure bytes [start, end) of the buffer hold the file's bytes: for a font file read on demand (cjk-font.ts reads
 * only the blocks the subset needs, about 2 of the collection's 19 MB). A no-op for bytes read whole.
 */
export type Load = (start: number, end: number) => void;
const whole: Load = () => undefined;

/** The font cannot be subset here (not CFF, CFF2, a custom Encoding, damage): use the whole file instead. */
export class FontSubsetError extends Error {
  override name = "FontSubsetError";
}

const fail = (why: string): never => {
  throw new FontSubsetError(why);
};

const u8 = (b: Uint8Array, at: number): number => {
  const v = b[at];
  return v === undefined ? fail(`read past the end at ${at}`) : v;
};
const u16 = (b: Uint8Array, at: number): number => (u8(b, at) << 8) | u8(b, at + 1);
const u32 = (b: Uint8Array, at: number): number => u16(b, at) * 0x10000 + u16(b, at + 2);
/** A copy of a table to change (a Buffer's `slice` would be a view of the font's bytes). */
const copy = (b: Uint8Array): Uint8Array => new Uint8Array(b);
const tagAt = (b: Uint8Array, at: number): string =>
  String.fromCharCode(u8(b, at), u8(b, at + 1), u8(b, at + 2), u8(b, at + 3));

/** A growable big-endian byte writer. */
class Out {
  private buf = new Uint8Array(1024);
  length = 0;
  private room(n: number): void {
    if (this.length + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.length + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }
  u8(v: number): this {
    this.room(1);
    this.buf[this.length++] = v & 0xff;
    return this;
  }
  u16(v: number): this {
    return this.u8(v >>> 8).u8(v);
  }
  u32(v: number): this {
    return this.u16(v >>> 16).u16(v & 0xffff);
  }
  bytes(b: Uint8Array): this {
    this.room(b.length);
    this.buf.set(b, this.length);
    this.length += b.length;
    return this;
  }
  done(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

// ---- CFF INDEX -----------------------------------------------------------------------------------------------

interface Index {
  readonly count: number;
  /** Where the offsets start, offSize bytes each; they count from `base`, the byte before the data. */
  readonly offsetsAt: number;
  readonly offSize: number;
  readonly base: number;
  /** First byte after the INDEX. */
  readonly end: number;
}

/**
 * An INDEX's count and where its offsets are. Offsets and items are read when used (`span`, `item`): a subset needs a
 * few hundred of the 65,535 glyphs' offsets, and so reads a few blocks of the file, not 200 kB.
 */
function readIndex(b: Uint8Array, at: number, load: Load): Index {
  load(at, at + 3);
  const count = u16(b, at);
  if (count === 0) return { count, offsetsAt: at + 2, offSize: 1, base: at + 1, end: at + 2 };
  const offSize = u8(b, at + 2);
  if (offSize < 1 || offSize > 4) fail(`INDEX at ${at}: offSize ${offSize}`);
  const index = { count, offsetsAt: at + 3, offSize, base: at + 3 + (count + 1) * offSize - 1, end: b.length };
  const end = offsetOf(b, index, count, load);
  if (end > b.length) fail(`INDEX at ${at} runs past the table`);
  return { ...index, end };
}

function offsetOf(b: Uint8Array, index: Index, i: number, load: Load): number {
  const at = index.offsetsAt + i * index.offSize;
  load(at, at + index.offSize);
  let o = 0;
  for (let k = 0; k < index.offSize; k++) o = o * 256 + u8(b, at + k);
  if (o < 1) fail(`INDEX offset ${i} is 0`);
  return index.base + o;
}

/** Where item `i` starts and ends. */
function span(b: Uint8Array, index: Index, i: number, load: Load): [number, number] {
  if (i < 0 || i >= index.count) fail(`INDEX item ${i} of ${index.count}`);
  const start = offsetOf(b, index, i, load);
  const end = offsetOf(b, index, i + 1, load);
  if (end < start || end > index.end) fail(`INDEX item ${i}: offsets out of order`);
  return [start, end];
}

function item(b: Uint8Array, index: Index, i: number, load: Load): Uint8Array {
  const [start, end] = span(b, index, i, load);
  load(start, end);
  return b.subarray(start, end);
}

/** An INDEX of these items. */
function writeIndex(items: readonly Uint8Array[]): Uint8Array {
  const count = items.length;
  if (count === 0) return new Uint8Array(2);
  const data = items.reduce((n, it) => n + it.length, 0);
  const offSize = offSizeFor(data);
  const out = new Uint8Array(3 + (count + 1) * offSize + data);
  out.set([count >> 8, count & 0xff, offSize]);
  let o = 1;
  let d = 3 + (count + 1) * offSize;
  writeOffset(out, 3, o, offSize);
  items.forEach((it, i) => {
    out.set(it, d);
    d += it.length;
    writeOffset(out, 3 + (i + 1) * offSize, (o += it.length), offSize);
  });
  return out;
}

const offSizeFor = (data: number): number =>
  data + 1 < 0x100 ? 1 : data + 1 < 0x10000 ? 2 : data + 1 < 0x1000000 ? 3 : 4;

function writeOffset(out: Uint8Array, at: number, o: number, offSize: number): void {
  for (let k = offSize - 1, p = at; k >= 0; k--) out[p++] = (o >>> (8 * k)) & 0xff;
}

/**
 * `index` again with only the items `keep` marks (1); every other item becomes `filler` (an empty subroutine, or an
 * `endchar` glyph), so item numbers stay as they were. Written straight into one buffer: 65,535 glyphs in about 1 ms.
 */
function prunedIndex(
  src: Uint8Array,
  index: Index,
  keep: Uint8Array,
  filler: readonly number[],
  load: Load,
): Uint8Array {
  const { count } = index;
  if (count === 0) return new Uint8Array(2);
  const kept = new Map<number, Uint8Array>();
  let data = 0;
  for (let i = 0; i < count; i++) {
    if (keep[i] !== 1) data += filler.length;
    else {
      const it = item(src, index, i, load);
      kept.set(i, it);
      data += it.length;
    }
  }
  const offSize = offSizeFor(data);
  const out = new Uint8Array(3 + (count + 1) * offSize + data);
  out.set([count >> 8, count & 0xff, offSize]);
  let o = 1;
  let d = 3 + (count + 1) * offSize;
  writeOffset(out, 3, o, offSize);
  for (let i = 0; i < count; i++) {
    const it = kept.get(i);
    if (it) {
      out.set(it, d);
      d += it.length;
      o += it.length;
    } else {
      for (const f of filler) out[d++] = f;
      o += filler.length;
    }
    writeOffset(out, 3 + (i + 1) * offSize, o, offSize);
  }
  return out;
}

// ---- CFF DICT ------------------------------------------------------------------------------------------------

/** Two-byte operators are 12 followed by a second byte: stored as 0x0c00 | second. */
const OP = {
  charset: 15,
  encoding: 16,
  charStrings: 17,
  private: 18,
  subrs: 19,
  charstringType: 0x0c06,
  ros: 0x0c1e,
  fdArray: 0x0c24,
  fdSelect: 0x0c25,
} as const;

interface DictEntry {
  readonly op: number;
  /** Integer operands as numbers; real operands as NaN (they are only copied). */
  readonly operands: readonly number[];
  /** The entry's bytes, operands and operator, for copying it unchanged. */
  readonly raw: Uint8Array;
}

function readDict(b: Uint8Array, start: number, end: number, load: Load): DictEntry[] {
  load(start, end);
  const entries: DictEntry[] = [];
  let operands: number[] = [];
  let entryStart = start;
  let p = start;
  while (p < end) {
    const b0 = u8(b, p++);
    if (b0 <= 21) {
      const op = b0 === 12 ? 0x0c00 | u8(b, p++) : b0;
      entries.push({ op, operands, raw: b.subarray(entryStart, p) });
      operands = [];
      entryStart = p;
    } else if (b0 === 28) {
      operands.push((u16(b, p) << 16) >> 16);
      p += 2;
    } else if (b0 === 29) {
      operands.push(u32(b, p) | 0);
      p += 4;
    } else if (b0 === 30) {
      for (;;) {
        const nibbles = u8(b, p++);
        if ((nibbles & 0x0f) === 0x0f || nibbles >> 4 === 0x0f) break;
      }
      operands.push(Number.NaN);
    } else if (b0 >= 32 && b0 <= 246) operands.push(b0 - 139);
    else if (b0 >= 247 && b0 <= 250) operands.push((b0 - 247) * 256 + u8(b, p++) + 108);
    else if (b0 >= 251 && b0 <= 254) operands.push(-(b0 - 251) * 256 - u8(b, p++) - 108);
    else fail(`DICT: reserved byte ${b0}`);
  }
  if (p !== end || operands.length > 0) fail("DICT does not end with an operator");
  return entries;
}

function operandOf(entries: readonly DictEntry[], op: number, i = 0): number | undefined {
  const v = entries.find((e) => e.op === op)?.operands[i];
  if (v !== undefined && !Number.isInteger(v)) fail(`DICT operator ${op}: not an integer`);
  return v;
}

/** The DICT again, with the operands of `replace`'s operators written as 5-byte integers (so its size never depends on them). */
function writeDict(entries: readonly DictEntry[], replace: ReadonlyMap<number, readonly number[]>): Uint8Array {
  const out = new Out();
  for (const e of entries) {
    const values = replace.get(e.op);
    if (values === undefined) {
      out.bytes(e.raw);
      continue;
    }
    for (const v of values) out.u8(29).u32(v >>> 0);
    if (e.op >= 0x0c00) out.u8(12);
    out.u8(e.op & 0xff);
  }
  return out.done();
}

// ---- Type 2 charstrings: which subroutines a glyph calls --------------------------------------------------------

const bias = (count: number): number => (count < 1240 ? 107 : count < 33900 ? 1131 : 32768);

interface Subrs {
  readonly index: Index;
  /** 1 for each subroutine a kept glyph calls. */
  readonly used: Uint8Array;
}

interface Walk {
  readonly cff: Uint8Array;
  readonly load: Load;
  readonly global: Subrs;
  readonly local: Subrs | undefined;
  readonly stack: number[];
  stems: number;
}

/**
 * Interprets a charstring only as far as needed to follow its subroutine calls: numbers onto the stack, stem hints
 * counted (hintmask and cntrmask are followed by one bit per stem), callsubr/callgsubr take the biased index from the
 * stack. Returns true at endchar, which ends the glyph from any depth.
 */
function walk(cs: Uint8Array, w: Walk, depth: number): boolean {
  if (depth > 10) fail("charstring subroutines nest deeper than 10");
  const { stack } = w;
  let i = 0;
  while (i < cs.length) {
    const b0 = u8(cs, i++);
    if (b0 >= 32) {
      if (b0 <= 246) stack.push(b0 - 139);
      else if (b0 <= 250) stack.push((b0 - 247) * 256 + u8(cs, i++) + 108);
      else if (b0 <= 254) stack.push(-(b0 - 251) * 256 - u8(cs, i++) - 108);
      else {
        stack.push(Math.trunc((u32(cs, i) | 0) / 65536));
        i += 4;
      }
      continue;
    }
    switch (b0) {
      case 28:
        stack.push((u16(cs, i) << 16) >> 16);
        i += 2;
        break;
      case 1: // hstem
      case 3: // vstem
      case 18: // hstemhm
      case 23: // vstemhm
        w.stems += stack.length >> 1;
        stack.length = 0;
        break;
      case 19: // hintmask
      case 20: // cntrmask: a vstem list may precede it without its operator
        w.stems += stack.length >> 1;
        stack.length = 0;
        i += (w.stems + 7) >> 3;
        break;
      case 10: // callsubr
      case 29: {
        // callgsubr
        const subrs = b0 === 10 ? w.local : w.global;
        const n = stack.pop();
        if (subrs === undefined || n === undefined) return fail("charstring calls a subroutine that does not exist");
        const index = n + bias(subrs.index.count);
        if (index < 0 || index >= subrs.index.count)
          fail(`charstring calls subroutine ${index} of ${subrs.index.count}`);
        subrs.used[index] = 1;
        if (walk(item(w.cff, subrs.index, index, w.load), w, depth + 1)) return true;
        break;
      }
      case 11: // return
        return false;
      case 14: // endchar
        return true;
      case 12: // two-byte operators (flex, arithmetic): none call subroutines
        i++;
        stack.length = 0;
        break;
      default:
        stack.length = 0;
    }
  }
  return false;
}

// ---- cmap ----------------------------------------------------------------------------------------------------

type CharToGlyph = (cp: number) => number;

/** The face's Unicode cmap: format 12 (full Unicode) if it has one, else format 4 (BMP). */
function readCmap(b: Uint8Array, at: number): CharToGlyph {
  const n = u16(b, at + 2);
  let best: { rank: number; offset: number } | undefined;
  for (let i = 0; i < n; i++) {
    const rec = at + 4 + 8 * i;
    const platform = u16(b, rec);
    const encoding = u16(b, rec + 2);
    const offset = at + u32(b, rec + 4);
    const format = u16(b, offset);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode || (format !== 12 && format !== 4)) continue;
    const rank = format === 12 ? 0 : 1;
    if (best === undefined || rank < best.rank) best = { rank, offset };
  }
  if (best === undefined) return fail("no Unicode cmap");
  const t = best.offset;
  if (best.rank === 0) {
    const groups = u32(b, t + 12);
    return (cp) => {
      let lo = 0;
      let hi = groups - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const g = t + 16 + 12 * mid;
        if (cp < u32(b, g)) hi = mid - 1;
        else if (cp > u32(b, g + 4)) lo = mid + 1;
        else return u32(b, g + 8) + cp - u32(b, g);
      }
      return 0;
    };
  }
  const segX2 = u16(b, t + 6);
  const ends = t + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const rangeOffsets = deltas + segX2;
  return (cp) => {
    if (cp > 0xffff) return 0;
    for (let s = 0; s < segX2; s += 2) {
      if (cp > u16(b, ends + s)) continue;
      const start = u16(b, starts + s);
      if (cp < start) return 0;
      const delta = u16(b, deltas + s);
      const ro = u16(b, rangeOffsets + s);
      if (ro === 0) return (cp + delta) & 0xffff;
      const g = u16(b, rangeOffsets + s + ro + 2 * (cp - start));
      return g === 0 ? 0 : (g + delta) & 0xffff;
    }
    return 0;
  };
}

/** A cmap with one format 12 subtable, listed as Unicode full repertoire (0,4) and Windows UCS-4 (3,10). */
function writeCmap(pairs: readonly (readonly [number, number])[]): Uint8Array {
  const groups: [number, number, number][] = [];
  for (const [cp, gid] of [...pairs].sort((a, b) => a[0] - b[0])) {
    const last = groups[groups.length - 1];
    if (last && cp === last[1] + 1 && gid === last[2] + (cp - last[0])) last[1] = cp;
    else groups.push([cp, cp, gid]);
  }
  const out = new Out().u16(0).u16(2).u16(0).u16(4).u32(20).u16(3).u16(10).u32(20);
  out
    .u16(12)
    .u16(0)
    .u32(16 + 12 * groups.length)
    .u32(0)
    .u32(groups.length);
  for (const [start, end, gid] of groups) out.u32(start).u32(end).u32(gid);
  return out.done();
}

// ---- GPOS and GDEF: can they change how a text is laid out? ----------------------------------------------------

/** GPOS features a shaper applies to horizontal text without being asked (HarfBuzz's and rustybuzz's defaults). */
const DEFAULT_GPOS_FEATURES = new Set(["kern", "mark", "mkmk", "curs", "dist", "abvm", "blwm"]);

/** A Coverage table's index of `gid`, or -1 when it does not cover it. */
function coverageIndex(b: Uint8Array, at: number, gid: number): number {
  const format = u16(b, at);
  const count = u16(b, at + 2);
  let lo = 0;
  let hi = count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (format === 1) {
      const g = u16(b, at + 4 + 2 * mid);
      if (g === gid) return mid;
      if (g < gid) lo = mid + 1;
      else hi = mid - 1;
    } else if (format === 2) {
      const r = at + 4 + 6 * mid;
      if (gid < u16(b, r)) hi = mid - 1;
      else if (gid > u16(b, r + 2)) lo = mid + 1;
      else return u16(b, r + 4) + gid - u16(b, r);
    } else return fail(`Coverage format ${format}`);
  }
  return -1;
}

/** A ClassDef table's class of `gid` (0 when it has none). */
function classOf(b: Uint8Array, at: number, gid: number): number {
  const format = u16(b, at);
  if (format === 1) {
    const i = gid - u16(b, at + 2);
    return i >= 0 && i < u16(b, at + 4) ? u16(b, at + 6 + 2 * i) : 0;
  }
  if (format !== 2) return fail(`ClassDef format ${format}`);
  for (let lo = 0, hi = u16(b, at + 2) - 1; lo <= hi;) {
    const mid = (lo + hi) >> 1;
    const r = at + 4 + 6 * mid;
    if (gid < u16(b, r)) hi = mid - 1;
    else if (gid > u16(b, r + 2)) lo = mid + 1;
    else return u16(b, r + 4);
  }
  return 0;
}

/** Bytes of a ValueRecord of this format: two per bit set. */
const valueSize = (format: number): number => {
  let n = 0;
  for (let f = format; f !== 0; f >>= 1) n += f & 1;
  return 2 * n;
};

/** Whether any field of the value records in [at, at + size) is not zero (an adjustment, or a device table). */
function nonZero(b: Uint8Array, at: number, size: number): boolean {
  for (let i = at; i < at + size; i++) if (u8(b, i) !== 0) return true;
  return false;
}

/**
 * Whether a default GPOS lookup could move any of the `glyphs` (a set, not a text: every pair of them counts as
 * neighbours), or GDEF classes one as a mark (shapers zero a mark's advance). When not, the glyphs are laid out the
 * same without GPOS and GDEF. Kerning is looked at pair by pair (PairPos: a pair adjusted by nothing does not count);
 * the other lookups count when one of the glyphs is in their first Coverage (where they start: a single glyph, a
 * cursive glyph, a mark), and contextual ones (7, 8), which start other lookups further on, always.
 */
function layoutTouched(gpos: Uint8Array | undefined, gdef: Uint8Array | undefined, glyphs: readonly number[]): boolean {
  const glyphDef = gdef && u16(gdef, 4) !== 0 ? u16(gdef, 4) : undefined;
  if (gdef && glyphDef !== undefined && glyphs.some((g) => classOf(gdef, glyphDef, g) === 3)) return true;
  if (!gpos) return false;
  const features = u16(gpos, 6);
  const lookups = u16(gpos, 8);
  const used = new Set<number>();
  for (let i = 0, n = u16(gpos, features); i < n; i++) {
    const rec = features + 2 + 6 * i;
    if (!DEFAULT_GPOS_FEATURES.has(tagAt(gpos, rec))) continue;
    const feature = features + u16(gpos, rec + 4);
    for (let k = 0, m = u16(gpos, feature + 2); k < m; k++) used.add(u16(gpos, feature + 4 + 2 * k));
  }
  const drawn = new Set(glyphs);
  for (const index of used) {
    const lookup = lookups + u16(gpos, lookups + 2 + 2 * index);
    const type = u16(gpos, lookup);
    for (let k = 0, m = u16(gpos, lookup + 4); k < m; k++) {
      let sub = lookup + u16(gpos, lookup + 6 + 2 * k);
      const kind = type === 9 ? u16(gpos, sub + 2) : type;
      if (type === 9) sub += u32(gpos, sub + 4);
      if (kind < 1 || kind > 6) return true;
      const coverage = sub + u16(gpos, sub + 2);
      const firsts = glyphs.map((g) => [g, coverageIndex(gpos, coverage, g)] as const).filter(([, i]) => i >= 0);
      if (firsts.length === 0) continue;
      if (kind !== 2) return true;
      const format = u16(gpos, sub);
      const size1 = valueSize(u16(gpos, sub + 4));
      const size2 = valueSize(u16(gpos, sub + 6));
      if (format === 1) {
        for (const [, i] of firsts) {
          const set = sub + u16(gpos, sub + 10 + 2 * i);
          for (let r = 0, n = u16(gpos, set); r < n; r++) {
            const rec = set + 2 + r * (2 + size1 + size2);
            if (drawn.has(u16(gpos, rec)) && nonZero(gpos, rec + 2, size1 + size2)) return true;
          }
        }
      } else if (format === 2) {
        const classDef1 = sub + u16(gpos, sub + 8);
        const classDef2 = sub + u16(gpos, sub + 10);
        const class2Count = u16(gpos, sub + 14);
        const seconds = [...new Set(glyphs.map((g) => classOf(gpos, classDef2, g)))];
        for (const [g] of firsts) {
          const row = sub + 16 + classOf(gpos, classDef1, g) * class2Count * (size1 + size2);
          if (seconds.some((c2) => nonZero(gpos, row + c2 * (size1 + size2), size1 + size2))) return true;
        }
      } else return true;
    }
  }
  return false;
}

// ---- GSUB: the glyphs substitutions can lead to ------------------------------------------------------------------

/**
 * GSUB features a shaper applies to horizontal text without being asked (HarfBuzz's and rustybuzz's defaults, the
 * Hangul jamo ones included, and `locl`).
 */
const DEFAULT_GSUB_FEATURES = new Set(["ccmp", "locl", "rlig", "calt", "clig", "liga", "rclt", "ljmo", "vjmo", "tjmo"]);

/** OpenType script tags by the Unicode scripts whose letters make a run of that script. */
const SCRIPTS: Record<string, RegExp> = {
  latn: /\p{Script=Latin}/u,
  grek: /\p{Script=Greek}/u,
  cyrl: /\p{Script=Cyrillic}/u,
  hani: /\p{Script=Han}/u,
  kana: /\p{Script=Hiragana}|\p{Script=Katakana}/u,
  hang: /\p{Script=Hangul}/u,
};

/** The script tags a text's runs can have: DFLT, those of its letters, and any the table has that SCRIPTS does not know. */
function scriptsOf(chars: readonly number[]): Set<string> {
  const text = String.fromCodePoint(...chars);
  const tags = new Set(["DFLT"]);
  for (const [tag, re] of Object.entries(SCRIPTS)) if (re.test(text)) tags.add(tag);
  return tags;
}

/**
 * The features of the default language system (and required feature) of the scripts a text's runs can have: what a
 * shaper told no language applies, and resvg-js 2.6 tells it none (`xml:lang` and the `languages` option change no
 * pixel: checked). Noto CJK's `locl` for Chinese, Japanese and Korean forms sits under those languages; its default
 * `locl` (other digits in Latin, Greek and Cyrillic runs) applies only where a text has such letters: digits and
 * punctuation, script-less, take the script of the letters around them.
 */
function defaultLanguageFeatures(table: Uint8Array, present: ReadonlySet<string>): Set<number> {
  const scripts = u16(table, 4);
  const features = new Set<number>();
  for (let i = 0, n = u16(table, scripts); i < n; i++) {
    const tag = tagAt(table, scripts + 2 + 6 * i);
    if (tag in SCRIPTS && !present.has(tag)) continue;
    const script = scripts + u16(table, scripts + 6 + 6 * i);
    const langSys = u16(table, script);
    if (langSys === 0) continue;
    const at = script + langSys;
    const required = u16(table, at + 2);
    if (required !== 0xffff) features.add(required);
    for (let k = 0, m = u16(table, at + 4); k < m; k++) features.add(u16(table, at + 6 + 2 * k));
  }
  return features;
}

/** A lookup's subtables as [type, offset], Extension (7) subtables followed. */
function subtables(gsub: Uint8Array, lookup: number): [number, number][] {
  const type = u16(gsub, lookup);
  const out: [number, number][] = [];
  for (let k = 0, m = u16(gsub, lookup + 4); k < m; k++) {
    const sub = lookup + u16(gsub, lookup + 6 + 2 * k);
    out.push(type === 7 ? [u16(gsub, sub + 2), sub + u32(gsub, sub + 4)] : [type, sub]);
  }
  return out;
}

/** The lookups a contextual subtable (5, 6) applies, from its SubstLookupRecords. */
function nestedLookups(b: Uint8Array, type: number, sub: number, into: Set<number>): void {
  const records = (at: number, count: number): void => {
    for (let i = 0; i < count; i++) into.add(u16(b, at + 4 * i + 2));
  };
  const format = u16(b, sub);
  if (type === 5 && format === 3) return records(sub + 6 + 2 * u16(b, sub + 2), u16(b, sub + 4));
  if (type === 6 && format === 3) {
    let p = sub + 2;
    p += 2 + 2 * u16(b, p); // backtrack coverages
    p += 2 + 2 * u16(b, p); // input coverages
    p += 2 + 2 * u16(b, p); // lookahead coverages
    return records(p + 2, u16(b, p));
  }
  if (format !== 1 && format !== 2) return fail(`contextual substitution format ${format}`);
  // Formats 1 and 2: sets of rules at the same place (after the class definitions in format 2).
  const setsAt = sub + (type === 5 ? (format === 1 ? 4 : 6) : format === 1 ? 4 : 10);
  for (let i = 0, n = u16(b, setsAt); i < n; i++) {
    const setOffset = u16(b, setsAt + 2 + 2 * i);
    if (setOffset === 0) continue;
    const set = sub + setOffset;
    for (let r = 0, m = u16(b, set); r < m; r++) {
      const rule = set + u16(b, set + 2 + 2 * r);
      if (type === 5) {
        const glyphs = u16(b, rule);
        records(rule + 4 + 2 * (glyphs - 1), u16(b, rule + 2));
      } else {
        let p = rule;
        p += 2 + 2 * u16(b, p); // backtrack
        p += 2 + 2 * (u16(b, p) - 1); // input, less the first glyph
        p += 2 + 2 * u16(b, p); // lookahead
        records(p + 2, u16(b, p));
      }
    }
  }
}

/** Substitutions by the default features: their lookups, and the contextual ones' nested lookups too. */
interface Substitutions {
  /** Subtables that substitute (types 1–4, 8), as [type, offset]. */
  readonly acting: readonly [number, number][];
}

/** The default features' substitutions: of the default language systems only (`only`), or of any. */
function defaultSubstitutions(gsub: Uint8Array, only?: ReadonlySet<number>): Substitutions {
  const features = u16(gsub, 6);
  const lookups = u16(gsub, 8);
  const pending: number[] = [];
  for (let i = 0, n = u16(gsub, features); i < n; i++) {
    const rec = features + 2 + 6 * i;
    if (!DEFAULT_GSUB_FEATURES.has(tagAt(gsub, rec)) || (only && !only.has(i))) continue;
    const feature = features + u16(gsub, rec + 4);
    for (let k = 0, m = u16(gsub, feature + 2); k < m; k++) pending.push(u16(gsub, feature + 4 + 2 * k));
  }
  const seen = new Set<number>();
  const acting: [number, number][] = [];
  for (let index = pending.pop(); index !== undefined; index = pending.pop()) {
    if (seen.has(index)) continue;
    seen.add(index);
    if (index >= u16(gsub, lookups)) fail(`GSUB lookup ${index} does not exist`);
    for (const [type, sub] of subtables(gsub, lookups + u16(gsub, lookups + 2 + 2 * index))) {
      if (type === 5 || type === 6) {
        const nested = new Set<number>();
        nestedLookups(gsub, type, sub, nested);
        pending.push(...nested);
      } else if ((type >= 1 && type <= 4) || type === 8) acting.push([type, sub]);
      else fail(`GSUB lookup type ${type}`);
    }
  }
  return { acting };
}

/** The first Coverage of a substituting subtable: where it acts. */
const actingCoverage = (gsub: Uint8Array, sub: number): number => sub + u16(gsub, sub + 2);

/**
 * `glyphs` and every glyph the default substitutions can make of them, repeated until nothing is added (a superset:
 * a ligature counts when all its parts are there, in any order).
 */
function substitutionClosure(gsub: Uint8Array, subs: Substitutions, glyphs: Set<number>): Set<number> {
  for (let grew = true; grew;) {
    grew = false;
    const add = (g: number): void => {
      if (glyphs.has(g)) return;
      glyphs.add(g);
      grew = true;
    };
    for (const [type, sub] of subs.acting) {
      const coverage = actingCoverage(gsub, sub);
      for (const g of [...glyphs]) {
        const i = coverageIndex(gsub, coverage, g);
        if (i < 0) continue;
        const format = u16(gsub, sub);
        if (type === 1 && format === 1) add((g + u16(gsub, sub + 4)) & 0xffff);
        else if (type === 1) add(u16(gsub, sub + 6 + 2 * i));
        else if (type === 2 || type === 3) {
          const seq = sub + u16(gsub, sub + 6 + 2 * i);
          for (let k = 0, n = u16(gsub, seq); k < n; k++) add(u16(gsub, seq + 2 + 2 * k));
        } else if (type === 4) {
          const set = sub + u16(gsub, sub + 6 + 2 * i);
          for (let k = 0, n = u16(gsub, set); k < n; k++) {
            const lig = set + u16(gsub, set + 2 + 2 * k);
            let all = true;
            for (let c = 1, m = u16(gsub, lig + 2); c < m && all; c++)
              all = glyphs.has(u16(gsub, lig + 4 + 2 * (c - 1)));
            if (all) add(u16(gsub, lig));
          }
        } else if (type === 8) {
          let p = sub + 4;
          p += 2 + 2 * u16(gsub, p); // backtrack coverages
          p += 2 + 2 * u16(gsub, p); // lookahead coverages
          add(u16(gsub, p + 2 + 2 * i));
        }
      }
    }
  }
  return glyphs;
}

/**
 * Whether a default substitution can change how any of the `glyphs` looks: one is where a substitution starts, except
 * a single substitution by a glyph `same` finds drawn alike (Noto CJK's default `locl` swaps the digits for copies),
 * and a ligature whose other parts are not all among the glyphs.
 */
function substitutionTouched(
  gsub: Uint8Array,
  subs: Substitutions,
  glyphs: readonly number[],
  same: (a: number, b: number) => boolean,
): boolean {
  const drawn = new Set(glyphs);
  for (const [type, sub] of subs.acting) {
    const coverage = actingCoverage(gsub, sub);
    for (const g of glyphs) {
      const i = coverageIndex(gsub, coverage, g);
      if (i < 0) continue;
      if (type === 1) {
        const to = u16(gsub, sub) === 1 ? (g + u16(gsub, sub + 4)) & 0xffff : u16(gsub, sub + 6 + 2 * i);
        if (same(g, to)) continue;
      } else if (type === 4) {
        const set = sub + u16(gsub, sub + 6 + 2 * i);
        let formed = false;
        for (let k = 0, n = u16(gsub, set); k < n && !formed; k++) {
          const lig = set + u16(gsub, set + 2 + 2 * k);
          formed = true;
          for (let c = 1, m = u16(gsub, lig + 2); c < m && formed; c++)
            formed = drawn.has(u16(gsub, lig + 4 + 2 * (c - 1)));
        }
        if (!formed) continue;
      }
      return true;
    }
  }
  return false;
}

// ---- the source, parsed once ------------------------------------------------------------------------------------

interface FontDict {
  readonly entries: readonly DictEntry[];
  readonly privateEntries: readonly DictEntry[];
  readonly localSubrs: Index | undefined;
}

/** One face of a font file, parsed once and subset many times. */
export interface SubsetSource {
  readonly family: string;
  /**
   * A font with the glyphs of `chars`. `drawn`, the characters any text may draw (`chars` when not given), decides its
   * form: when GSUB, GPOS and GDEF cannot change them (no default substitution or kerning pair applies, no mark), a
   * compact font of just those glyphs, renumbered, without them (about 0.1 MB); otherwise every glyph keeps its number
   * (about 0.8 MB), with GSUB, GPOS and GDEF and the glyphs GSUB can make.
   */
  subset(chars: Iterable<number>, drawn?: Iterable<number>): Uint8Array;
}

const MARK = /\p{M}/u;
const KEPT_TABLES = ["head", "hhea", "hmtx", "maxp", "name", "OS/2", "post", "GDEF", "GPOS", "GSUB", "BASE", "kern"];
/** Tables that name glyphs by number and are not rebuilt: left out of a compact subset. */
const RENUMBERED_AWAY = ["GDEF", "GPOS", "GSUB", "BASE", "kern"];

/**
 * Parses the face named `family` of a font file or collection for subsetting. With `load`, `bytes` may be read on
 * demand, but must already hold the collection header, every face's table directory and `name` table.
 * @throws FontSubsetError when the face is not there or its outlines are not CFF (TrueType `glyf`, CFF2).
 */
export function subsetSource(bytes: Uint8Array, family: string, load: Load = whole): SubsetSource {
  let dir: number | undefined;
  try {
    dir = faceOffset(bytes, family);
  } catch (e) {
    fail(String(e));
  }
  if (dir === undefined) return fail(`no face named ${family}`);
  const tables = new Map<string, Uint8Array>();
  let cffStart = 0;
  for (let i = 0, n = u16(bytes, dir + 4); i < n; i++) {
    const rec = dir + 12 + 16 * i;
    const offset = u32(bytes, rec + 8);
    const length = u32(bytes, rec + 12);
    const tag = tagAt(bytes, rec);
    if (offset + length > bytes.length) fail(`table ${tag} runs past the file`);
    if (tag === "cmap" || KEPT_TABLES.includes(tag)) load(offset, offset + length);
    if (tag === "CFF ") cffStart = offset;
    tables.set(tag, bytes.subarray(offset, offset + length));
  }
  const cff = tables.get("CFF ") ?? fail("no CFF table (TrueType or CFF2 outlines)");
  const cffLoad: Load = (start, end) => load(cffStart + start, cffStart + end);
  const cmapTable = tables.get("cmap") ?? fail("no cmap table");
  const cmap = readCmap(cmapTable, 0);

  cffLoad(0, 4);
  const nameIndex = readIndex(cff, u8(cff, 2), cffLoad);
  const topIndex = readIndex(cff, nameIndex.end, cffLoad);
  const stringIndex = readIndex(cff, topIndex.end, cffLoad);
  const globalIndex = readIndex(cff, stringIndex.end, cffLoad);
  cffLoad(0, stringIndex.end); // header, names and strings are copied as they are
  if (topIndex.count !== 1) fail(`${topIndex.count} fonts in one CFF table`);
  const top = readDict(cff, ...span(cff, topIndex, 0, cffLoad), cffLoad);
  if ((operandOf(top, OP.charstringType) ?? 2) !== 2) fail("charstrings are not Type 2");
  if ((operandOf(top, OP.encoding) ?? 0) > 1) fail("a custom Encoding");
  const charStrings = readIndex(cff, operandOf(top, OP.charStrings) ?? fail("no CharStrings"), cffLoad);
  const nGlyphs = charStrings.count;

  // charset and FDSelect are copied as they are: their length by format.
  const charsetAt = operandOf(top, OP.charset) ?? 0;
  let charset: Uint8Array = new Uint8Array(0);
  if (charsetAt > 2) {
    cffLoad(charsetAt, charsetAt + 1);
    const format = u8(cff, charsetAt);
    let p = charsetAt + 1;
    if (format === 0) p += 2 * (nGlyphs - 1);
    else if (format === 1 || format === 2) {
      for (let covered = 1; covered < nGlyphs;) {
        cffLoad(p, p + 4);
        covered += 1 + (format === 1 ? u8(cff, p + 2) : u16(cff, p + 2));
        p += format === 1 ? 3 : 4;
      }
    } else fail(`charset format ${format}`);
    cffLoad(charsetAt, p);
    charset = cff.subarray(charsetAt, p);
  }
  const fdSelectAt = operandOf(top, OP.fdSelect);
  let fdSelect: Uint8Array = new Uint8Array(0);
  let fdOf: (gid: number) => number = () => 0;
  if (fdSelectAt !== undefined) {
    cffLoad(fdSelectAt, fdSelectAt + 3);
    const format = u8(cff, fdSelectAt);
    if (format === 0) {
      cffLoad(fdSelectAt, fdSelectAt + 1 + nGlyphs);
      fdSelect = cff.subarray(fdSelectAt, fdSelectAt + 1 + nGlyphs);
      fdOf = (gid) => u8(cff, fdSelectAt + 1 + gid);
    } else if (format === 3) {
      const ranges = u16(cff, fdSelectAt + 1);
      cffLoad(fdSelectAt, fdSelectAt + 3 + 3 * ranges + 2);
      fdSelect = cff.subarray(fdSelectAt, fdSelectAt + 3 + 3 * ranges + 2);
      fdOf = (gid) => {
        let lo = 0;
        let hi = ranges - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (u16(cff, fdSelectAt + 3 + 3 * mid) <= gid) lo = mid;
          else hi = mid - 1;
        }
        return u8(cff, fdSelectAt + 3 + 3 * lo + 2);
      };
    } else fail(`FDSelect format ${format}`);
  }

  const privateOf = (entries: readonly DictEntry[]): Pick<FontDict, "privateEntries" | "localSubrs"> => {
    const size = operandOf(entries, OP.private, 0);
    const at = operandOf(entries, OP.private, 1);
    if (size === undefined || at === undefined) return { privateEntries: [], localSubrs: undefined };
    const privateEntries = readDict(cff, at, at + size, cffLoad);
    const subrs = operandOf(privateEntries, OP.subrs);
    return { privateEntries, localSubrs: subrs === undefined ? undefined : readIndex(cff, at + subrs, cffLoad) };
  };
  const fdArrayAt = operandOf(top, OP.fdArray);
  const fonts: FontDict[] = [];
  if (fdArrayAt !== undefined) {
    const fdArray = readIndex(cff, fdArrayAt, cffLoad);
    for (let i = 0; i < fdArray.count; i++) {
      const entries = readDict(cff, ...span(cff, fdArray, i, cffLoad), cffLoad);
      fonts.push({ entries, ...privateOf(entries) });
    }
  } else fonts.push({ entries: [], ...privateOf(top) });

  const hmtx = tables.get("hmtx");
  const hhea = tables.get("hhea");
  const metrics = hhea && hmtx ? u16(hhea, 34) : 0; // numberOfHMetrics
  const gsub = tables.get("GSUB");
  const applied = new Map<string, Substitutions>();
  let closing: Substitutions | undefined;
  const touchesLayout = (chars: Iterable<number>): boolean => {
    const all = [...chars];
    // A combining mark is placed by GPOS, or by the shaper's own rules when GDEF and GPOS are missing: never compact.
    if (all.some((cp) => MARK.test(String.fromCodePoint(cp)))) return true;
    const glyphs = [...new Set(all.map(cmap).filter((g) => g > 0 && g < nGlyphs))];
    if (layoutTouched(tables.get("GPOS"), tables.get("GDEF"), glyphs)) return true;
    if (gsub === undefined) return false;
    // Drawn alike: the same outline and advance, and no kerning or mark positioning of the substitute either.
    const same = (a: number, b: number): boolean => {
      if (b >= nGlyphs || !hmtx || metrics === 0) return false;
      const advance = (g: number): number => u16(hmtx, 4 * Math.min(g, metrics - 1));
      const outline = (g: number): Uint8Array => item(cff, charStrings, g, cffLoad);
      const [x, y] = [outline(a), outline(b)];
      return (
        advance(a) === advance(b) &&
        x.length === y.length &&
        x.every((v, i) => v === y[i]) &&
        !layoutTouched(tables.get("GPOS"), tables.get("GDEF"), [...glyphs, b])
      );
    };
    const scripts = scriptsOf(all);
    const key = [...scripts].sort().join();
    let subs = applied.get(key);
    if (subs === undefined)
      applied.set(key, (subs = defaultSubstitutions(gsub, defaultLanguageFeatures(gsub, scripts))));
    return substitutionTouched(gsub, subs, glyphs, same);
  };
  // The compact form renumbers glyphs: charset (glyph → CID or name), FDSelect and hmtx are rebuilt for it. A legacy
  // `kern` table or a predefined charset keeps the numbers.
  const canRenumber = charsetAt > 2 && !tables.has("kern");
  let charsetIds: Uint16Array | undefined;
  const charsetId = (gid: number): number => {
    if (charsetIds === undefined) {
      charsetIds = new Uint16Array(nGlyphs);
      const format = u8(cff, charsetAt);
      let p = charsetAt + 1;
      for (let g = 1; g < nGlyphs;) {
        if (format === 0) {
          charsetIds[g++] = u16(cff, p);
          p += 2;
          continue;
        }
        const first = u16(cff, p);
        const left = format === 1 ? u8(cff, p + 2) : u16(cff, p + 2);
        for (let k = 0; k <= left && g < nGlyphs; k++) charsetIds[g++] = first + k;
        p += format === 1 ? 3 : 4;
      }
    }
    return charsetIds[gid] ?? 0;
  };
  return {
    family,
    subset(chars: Iterable<number>, drawn: Iterable<number> = chars): Uint8Array {
      const pairs: [number, number][] = [];
      const keep = new Uint8Array(nGlyphs);
      const glyphs = [0]; // .notdef, always
      keep[0] = 1;
      for (const cp of new Set(chars)) {
        const gid = cmap(cp);
        if (gid <= 0 || gid >= nGlyphs) continue;
        pairs.push([cp, gid]);
        if (keep[gid] === 1) continue;
        keep[gid] = 1;
        glyphs.push(gid);
      }
      const compact = canRenumber && hmtx !== undefined && hhea !== undefined && metrics > 0 && !touchesLayout(drawn);
      if (!compact && gsub) {
        // Numbers kept and GSUB with them: the glyphs its substitutions make are kept too.
        for (const gid of substitutionClosure(gsub, (closing ??= defaultSubstitutions(gsub)), new Set(glyphs))) {
          if (gid >= nGlyphs || keep[gid] === 1) continue;
          keep[gid] = 1;
          glyphs.push(gid);
        }
      }

      const global: Subrs = { index: globalIndex, used: new Uint8Array(globalIndex.count) };
      const locals: (Subrs | undefined)[] = fonts.map((f) =>
        f.localSubrs ? { index: f.localSubrs, used: new Uint8Array(f.localSubrs.count) } : undefined,
      );
      for (const gid of glyphs) {
        const fd = fdOf(gid);
        if (fd >= fonts.length) fail(`glyph ${gid} in font DICT ${fd} of ${fonts.length}`);
        walk(
          item(cff, charStrings, gid, cffLoad),
          { cff, load: cffLoad, global, local: locals[fd], stack: [], stems: 0 },
          0,
        );
      }
      const pruned = (s: Subrs): Uint8Array => prunedIndex(cff, s.index, s.used, [], cffLoad);
      // Compact: the kept glyphs in their old order, numbered anew; charset and FDSelect (format 0) follow them.
      const order = compact ? glyphs.slice().sort((a, b) => a - b) : [];
      const renumbered = new Map(order.map((gid, i) => [gid, i]));
      let charStringsOut: Uint8Array;
      let charsetOut = charset;
      let fdSelectOut = fdSelect;
      if (compact) {
        charStringsOut = writeIndex(order.map((gid) => item(cff, charStrings, gid, cffLoad)));
        const cs = new Out().u8(0);
        for (const gid of order.slice(1)) cs.u16(charsetId(gid));
        charsetOut = cs.done();
        if (fdSelectAt !== undefined) fdSelectOut = Uint8Array.from([0, ...order.map(fdOf)]);
      } else charStringsOut = prunedIndex(cff, charStrings, keep, [14], cffLoad); // endchar: an empty glyph
      const globalOut = pruned(global);
      const localsOut = locals.map((s) => (s ? pruned(s) : undefined));

      // Every offset is written as a 5-byte integer, so the DICTs' sizes are known before the offsets are.
      const privates = fonts.map((f, i) => {
        const subrs = localsOut[i];
        const size = writeDict(f.privateEntries, new Map([[OP.subrs, [0]]])).length;
        return writeDict(f.privateEntries, subrs ? new Map([[OP.subrs, [size]]]) : new Map());
      });
      const topReplace = (at: {
        charset: number;
        charStrings: number;
        fdSelect: number;
        fdArray: number;
        privates: number[];
      }): Map<number, number[]> => {
        const m = new Map<number, number[]>([[OP.charStrings, [at.charStrings]]]);
        if (charsetAt > 2) m.set(OP.charset, [at.charset]);
        if (fdSelectAt !== undefined) m.set(OP.fdSelect, [at.fdSelect]);
        if (fdArrayAt !== undefined) m.set(OP.fdArray, [at.fdArray]);
        else m.set(OP.private, [privates[0]?.length ?? 0, at.privates[0] ?? 0]);
        return m;
      };
      const fdArrayOut = (at: number[]): Uint8Array =>
        writeIndex(
          fonts.map((f, i) => writeDict(f.entries, new Map([[OP.private, [privates[i]?.length ?? 0, at[i] ?? 0]]]))),
        );

      const header = cff.subarray(0, u8(cff, 2));
      const names = cff.subarray(u8(cff, 2), nameIndex.end);
      const strings = cff.subarray(topIndex.end, stringIndex.end);
      const zeros = { charset: 0, charStrings: 0, fdSelect: 0, fdArray: 0, privates: fonts.map(() => 0) };
      let pos =
        header.length +
        names.length +
        writeIndex([writeDict(top, topReplace(zeros))]).length +
        strings.length +
        globalOut.length;
      const at = { ...zeros };
      at.charset = pos;
      pos += charsetOut.length;
      at.fdSelect = pos;
      pos += fdSelectOut.length;
      at.charStrings = pos;
      pos += charStringsOut.length;
      at.fdArray = pos;
      if (fdArrayAt !== undefined) pos += fdArrayOut(zeros.privates).length;
      at.privates = fonts.map((_, i) => {
        const start = pos;
        pos += (privates[i]?.length ?? 0) + (localsOut[i]?.length ?? 0);
        return start;
      });

      const out = new Out()
        .bytes(header)
        .bytes(names)
        .bytes(writeIndex([writeDict(top, topReplace(at))]))
        .bytes(strings)
        .bytes(globalOut);
      out.bytes(charsetOut).bytes(fdSelectOut).bytes(charStringsOut);
      if (fdArrayAt !== undefined) out.bytes(fdArrayOut(at.privates));
      privates.forEach((p, i) => {
        out.bytes(p);
        const subrs = localsOut[i];
        if (subrs) out.bytes(subrs);
      });
      if (out.length !== pos) fail("CFF layout mismatch");

      const kept = new Map<string, Uint8Array>([["CFF ", out.done()]]);
      for (const tag of KEPT_TABLES) {
        const t = tables.get(tag);
        if (t && !(compact && RENUMBERED_AWAY.includes(tag))) kept.set(tag, t);
      }
      if (!compact || hmtx === undefined || hhea === undefined) {
        kept.set("cmap", writeCmap(pairs));
        return writeSfnt(kept);
      }
      kept.set("cmap", writeCmap(pairs.map(([cp, gid]) => [cp, renumbered.get(gid) ?? 0])));
      const metricsOut = new Out();
      for (const gid of order) {
        const m = Math.min(gid, metrics - 1); // past numberOfHMetrics: the last advance, and a side bearing of its own
        metricsOut
          .u16(u16(hmtx, 4 * m))
          .u16(gid < metrics ? u16(hmtx, 4 * gid + 2) : u16(hmtx, 4 * metrics + 2 * (gid - metrics)));
      }
      kept.set("hmtx", metricsOut.done());
      const hheaOut = copy(hhea);
      hheaOut.set([order.length >> 8, order.length & 0xff], 34);
      kept.set("hhea", hheaOut);
      const maxp = tables.get("maxp");
      if (maxp) {
        const maxpOut = copy(maxp);
        maxpOut.set([order.length >> 8, order.length & 0xff], 4);
        kept.set("maxp", maxpOut);
      }
      const post = tables.get("post");
      if (post && post.length >= 32) {
        const postOut = copy(post.subarray(0, 32)); // version 3: no glyph names, which go by number
        postOut.set([0, 3, 0, 0], 0);
        kept.set("post", postOut);
      }
      return writeSfnt(kept);
    },
  };
}

// ---- the OpenType file ------------------------------------------------------------------------------------------

function checksum(b: Uint8Array): number {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const whole = b.length & ~3;
  let sum = 0;
  for (let i = 0; i < whole; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  let last = 0;
  for (let i = whole; i < whole + 4; i++) last = (last << 8) | (i < b.length ? (b[i] ?? 0) : 0);
  return (sum + (last >>> 0)) >>> 0;
}

/** A CFF-flavoured OpenType file ('OTTO') of these tables: records sorted by tag, tables 4-byte aligned, checksums. */
function writeSfnt(tables: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort();
  const n = tags.length;
  const log2 = Math.floor(Math.log2(n));
  const head = tables.get("head");
  const copies = new Map(tables);
  if (head) {
    const h = copy(head);
    h.fill(0, 8, 12); // checkSumAdjustment, set below
    copies.set("head", h);
  }
  const out = new Out()
    .u32(0x4f54544f)
    .u16(n)
    .u16(16 * 2 ** log2)
    .u16(log2)
    .u16(16 * n - 16 * 2 ** log2);
  let offset = 12 + 16 * n;
  for (const tag of tags) {
    const t = copies.get(tag) ?? new Uint8Array(0);
    for (const c of tag) out.u8(c.charCodeAt(0));
    out.u32(checksum(t)).u32(offset).u32(t.length);
    offset += (t.length + 3) & ~3;
  }
  for (const tag of tags) {
    const t = copies.get(tag) ?? new Uint8Array(0);
    out.bytes(t);
    for (let pad = t.length; pad % 4 !== 0; pad++) out.u8(0);
  }
  const file = out.done();
  if (head) {
    const at =
      12 +
      16 * n +
      tags.slice(0, tags.indexOf("head")).reduce((s, tag) => s + (((copies.get(tag)?.length ?? 0) + 3) & ~3), 0);
    new DataView(file.buffer).setUint32(at + 8, (0xb1b0afba - checksum(file)) >>> 0);
  }
  return file;
}
