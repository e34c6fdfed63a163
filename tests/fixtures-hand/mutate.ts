/**
 * Seeded mutations of a real ledger workbook, for tests/workbook/fuzz.test.ts: damage to the zip
 * structure on the raw bytes, and edits to the XML of its parts re-zipped with honest CRCs. Each
 * case declares the outcome REQUIRED of the reader, and makes its bytes only when asked (a case is
 * replayed from the PRNG seed and its id alone: `fuzzCases(seed, SEED).find((c) => c.id === id)`).
 */
import { crc32 } from "node:zlib";
import { deflateSync, strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { SHEET_NAMES } from "../../src/layout/template-layout.js";
import { toZip64 } from "../workbook/zip64.js";
import { concat, deflateBomb, rawZip, type RawEntry } from "./zip-raw.js";

// ---------------------------------------------------------------------------------------------
// What a case requires

/** Where a finding must point: the sheet, one of the rows and, when given, one of the cells. */
export interface Place {
  readonly sheet: string;
  readonly rows: readonly number[];
  readonly cells?: readonly string[];
}

export type Required =
  /** Read, with exactly the seed's findings and totals. */
  | { readonly kind: "same" }
  /** An input error (exit 2), or read exactly as the seed. */
  | { readonly kind: "refused-or-same" }
  /** An input error, or read with a finding at `place` (the seed has none in that row). */
  | { readonly kind: "refused-or-finding"; readonly place: Place }
  /** An input error. */
  | { readonly kind: "refused" }
  /** Anything but a hang, a crash or running out of memory. */
  | { readonly kind: "bounded" };

export interface FuzzCase {
  /** Class and number, e.g. "zip.flip.data#07": with the seed, all that is needed to replay it. */
  readonly id: string;
  readonly cls: string;
  /** What was done, in words. */
  readonly what: string;
  readonly required: Required;
  /** The mutated workbook (built on demand: some are 100 MB inflated). */
  readonly make: () => Uint8Array;
}

// ---------------------------------------------------------------------------------------------
// A deterministic PRNG

/** mulberry32: small, fast, and the same sequence everywhere for the same 32-bit seed. */
export class Rng {
  #s: number;
  constructor(seed: number) {
    this.#s = seed >>> 0;
  }
  next(): number {
    this.#s = (this.#s + 0x6d2b79f5) >>> 0;
    let t = this.#s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** 0 ≤ n < max. */
  int(max: number): number {
    return Math.floor(this.next() * max);
  }
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from nothing");
    return items[this.int(items.length)] as T;
  }
}

/** One PRNG per case, from the run's seed and the case's id (cases do not depend on each other). */
export function caseRng(seed: number, id: string): Rng {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return new Rng((h ^ (h >>> 16)) >>> 0);
}

// ---------------------------------------------------------------------------------------------
// The zip's layout, read here independently of the reader under test

const SIG = {
  local: 0x04034b50,
  central: 0x02014b50,
  end: 0x06054b50,
  end64: 0x06064b50,
  locator: 0x07064b50,
} as const;

export interface LaidEntry {
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  /** Central directory header: offset and length (46 + name + extra + comment). */
  readonly cdAt: number;
  readonly cdLength: number;
  readonly localAt: number;
  /** Local header length (30 + name + extra): the data follows. */
  readonly localLength: number;
  readonly dataAt: number;
}

export interface ZipLayout {
  readonly entries: readonly LaidEntry[];
  readonly cdAt: number;
  readonly cdSize: number;
  readonly eocdAt: number;
}

const view = (b: Uint8Array): DataView => new DataView(b.buffer, b.byteOffset, b.byteLength);

/** A plain (non-Zip64) zip without a comment, as the seed and rawZip are. */
export function zipLayout(zip: Uint8Array): ZipLayout {
  const v = view(zip);
  const eocdAt = zip.length - 22;
  if (v.getUint32(eocdAt, true) !== SIG.end) throw new Error("zipLayout: no end record at the end");
  const count = v.getUint16(eocdAt + 10, true);
  const cdSize = v.getUint32(eocdAt + 12, true);
  const cdAt = v.getUint32(eocdAt + 16, true);
  const entries: LaidEntry[] = [];
  for (let i = 0, at = cdAt; i < count; i++) {
    const nameLength = v.getUint16(at + 28, true);
    const cdLength = 46 + nameLength + v.getUint16(at + 30, true) + v.getUint16(at + 32, true);
    const localAt = v.getUint32(at + 42, true);
    const localLength = 30 + v.getUint16(localAt + 26, true) + v.getUint16(localAt + 28, true);
    entries.push({
      name: strFromU8(zip.subarray(at + 46, at + 46 + nameLength)),
      method: v.getUint16(at + 10, true),
      crc: v.getUint32(at + 16, true),
      compressedSize: v.getUint32(at + 20, true),
      size: v.getUint32(at + 24, true),
      cdAt: at,
      cdLength,
      localAt,
      localLength,
      dataAt: localAt + localLength,
    });
    at += cdLength;
  }
  return { entries, cdAt, cdSize, eocdAt };
}

const copy = (b: Uint8Array): Uint8Array => new Uint8Array(b);

function setU16(b: Uint8Array, at: number, value: number): Uint8Array {
  const out = copy(b);
  view(out).setUint16(at, value & 0xffff, true);
  return out;
}

function setU32(b: Uint8Array, at: number, value: number): Uint8Array {
  const out = copy(b);
  view(out).setUint32(at, value >>> 0, true);
  return out;
}

function setU64(b: Uint8Array, at: number, value: bigint): Uint8Array {
  const out = copy(b);
  view(out).setBigUint64(at, value, true);
  return out;
}

/** An entry as rawZip writes it, with an honest CRC and sizes. */
function deflated(name: string, data: Uint8Array): RawEntry {
  return {
    name,
    stored: deflateSync(data, { level: data.length > 4_000_000 ? 1 : 6 }),
    method: 8,
    declaredSize: data.length,
    crc: crc32(data),
  };
}

/** The seed's entries as they are stored (compressed bytes, CRC and sizes from its directory). */
function storedEntries(zip: Uint8Array, layout: ZipLayout): RawEntry[] {
  return layout.entries.map((e) => ({
    name: e.name,
    stored: zip.subarray(e.dataAt, e.dataAt + e.compressedSize),
    method: e.method === 8 ? 8 : 0,
    declaredSize: e.size,
    crc: e.crc,
  }));
}

/** A central directory header for `e`, whose local header is at `offset`. */
function centralHeader(e: RawEntry, offset: number, name = e.name): Uint8Array {
  const n = strToU8(name);
  const h = new DataView(new ArrayBuffer(46));
  h.setUint32(0, SIG.central, true);
  h.setUint16(4, 20, true);
  h.setUint16(6, 20, true);
  h.setUint16(8, 0x0800, true);
  h.setUint16(10, e.method, true);
  h.setUint32(16, e.crc ?? 0, true);
  h.setUint32(20, e.stored.length, true);
  h.setUint32(24, e.declaredSize, true);
  h.setUint16(28, n.length, true);
  h.setUint32(42, offset, true);
  return concat([new Uint8Array(h.buffer), n]);
}

/** A local header and the data of `e`. */
function localRecord(e: RawEntry, name = e.name): Uint8Array {
  const n = strToU8(name);
  const h = new DataView(new ArrayBuffer(30));
  h.setUint32(0, SIG.local, true);
  h.setUint16(4, 20, true);
  h.setUint16(6, 0x0800, true);
  h.setUint16(8, e.method, true);
  h.setUint32(14, e.crc ?? 0, true);
  h.setUint32(18, e.stored.length, true);
  h.setUint32(22, e.declaredSize, true);
  h.setUint16(26, n.length, true);
  return concat([new Uint8Array(h.buffer), n, e.stored]);
}

function endRecord(o: {
  count: number;
  cdSize: number;
  cdAt: number;
  onDisk?: number;
  comment?: Uint8Array;
}): Uint8Array {
  const comment = o.comment ?? new Uint8Array(0);
  const h = new DataView(new ArrayBuffer(22));
  h.setUint32(0, SIG.end, true);
  h.setUint16(8, o.onDisk ?? o.count, true);
  h.setUint16(10, o.count, true);
  h.setUint32(12, o.cdSize, true);
  h.setUint32(16, o.cdAt, true);
  h.setUint16(20, comment.length, true);
  return concat([new Uint8Array(h.buffer), comment]);
}

/** The seed's central directory again, with one entry pointing at another local record. */
function directoryWith(
  zip: Uint8Array,
  layout: ZipLayout,
  replaced: string,
  evil: RawEntry,
  evilAt: number,
): Uint8Array {
  return concat(
    layout.entries.map((e) => {
      const original = zip.subarray(e.cdAt, e.cdAt + e.cdLength);
      return e.name === replaced ? centralHeader(evil, evilAt) : original;
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// The XML of the parts

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

interface Tag {
  readonly end: boolean;
  readonly name: string;
  /** Attribute name and its value with the quotes. */
  readonly attrs: readonly (readonly [string, string])[];
  readonly selfClosing: boolean;
}

const isSpace = (c: string | undefined): boolean => c === " " || c === "\t" || c === "\n" || c === "\r";

/**
 * Rewrites every element tag of `xml` through `f` (undefined keeps the tag as written); the XML
 * declaration, comments, CDATA and text are left as they are. A small tokenizer that knows
 * attribute values may hold ">".
 */
export function mapTags(xml: string, f: (t: Tag) => string | undefined): string {
  const out: string[] = [];
  let pos = 0;
  for (;;) {
    const lt = xml.indexOf("<", pos);
    if (lt < 0) break;
    out.push(xml.slice(pos, lt));
    let end: number;
    if (xml.startsWith("<?", lt)) end = xml.indexOf("?>", lt) + 2;
    else if (xml.startsWith("<!--", lt)) end = xml.indexOf("-->", lt) + 3;
    else if (xml.startsWith("<![CDATA[", lt)) end = xml.indexOf("]]>", lt) + 3;
    else if (xml.startsWith("<!", lt)) end = xml.indexOf(">", lt) + 1;
    else {
      let i = lt + 1;
      const isEnd = xml[i] === "/";
      if (isEnd) i++;
      const nameStart = i;
      while (i < xml.length && !isSpace(xml[i]) && xml[i] !== ">" && xml[i] !== "/") i++;
      const name = xml.slice(nameStart, i);
      const attrs: [string, string][] = [];
      let selfClosing = false;
      for (;;) {
        while (isSpace(xml[i])) i++;
        if (xml[i] === ">") {
          i++;
          break;
        }
        if (xml[i] === "/" && xml[i + 1] === ">") {
          selfClosing = true;
          i += 2;
          break;
        }
        const an = i;
        while (i < xml.length && !isSpace(xml[i]) && xml[i] !== "=") i++;
        const attrName = xml.slice(an, i);
        while (isSpace(xml[i])) i++;
        if (xml[i] !== "=") throw new Error(`mapTags: no "=" after ${attrName} at ${i}`);
        i++;
        while (isSpace(xml[i])) i++;
        const quote = xml[i];
        if (quote !== '"' && quote !== "'") throw new Error(`mapTags: unquoted value at ${i}`);
        const close = xml.indexOf(quote, i + 1);
        attrs.push([attrName, xml.slice(i, close + 1)]);
        i = close + 1;
      }
      end = i;
      const replaced = f({ end: isEnd, name, attrs, selfClosing });
      out.push(replaced ?? xml.slice(lt, end));
      pos = end;
      continue;
    }
    out.push(xml.slice(lt, end));
    pos = end;
  }
  out.push(xml.slice(pos));
  return out.join("");
}

/** Whitespace inside a tag: between name and attributes, around "=", before ">" or "/>". */
interface Spacing {
  sep(): string;
  eq(): string;
  close(): string;
}

function renderTag(t: Tag, s: Spacing, name = t.name): string {
  if (t.end) return `</${name}${s.close()}>`;
  const attrs = t.attrs.map(([n, v]) => `${s.sep()}${n}${s.eq()}=${s.eq()}${v}`).join("");
  return `<${name}${attrs}${s.close()}${t.selfClosing ? "/>" : ">"}`;
}

const PLAIN: Spacing = { sep: () => " ", eq: () => "", close: () => "" };

type WhitespaceStyle = "row-newline" | "tabs" | "around-eq" | "before-close" | "random";

export function respace(xml: string, style: WhitespaceStyle, rng: Rng): string {
  const ws = [" ", "\t", "\n", "\r\n", "\n\t\t", "  ", " \n "];
  const spacing: Spacing =
    style === "tabs"
      ? { sep: () => "\t", eq: () => "", close: () => "" }
      : style === "around-eq"
        ? { sep: () => " ", eq: () => " ", close: () => "" }
        : style === "before-close"
          ? { sep: () => " ", eq: () => "", close: () => "\n" }
          : {
              sep: () => rng.pick(ws),
              eq: () => rng.pick(["", "", " ", "\t", "\n"]),
              close: () => rng.pick(["", "", " ", "\n", "\t"]),
            };
  return mapTags(xml, (t) => {
    if (style !== "row-newline") return renderTag(t, spacing);
    if (t.name !== "row" || t.end) return undefined;
    let first = true;
    return renderTag(t, { ...PLAIN, sep: () => (first ? ((first = false), "\n") : " ") });
  });
}

/**
 * Every element in namespace `ns` written with `prefix:`, the default declaration of `ns` turned
 * into `xmlns:prefix` (an element redeclaring the default namespace is followed).
 */
export function prefixNamespace(xml: string, ns: string, prefix: string): string {
  const stack: { readonly prefixed: boolean; readonly defaultNs: string | undefined }[] = [];
  return mapTags(xml, (t) => {
    if (t.end) {
      const open = stack.pop();
      return open?.prefixed ? renderTag(t, PLAIN, `${prefix}:${t.name}`) : undefined;
    }
    const declared = t.attrs.find(([n]) => n === "xmlns")?.[1].slice(1, -1);
    const defaultNs = declared ?? stack[stack.length - 1]?.defaultNs;
    const prefixed = defaultNs === ns && !t.name.includes(":");
    if (!t.selfClosing) stack.push({ prefixed, defaultNs });
    if (!prefixed && declared !== ns) return undefined;
    const attrs = t.attrs.map(([n, v]): readonly [string, string] =>
      n === "xmlns" && declared === ns ? [`xmlns:${prefix}`, v] : [n, v],
    );
    return renderTag({ ...t, attrs }, PLAIN, prefixed ? `${prefix}:${t.name}` : t.name);
  });
}

/** One `<c>` of a sheet, as written. */
export interface CellSpan {
  readonly ref: string;
  readonly col: string;
  readonly row: number;
  /** The whole element, and where it is in the sheet's text. */
  readonly start: number;
  readonly end: number;
  readonly xml: string;
  readonly type: string | undefined;
  readonly value: string | undefined;
  readonly formula: boolean;
}

export interface RowSpan {
  readonly r: number;
  readonly start: number;
  readonly end: number;
  readonly xml: string;
  readonly cells: readonly CellSpan[];
}

/** The rows of a sheet written as Excel writes them (`<row r="N" …>…</row>`). */
export function sheetRows(xml: string): RowSpan[] {
  const rows: RowSpan[] = [];
  const rowRe = /<row r="(\d+)"[^>]*?(\/?)>/g;
  for (let m = rowRe.exec(xml); m; m = rowRe.exec(xml)) {
    const r = Number(m[1]);
    const start = m.index;
    const end = m[2] === "/" ? rowRe.lastIndex : xml.indexOf("</row>", rowRe.lastIndex) + "</row>".length;
    const body = xml.slice(start, end);
    const cells: CellSpan[] = [];
    const cellRe = /<c r="([A-Z]+)(\d+)"([^>]*?)(\/>|>([\s\S]*?)<\/c>)/g;
    for (let c = cellRe.exec(body); c; c = cellRe.exec(body)) {
      const inner = c[5] ?? "";
      cells.push({
        ref: `${c[1]}${c[2]}`,
        col: c[1] ?? "",
        row: Number(c[2]),
        start: start + c.index,
        end: start + cellRe.lastIndex,
        xml: c[0],
        type: /\bt="([^"]*)"/.exec(c[3] ?? "")?.[1],
        value: /<v>([^<]*)<\/v>/.exec(inner)?.[1],
        formula: inner.includes("<f"),
      });
    }
    rows.push({ r, start, end, xml: body, cells });
    rowRe.lastIndex = end;
  }
  return rows;
}

const splice = (s: string, start: number, end: number, insert: string): string =>
  s.slice(0, start) + insert + s.slice(end);

/** Column letters ↔ number (A = 1). */
export function columnLetters(n: number): string {
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

// ---------------------------------------------------------------------------------------------
// The seed, taken apart once

interface LedgerSheet {
  readonly name: string;
  readonly part: string;
  readonly lastColumn: string;
  /** Column letter of 备注 (free text: a finding there is about the text itself). */
  readonly remarks: string;
}

class Seed {
  readonly bytes: Uint8Array;
  readonly layout: ZipLayout;
  readonly entries: readonly RawEntry[];
  readonly parts: Readonly<Record<string, Uint8Array>>;
  readonly #text = new Map<string, string>();
  readonly ledgers: readonly LedgerSheet[];
  readonly sheetPart: ReadonlyMap<string, string>;

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
    this.layout = zipLayout(bytes);
    this.entries = storedEntries(bytes, this.layout);
    this.parts = unzipSync(bytes);
    const rels = new Map(
      [...this.text("xl/_rels/workbook.xml.rels").matchAll(/<Relationship Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map(
        (m) => [m[1], m[2]],
      ),
    );
    const sheetPart = new Map<string, string>();
    for (const m of this.text("xl/workbook.xml").matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
      const target = rels.get(m[2] ?? "");
      if (m[1] && target) sheetPart.set(m[1], `xl/${target}`);
    }
    this.sheetPart = sheetPart;
    const ledgerNames = [SHEET_NAMES.members, SHEET_NAMES.dues, SHEET_NAMES.activities, SHEET_NAMES.condolences];
    const remarksText = this.sharedStrings().indexOf("备注");
    this.ledgers = ledgerNames.map((name) => {
      const part = sheetPart.get(name);
      if (!part) throw new Error(`the seed has no sheet ${name}`);
      const header = sheetRows(this.text(part)).find((r) => r.r === 2);
      const remarks = header?.cells.find((c) => c.type === "s" && Number(c.value) === remarksText);
      const last = header?.cells[header.cells.length - 1];
      if (!remarks || !last) throw new Error(`the seed's ${name} has no 备注 header`);
      return { name, part, lastColumn: last.col, remarks: remarks.col };
    });
  }

  text(part: string): string {
    let t = this.#text.get(part);
    if (t === undefined) {
      const bytes = this.parts[part];
      if (!bytes) throw new Error(`the seed has no part ${part}`);
      t = strFromU8(bytes);
      this.#text.set(part, t);
    }
    return t;
  }

  sharedStrings(): string[] {
    return [...this.text("xl/sharedStrings.xml").matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
      (m[1] ?? "").replace(/<[^>]+>/g, ""),
    );
  }

  ledger(name: string): LedgerSheet {
    const l = this.ledgers.find((x) => x.name === name);
    if (!l) throw new Error(`no ledger ${name}`);
    return l;
  }

  /** The seed with some parts replaced (deflated anew, honest CRC); the others as stored. */
  repack(changes: Readonly<Record<string, Uint8Array | string>>): Uint8Array {
    return rawZip(this.entries.map((e) => (e.name in changes ? deflated(e.name, asBytes(changes[e.name] ?? "")) : e)));
  }
}

const asBytes = (x: Uint8Array | string): Uint8Array => (typeof x === "string" ? strToU8(x) : x);

// ---------------------------------------------------------------------------------------------
// "Evil" versions of parts: a different but readable content, so a reader that picks the wrong
// copy of a part reads different findings or totals (and is not refused for it).

/** Header texts of the column whose row-3 value the "evil" version of each ledger changes. */
const EVIL_COLUMN: Readonly<Record<string, string>> = {
  [SHEET_NAMES.members]: "会籍状态",
  [SHEET_NAMES.dues]: "1月",
  [SHEET_NAMES.activities]: "费用(元)",
  [SHEET_NAMES.condolences]: "金额(元)",
};

/**
 * Another version of a part, of the same length (so no size check tells them apart), that reads
 * differently: a ledger's row 3 with another amount or membership status, another activity
 * category in the shared strings, the 1904 date system in the workbook, two sheets' parts swapped.
 */
function evilPart(seed: Seed, name: string): Uint8Array {
  const text = seed.text(name);
  const ledger = seed.ledgers.find((l) => l.part === name);
  if (ledger) {
    const strings = seed.sharedStrings();
    const rows = sheetRows(text);
    const header = rows
      .find((r) => r.r === 2)
      ?.cells.find((c) => c.type === "s" && strings[Number(c.value)] === EVIL_COLUMN[ledger.name]);
    const cell = rows.find((r) => r.r === 3)?.cells.find((c) => c.col === header?.col);
    if (!header || !cell?.value) throw new Error(`${ledger.name}: no ${EVIL_COLUMN[ledger.name]} in row 3`);
    let other: string | undefined;
    if (cell.type === "s") {
      const column = rows.flatMap((r) => r.cells.filter((c) => c.col === cell.col && c.row >= 3 && c.type === "s"));
      other = column.find(
        (c) => c.value !== undefined && c.value !== cell.value && c.value.length === cell.value?.length,
      )?.value;
    } else {
      const last = Number(cell.value.slice(-1));
      other = cell.value.slice(0, -1) + String(last === 9 ? 8 : last + 1);
    }
    if (other === undefined) throw new Error(`${ledger.name}: no other value for ${cell.ref}`);
    return strToU8(withCell(text, cell, cell.xml.replace(`<v>${cell.value}</v>`, `<v>${other}</v>`)));
  }
  if (name === "xl/sharedStrings.xml") {
    // The category of the first activity, its last character changed: an invalid option.
    const d3 = sheetRows(seed.text(seed.ledger(SHEET_NAMES.activities).part))
      .find((r) => r.r === 3)
      ?.cells.find((c) => c.col === "D");
    const index = Number(d3?.value);
    let k = -1;
    return strToU8(
      text.replace(/<si>([\s\S]*?)<\/si>/g, (si: string) =>
        ++k === index ? si.replace(/.<\/t>/u, (m) => `${m.startsWith("改") ? "变" : "改"}</t>`) : si,
      ),
    );
  }
  if (name === "xl/workbook.xml") {
    // Every date four years on.
    const same = text.replace(/filterPrivacy="1"/, 'date1904="1"     ');
    return strToU8(same !== text ? same : text.replace("<workbookPr ", '<workbookPr date1904="1" '));
  }
  if (name === "xl/_rels/workbook.xml.rels") {
    // 活动台账 and 慰问金台账 swap their parts.
    const [a, b] = [seed.ledger(SHEET_NAMES.activities).part, seed.ledger(SHEET_NAMES.condolences).part].map((p) =>
      p.replace(/^xl\//, ""),
    );
    return strToU8(
      text.replaceAll(`"${a}"`, '"\u0000"').replaceAll(`"${b}"`, `"${a}"`).replaceAll('"\u0000"', `"${b}"`),
    );
  }
  return strToU8(text.replace(/<\/(\w+)>\s*$/, "<!-- changed --></$1>"));
}

const evilEntry = (seed: Seed, name: string, as = name): RawEntry => deflated(as, evilPart(seed, name));

// ---------------------------------------------------------------------------------------------
// The cases

/** Non-ASCII characters as \\uXXXX, so a case's name shows what its bytes are. */
const visible = (s: string): string =>
  s.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
const hex = (n: number): string => `0x${n.toString(16).padStart(2, "0")}`;
const num = (n: number): string => n.toLocaleString("en-US");

/** Seed entry names that are files, not folders. */
const files = (s: Seed): LaidEntry[] => s.layout.entries.filter((e) => !e.name.endsWith("/"));

/** The parts every reading of the ledger opens. */
const readParts = (s: Seed): string[] => [
  ...s.ledgers.map((l) => l.part),
  "xl/sharedStrings.xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
  ...[SHEET_NAMES.basicInfo, SHEET_NAMES.meta, SHEET_NAMES.summary].flatMap((n) => s.sheetPart.get(n) ?? []),
];

type Builder = (s: Seed, seed: number, busy: ReadonlySet<string>) => FuzzCase[];

/** `n` cases of class `cls`, each from its own PRNG. */
function many(
  cls: string,
  n: number,
  seed: number,
  one: (rng: Rng, k: number) => Omit<FuzzCase, "id" | "cls">,
): FuzzCase[] {
  return Array.from({ length: n }, (_, k) => {
    const id = `${cls}#${String(k).padStart(2, "0")}`;
    return { id, cls, ...one(caseRng(seed, id), k) };
  });
}

/** Fixed cases of class `cls`, numbered in order. */
function fixed(cls: string, list: readonly Omit<FuzzCase, "id" | "cls">[]): FuzzCase[] {
  return list.map((c, k) => ({ id: `${cls}#${String(k).padStart(2, "0")}`, cls, ...c }));
}

const SAME: Required = { kind: "same" };
const REFUSED_OR_SAME: Required = { kind: "refused-or-same" };
const REFUSED: Required = { kind: "refused" };
const BOUNDED: Required = { kind: "bounded" };

function flip(bytes: Uint8Array, at: number, mask: number): Uint8Array {
  const out = copy(bytes);
  out[at] = (out[at] ?? 0) ^ mask;
  return out;
}

const zipStructure: Builder = (s, seed) => {
  const b = s.bytes;
  const L = s.layout;
  const fileEntries = files(s);
  const read = readParts(s);
  const readEntries = fileEntries.filter((e) => read.includes(e.name));
  const cases: FuzzCase[] = [];

  cases.push(
    ...fixed("zip.control", [
      { what: "the seed itself", required: SAME, make: () => b },
      {
        what: "the seed's entries rewritten by rawZip (same compressed data)",
        required: SAME,
        make: () => rawZip(s.entries),
      },
      {
        what: "the seed's parts re-zipped by fflate (zipSync, level 6)",
        required: SAME,
        make: () => {
          const z: Zippable = {};
          for (const [n, d] of Object.entries(s.parts)) z[n] = [d, { level: 6 }];
          return zipSync(z);
        },
      },
    ]),
  );

  const flipIn = (region: string, pickAt: (rng: Rng) => { at: number; where: string }) => (rng: Rng) => {
    const { at, where } = pickAt(rng);
    const mask = rng.between(1, 255);
    return {
      what: `byte ${num(at)} ^= ${hex(mask)} (${region}: ${where})`,
      required: REFUSED_OR_SAME,
      make: () => flip(b, at, mask),
    };
  };
  cases.push(
    ...many(
      "zip.flip.data",
      40,
      seed,
      flipIn("compressed data", (rng) => {
        const e = rng.pick(fileEntries);
        const off = rng.int(e.compressedSize);
        return { at: e.dataAt + off, where: `${e.name} +${num(off)}` };
      }),
    ),
    ...many(
      "zip.flip.local",
      24,
      seed,
      flipIn("local header", (rng) => {
        const e = rng.pick(L.entries);
        const off = rng.int(e.localLength);
        return { at: e.localAt + off, where: `${e.name} +${off}` };
      }),
    ),
    ...many(
      "zip.flip.central",
      30,
      seed,
      flipIn("central directory", (rng) => {
        const e = rng.pick(L.entries);
        const off = rng.int(e.cdLength);
        return { at: e.cdAt + off, where: `${e.name} +${off}` };
      }),
    ),
    ...many(
      "zip.flip.end",
      12,
      seed,
      flipIn("end record", (rng) => {
        const off = rng.int(22);
        return { at: L.eocdAt + off, where: `+${off}` };
      }),
    ),
    ...many("zip.flip.multi", 12, seed, (rng) => {
      const flips = Array.from({ length: rng.between(2, 6) }, () => ({
        at: rng.int(b.length),
        mask: rng.between(1, 255),
      }));
      return {
        what: `${flips.length} bytes flipped: ${flips.map((f) => `${num(f.at)}^${hex(f.mask)}`).join(", ")}`,
        required: REFUSED_OR_SAME,
        make: () => flips.reduce((acc, f) => flip(acc, f.at, f.mask), b),
      };
    }),
  );

  const cuts = [b.length - 1, b.length - 21, b.length - 22, L.cdAt + 1, L.cdAt, 30];
  cases.push(
    ...many("zip.truncate", 24, seed, (rng, k) => {
      const at = cuts[k] ?? rng.between(1, b.length - 2);
      return {
        what: `the first ${num(at)} of ${num(b.length)} bytes`,
        required: REFUSED_OR_SAME,
        make: () => b.slice(0, at),
      };
    }),
  );

  type Field = { readonly name: string; readonly apply: (x: Uint8Array, e: LaidEntry, d: number) => Uint8Array };
  const FIELDS: readonly Field[] = [
    { name: "central CRC ^ {d}", apply: (x, e, d) => setU32(x, e.cdAt + 16, e.crc ^ d) },
    { name: "central compressed size +{d}", apply: (x, e, d) => setU32(x, e.cdAt + 20, e.compressedSize + d) },
    {
      name: "central compressed size -{d}",
      apply: (x, e, d) => setU32(x, e.cdAt + 20, Math.max(0, e.compressedSize - d)),
    },
    { name: "central size +{d}", apply: (x, e, d) => setU32(x, e.cdAt + 24, e.size + d) },
    { name: "central size -{d}", apply: (x, e, d) => setU32(x, e.cdAt + 24, Math.max(0, e.size - d)) },
    { name: "local CRC ^ {d}", apply: (x, e, d) => setU32(x, e.localAt + 14, e.crc ^ d) },
    { name: "local compressed size +{d}", apply: (x, e, d) => setU32(x, e.localAt + 18, e.compressedSize + d) },
    {
      name: "local compressed size -{d}",
      apply: (x, e, d) => setU32(x, e.localAt + 18, Math.max(0, e.compressedSize - d)),
    },
    { name: "local size +{d}", apply: (x, e, d) => setU32(x, e.localAt + 22, e.size + d) },
    { name: "local size -{d}", apply: (x, e, d) => setU32(x, e.localAt + 22, Math.max(0, e.size - d)) },
    {
      name: "both CRCs ^ {d}",
      apply: (x, e, d) => setU32(setU32(x, e.cdAt + 16, e.crc ^ d), e.localAt + 14, e.crc ^ d),
    },
  ];
  cases.push(
    ...many("zip.size-crc", 28, seed, (rng, k) => {
      const field = FIELDS[k % FIELDS.length] as Field;
      const e = rng.pick(readEntries);
      const d = rng.next() < 0.3 ? 1 : rng.between(2, 5000);
      return {
        what: `${e.name}: ${field.name.replace("{d}", String(d))}`,
        required: REFUSED_OR_SAME,
        make: () => field.apply(b, e, d),
      };
    }),
  );

  // Another content under the entry's old CRC (sizes honest): only a CRC check tells.
  cases.push(
    ...fixed(
      "zip.crc-stale",
      [...s.ledgers.map((l) => l.part), "xl/sharedStrings.xml", "xl/workbook.xml"].map((name) => ({
        what: `${name} replaced by another content, its CRC left as it was`,
        required: REFUSED_OR_SAME,
        make: () => rawZip(s.entries.map((e) => (e.name === name ? { ...evilEntry(s, name), crc: e.crc ?? 0 } : e))),
      })),
    ),
  );

  const localName = (e: LaidEntry, name: string): Uint8Array => {
    const n = strToU8(name);
    const oldLength = view(b).getUint16(e.localAt + 26, true);
    if (n.length !== oldLength) {
      // A longer name: the local header grows, everything after it moves.
      const grown = concat([
        b.subarray(0, e.localAt + 26),
        setU16(new Uint8Array(2), 0, n.length),
        b.subarray(e.localAt + 28, e.localAt + 30),
        n,
        b.subarray(e.dataAt),
      ]);
      const delta = n.length - oldLength;
      const cdAt = L.cdAt + delta;
      let out = setU32(grown, grown.length - 22 + 16, cdAt);
      for (const other of L.entries)
        if (other.localAt > e.localAt) out = setU32(out, other.cdAt + delta + 42, other.localAt + delta);
      return out;
    }
    const out = copy(b);
    out.set(n, e.localAt + 30);
    return out;
  };
  const lnTargets = [
    ...s.ledgers.map((l) => l.part),
    "xl/sharedStrings.xml",
    "xl/workbook.xml",
    "xl/_rels/workbook.xml.rels",
    "xl/styles.xml",
  ];
  cases.push(
    ...many("zip.local-name", 8, seed, (rng, k) => {
      const e = fileEntries.find((x) => x.name === lnTargets[k % lnTargets.length]) as LaidEntry;
      const variants = [
        () => {
          const i = rng.int(e.name.length);
          const c = e.name.charCodeAt(i);
          return e.name.slice(0, i) + String.fromCharCode(c === 0x61 ? 0x62 : 0x61) + e.name.slice(i + 1);
        },
        () => e.name.toUpperCase(),
        () => `${e.name}.bak`,
        () => fileEntries.find((x) => x !== e && x.name.length === e.name.length)?.name ?? e.name.replace(/.$/, "_"),
      ];
      const name = (variants[k % variants.length] as () => string)();
      return {
        what: `the local header of ${e.name} says "${name}"`,
        required: REFUSED_OR_SAME,
        make: () => localName(e, name),
      };
    }),
  );

  const dupTargets = [
    ...s.ledgers.map((l) => l.part),
    "xl/sharedStrings.xml",
    "xl/workbook.xml",
    "xl/_rels/workbook.xml.rels",
  ];
  cases.push(
    ...fixed(
      "zip.duplicate-name",
      dupTargets.flatMap((name) =>
        (["after", "before"] as const).map((where) => ({
          what: `a second entry "${name}" with another content, ${where} the first`,
          required: REFUSED_OR_SAME,
          make: () => {
            const evil = evilEntry(s, name);
            return rawZip(
              s.entries.flatMap((e) => (e.name !== name ? [e] : where === "after" ? [e, evil] : [evil, e])),
            );
          },
        })),
      ),
    ),
  );

  const sheet3 = s.ledger(SHEET_NAMES.members).part;
  const variantsOf: readonly (readonly [string, string])[] = [
    [sheet3, sheet3.replace(/sheet(\d+)\.xml$/, "SHEET$1.xml")],
    [s.ledger(SHEET_NAMES.activities).part, s.ledger(SHEET_NAMES.activities).part.toUpperCase()],
    [s.ledger(SHEET_NAMES.dues).part, s.ledger(SHEET_NAMES.dues).part.replace(/^xl/, "XL")],
    ["xl/sharedStrings.xml", "xl/SharedStrings.xml"],
    ["xl/workbook.xml", "xl/Workbook.xml"],
  ];
  cases.push(
    ...fixed(
      "zip.case-variant",
      variantsOf.flatMap(([name, variant]) =>
        (["after", "before"] as const).map((where) => ({
          what: `"${variant}" (another content) beside "${name}", ${where} it`,
          required: REFUSED_OR_SAME,
          make: () => {
            const evil = evilEntry(s, name, variant);
            return rawZip(
              s.entries.flatMap((e) => (e.name !== name ? [e] : where === "after" ? [e, evil] : [evil, e])),
            );
          },
        })),
      ),
    ),
  );

  // A second central directory / end record. `evil` replaces one sheet by another content.
  const n = L.entries.length;
  const locals = b.subarray(0, L.cdAt);
  const cd = b.subarray(L.cdAt, L.eocdAt);
  const secondDirectory =
    (target: string, build: (evilLocal: Uint8Array, evilCd: (evilAt: number) => Uint8Array) => Uint8Array) => () => {
      const evil = evilEntry(s, target);
      return build(localRecord(evil), (evilAt) => directoryWith(b, L, target, evil, evilAt));
    };
  const ledgerPart = (k: number): string => (s.ledgers[k % s.ledgers.length] as LedgerSheet).part;
  cases.push(
    ...fixed("zip.second-directory", [
      {
        what: "a copy of the central directory and an end record pointing to it, appended",
        required: REFUSED_OR_SAME,
        make: () => concat([b, cd, endRecord({ count: n, cdSize: cd.length, cdAt: b.length })]),
      },
      {
        what: "a second copy of the end record appended",
        required: REFUSED_OR_SAME,
        make: () => concat([b, b.subarray(L.eocdAt)]),
      },
      {
        what: `appended: another ${ledgerPart(0)}, a central directory naming it and an end record`,
        required: REFUSED_OR_SAME,
        make: secondDirectory(ledgerPart(0), (evilLocal, evilCd) => {
          const dir = evilCd(b.length);
          return concat([
            b,
            evilLocal,
            dir,
            endRecord({ count: n, cdSize: dir.length, cdAt: b.length + evilLocal.length }),
          ]);
        }),
      },
      {
        what: `inserted before the real directory: another ${ledgerPart(1)}, a directory naming it and an end record`,
        required: REFUSED_OR_SAME,
        make: secondDirectory(ledgerPart(1), (evilLocal, evilCd) => {
          const dir = evilCd(L.cdAt);
          const fake = endRecord({ count: n, cdSize: dir.length, cdAt: L.cdAt + evilLocal.length });
          const realAt = L.cdAt + evilLocal.length + dir.length + fake.length;
          return concat([locals, evilLocal, dir, fake, cd, endRecord({ count: n, cdSize: cd.length, cdAt: realAt })]);
        }),
      },
      {
        what: `an end record inside the real end record's comment, pointing to a directory that names another ${ledgerPart(2)}`,
        required: REFUSED_OR_SAME,
        make: secondDirectory(ledgerPart(2), (evilLocal, evilCd) => {
          const dir = evilCd(L.cdAt);
          const fake = endRecord({ count: n, cdSize: dir.length, cdAt: L.cdAt + evilLocal.length });
          const realAt = L.cdAt + evilLocal.length + dir.length;
          return concat([
            locals,
            evilLocal,
            dir,
            cd,
            endRecord({ count: n, cdSize: cd.length, cdAt: realAt, comment: fake }),
          ]);
        }),
      },
      {
        what: `a second directory (naming another ${ledgerPart(3)}) before the real one, no second end record`,
        required: REFUSED_OR_SAME,
        make: secondDirectory(ledgerPart(3), (evilLocal, evilCd) => {
          const dir = evilCd(L.cdAt);
          const realAt = L.cdAt + evilLocal.length + dir.length;
          return concat([locals, evilLocal, dir, cd, endRecord({ count: n, cdSize: cd.length, cdAt: realAt })]);
        }),
      },
      {
        what: "the end record twice in a row, the first one's comment length covering the second",
        required: REFUSED_OR_SAME,
        make: () =>
          concat([locals, cd, endRecord({ count: n, cdSize: cd.length, cdAt: L.cdAt, comment: b.subarray(L.eocdAt) })]),
      },
      {
        what: "100 bytes of noise after the end record",
        required: REFUSED_OR_SAME,
        make: () => concat([b, Uint8Array.from({ length: 100 }, (_, i) => (i * 37 + 11) & 0xff)]),
      },
    ]),
  );

  const e8 = L.eocdAt;
  cases.push(
    ...fixed("zip.disk-entries", [
      {
        what: `end record: entries on this disk ${n - 1}, total ${n}`,
        required: REFUSED_OR_SAME,
        make: () => setU16(b, e8 + 8, n - 1),
      },
      {
        what: `end record: entries on this disk ${n + 1}, total ${n}`,
        required: REFUSED_OR_SAME,
        make: () => setU16(b, e8 + 8, n + 1),
      },
      {
        what: `end record: entries on this disk 0, total ${n}`,
        required: REFUSED_OR_SAME,
        make: () => setU16(b, e8 + 8, 0),
      },
      {
        what: `end record: entries on this disk ${n}, total ${n - 1}`,
        required: REFUSED_OR_SAME,
        make: () => setU16(b, e8 + 10, n - 1),
      },
      {
        what: `end record: entries on this disk ${n}, total ${n + 1}`,
        required: REFUSED_OR_SAME,
        make: () => setU16(b, e8 + 10, n + 1),
      },
      {
        what: `end record: entries on this disk ${n - 1}, total ${n - 1}`,
        required: REFUSED_OR_SAME,
        make: () => setU16(setU16(b, e8 + 8, n - 1), e8 + 10, n - 1),
      },
      { what: "end record: number of this disk 1", required: REFUSED_OR_SAME, make: () => setU16(b, e8 + 4, 1) },
      {
        what: "end record: disk where the directory starts 1",
        required: REFUSED_OR_SAME,
        make: () => setU16(b, e8 + 6, 1),
      },
      {
        what: "end record: directory size + 1",
        required: REFUSED_OR_SAME,
        make: () => setU32(b, e8 + 12, L.cdSize + 1),
      },
      {
        what: "end record: directory size - 46",
        required: REFUSED_OR_SAME,
        make: () => setU32(b, e8 + 12, L.cdSize - 46),
      },
      {
        what: "end record: comment length 5, no comment",
        required: REFUSED_OR_SAME,
        make: () => setU16(b, e8 + 20, 5),
      },
      {
        what: "end record: comment length 65,535, no comment",
        required: REFUSED_OR_SAME,
        make: () => setU16(b, e8 + 20, 0xffff),
      },
    ]),
  );

  // Zip64: the seed rewritten as toZip64 does: [locals][directory][Zip64 end 56][locator 20][end 22].
  const z64 = (): Uint8Array => toZip64(b);
  const z64At = (x: Uint8Array): number => x.length - 98;
  const locAt = (x: Uint8Array): number => x.length - 42;
  const z64Extra = (x: Uint8Array, name: string): number => {
    // The Zip64 extra field of `name` in toZip64's directory: size at +4, compressed size at +12.
    const at = zipEntriesOf64(x).get(name);
    if (at === undefined) throw new Error(`no ${name}`);
    return at;
  };
  const sheet5 = s.ledger(SHEET_NAMES.activities).part;
  const sheet5Entry = L.entries.find((e) => e.name === sheet5) as LaidEntry;
  cases.push(
    ...fixed("zip.zip64", [
      { what: "the seed in Zip64 form (toZip64)", required: SAME, make: z64 },
      { what: "the rawZip rewrite in Zip64 form", required: SAME, make: () => toZip64(rawZip(s.entries)) },
      {
        what: "Zip64 end record: 10^12 entries (this disk and total)",
        required: REFUSED_OR_SAME,
        make: () => setU64(setU64(z64(), z64At(z64()) + 24, 10n ** 12n), z64At(z64()) + 32, 10n ** 12n),
      },
      {
        what: "Zip64 end record: total entries 10^12",
        required: REFUSED_OR_SAME,
        make: () => setU64(z64(), z64At(z64()) + 32, 10n ** 12n),
      },
      {
        what: "Zip64 end record: entries on this disk 10^12",
        required: REFUSED_OR_SAME,
        make: () => setU64(z64(), z64At(z64()) + 24, 10n ** 12n),
      },
      {
        what: "Zip64 end record: 2^64-1 entries",
        required: REFUSED_OR_SAME,
        make: () => setU64(setU64(z64(), z64At(z64()) + 24, 2n ** 64n - 1n), z64At(z64()) + 32, 2n ** 64n - 1n),
      },
      {
        what: "Zip64 locator pointing to offset 0 (a local header)",
        required: REFUSED_OR_SAME,
        make: () => setU64(z64(), locAt(z64()) + 8, 0n),
      },
      {
        what: "Zip64 locator pointing beyond the file (2^40)",
        required: REFUSED_OR_SAME,
        make: () => setU64(z64(), locAt(z64()) + 8, 2n ** 40n),
      },
      {
        what: "Zip64 locator pointing one byte before the Zip64 end record",
        required: REFUSED_OR_SAME,
        make: () => setU64(z64(), locAt(z64()) + 8, BigInt(z64At(z64()) - 1)),
      },
      { what: "Zip64 locator: 2 disks", required: REFUSED_OR_SAME, make: () => setU32(z64(), locAt(z64()) + 16, 2) },
      {
        what: "Zip64 end record: directory size + 1,000",
        required: REFUSED_OR_SAME,
        make: () => {
          const x = z64();
          return setU64(x, z64At(x) + 40, view(x).getBigUint64(z64At(x) + 40, true) + 1000n);
        },
      },
      {
        what: "Zip64 end record with a wrong signature (the end record says 'see Zip64')",
        required: REFUSED_OR_SAME,
        make: () => flip(z64(), z64At(z64()), 0x01),
      },
      {
        what: `Zip64 extra field: ${sheet5} size + 1,000`,
        required: REFUSED_OR_SAME,
        make: () => {
          const x = z64();
          return setU64(x, z64Extra(x, sheet5) + 4, BigInt(sheet5Entry.size + 1000));
        },
      },
      {
        what: `Zip64 extra field: ${sheet5} compressed size - 1,000`,
        required: REFUSED_OR_SAME,
        make: () => {
          const x = z64();
          return setU64(x, z64Extra(x, sheet5) + 12, BigInt(sheet5Entry.compressedSize - 1000));
        },
      },
      {
        what: `a Zip64 locator and end record pointing to a second directory (another ${sheet5}); the plain end record to the real one`,
        required: REFUSED_OR_SAME,
        make: () => {
          const evil = evilEntry(s, sheet5);
          const evilLocal = localRecord(evil);
          const dir = directoryWith(b, L, sheet5, evil, L.cdAt);
          const realAt = L.cdAt + evilLocal.length + dir.length;
          return concat([
            locals,
            evilLocal,
            dir,
            cd,
            zip64Tail(n, dir.length, L.cdAt + evilLocal.length, realAt + cd.length),
            endRecord({ count: n, cdSize: cd.length, cdAt: realAt }),
          ]);
        },
      },
      {
        what: `the locator pointing to a second Zip64 end record, whose directory names another ${sheet5}`,
        required: REFUSED_OR_SAME,
        make: () => {
          // [locals][evil local][evil directory][fake Zip64 end][Zip64 directory][real Zip64 end][locator → fake][end]
          const x = z64();
          const cdStart = Number(view(x).getBigUint64(z64At(x) + 48, true));
          const evil = evilEntry(s, sheet5);
          const evilLocal = localRecord(evil);
          const dir = directoryWith(b, L, sheet5, evil, cdStart);
          const fakeAt = cdStart + evilLocal.length + dir.length;
          const fake = zip64Tail(n, dir.length, cdStart + evilLocal.length, 0).subarray(0, 56);
          const shift = evilLocal.length + dir.length + fake.length;
          const realZ64 = setU64(x.subarray(z64At(x), z64At(x) + 56), 48, BigInt(cdStart + shift));
          const locator = setU64(x.subarray(locAt(x), locAt(x) + 20), 8, BigInt(fakeAt));
          return concat([
            x.subarray(0, cdStart),
            evilLocal,
            dir,
            fake,
            x.subarray(cdStart, z64At(x)),
            realZ64,
            locator,
            x.subarray(x.length - 22),
          ]);
        },
      },
    ]),
  );

  const sheet6 = s.ledger(SHEET_NAMES.condolences).part;
  const at = (name: string): LaidEntry => L.entries.find((e) => e.name === name) as LaidEntry;
  const pointAt = (x: Uint8Array, e: LaidEntry, to: LaidEntry, withSizes: boolean): Uint8Array => {
    let out = setU32(x, e.cdAt + 42, to.localAt);
    if (withSizes)
      out = setU32(setU32(setU32(out, e.cdAt + 16, to.crc), e.cdAt + 20, to.compressedSize), e.cdAt + 24, to.size);
    return out;
  };
  const lastEntry = L.entries.reduce((a, e) => (e.localAt > a.localAt ? e : a));
  cases.push(
    ...fixed("zip.overlap", [
      {
        what: `${sheet6}'s directory entry points to ${sheet5}'s local header (with its sizes and CRC)`,
        required: REFUSED_OR_SAME,
        make: () => pointAt(b, at(sheet6), at(sheet5), true),
      },
      {
        what: `${sheet6}'s directory entry points to ${sheet5}'s local header (its own sizes)`,
        required: REFUSED_OR_SAME,
        make: () => pointAt(b, at(sheet6), at(sheet5), false),
      },
      {
        what: `every ledger sheet's directory entry points to ${sheet3}'s data`,
        required: REFUSED_OR_SAME,
        make: () => s.ledgers.reduce((x, l) => (l.part === sheet3 ? x : pointAt(x, at(l.part), at(sheet3), true)), b),
      },
      {
        what: `another ${sheet5} hidden inside the stored data of docProps/app.xml, ${sheet5}'s directory entry pointing into it`,
        required: REFUSED_OR_SAME,
        make: () => {
          const evil = evilEntry(s, sheet5);
          const hidden = localRecord(evil);
          const app = s.parts["docProps/app.xml"] ?? new Uint8Array(0);
          const carrier = concat([app, hidden]);
          const z = rawZip(
            s.entries.map((e) =>
              e.name === "docProps/app.xml"
                ? {
                    name: e.name,
                    stored: carrier,
                    method: 0 as const,
                    declaredSize: carrier.length,
                    crc: crc32(carrier),
                  }
                : e,
            ),
          );
          const zl = zipLayout(z);
          const appE = zl.entries.find((e) => e.name === "docProps/app.xml") as LaidEntry;
          const target = zl.entries.find((e) => e.name === sheet5) as LaidEntry;
          const hiddenAt = appE.dataAt + app.length;
          return setU32(
            setU32(
              setU32(setU32(z, target.cdAt + 42, hiddenAt), target.cdAt + 16, evil.crc ?? 0),
              target.cdAt + 20,
              evil.stored.length,
            ),
            target.cdAt + 24,
            evil.declaredSize,
          );
        },
      },
      {
        what: `${sheet5}'s directory entry points into the central directory`,
        required: REFUSED_OR_SAME,
        make: () => setU32(b, at(sheet5).cdAt + 42, L.cdAt),
      },
      {
        what: `${lastEntry.name} (the last entry) says its compressed data runs over the central directory`,
        required: REFUSED_OR_SAME,
        make: () =>
          setU32(
            setU32(b, lastEntry.cdAt + 20, lastEntry.compressedSize + L.cdSize),
            lastEntry.localAt + 18,
            lastEntry.compressedSize + L.cdSize,
          ),
      },
    ]),
  );
  return cases;
};

/** Offsets of each entry's Zip64 extra field data (after its 4-byte header) in a toZip64 archive. */
function zipEntriesOf64(x: Uint8Array): Map<string, number> {
  const v = view(x);
  const rec = x.length - 98;
  const count = Number(v.getBigUint64(rec + 32, true));
  const out = new Map<string, number>();
  for (let i = 0, at = Number(v.getBigUint64(rec + 48, true)); i < count; i++) {
    const nameLength = v.getUint16(at + 28, true);
    const extraLength = v.getUint16(at + 30, true);
    out.set(strFromU8(x.subarray(at + 46, at + 46 + nameLength)), at + 46 + nameLength + 4);
    at += 46 + nameLength + extraLength + v.getUint16(at + 32, true);
  }
  return out;
}

/** A Zip64 end record (for a directory at `cdAt`) and a locator pointing to `recordAt`. */
function zip64Tail(count: number, cdSize: number, cdAt: number, recordAt: number): Uint8Array {
  const z = new DataView(new ArrayBuffer(56 + 20));
  z.setUint32(0, SIG.end64, true);
  z.setBigUint64(4, 44n, true);
  z.setUint16(12, 45, true);
  z.setUint16(14, 45, true);
  z.setBigUint64(24, BigInt(count), true);
  z.setBigUint64(32, BigInt(count), true);
  z.setBigUint64(40, BigInt(cdSize), true);
  z.setBigUint64(48, BigInt(cdAt), true);
  z.setUint32(56, SIG.locator, true);
  z.setBigUint64(64, BigInt(recordAt), true);
  z.setUint32(72, 1, true);
  return new Uint8Array(z.buffer);
}

/** Data rows of a ledger (a value in column A) where the seed has no finding. */
function quietRows(s: Seed, l: LedgerSheet, busy: ReadonlySet<string>): RowSpan[] {
  return sheetRows(s.text(l.part)).filter(
    (r) => r.r >= 3 && r.cells.some((c) => c.col === "A" && c.value !== undefined) && !busy.has(placeKey(l.name, r.r)),
  );
}

export const placeKey = (sheet: string, row: number): string => `${sheet}\t${row}`;

const isNumberCell = (c: CellSpan): boolean => c.type === undefined && c.value !== undefined && !c.formula;
const isStringCell = (c: CellSpan): boolean => c.type === "s" && c.value !== undefined;

/** A random quiet row of a random ledger with a cell satisfying `ok`, and that cell. */
function pickCell(
  s: Seed,
  busy: ReadonlySet<string>,
  rng: Rng,
  ok: (c: CellSpan) => boolean,
  ledgers = s.ledgers,
): { l: LedgerSheet; row: RowSpan; cell: CellSpan } {
  for (let tries = 0; tries < 1000; tries++) {
    const l = rng.pick(ledgers);
    const rows = quietRows(s, l, busy).filter((r) => r.cells.some(ok));
    if (rows.length === 0) continue;
    const row = rng.pick(rows);
    return { l, row, cell: rng.pick(row.cells.filter(ok)) };
  }
  throw new Error("no cell to mutate");
}

const cellPlace = (l: LedgerSheet, ...cells: readonly CellSpan[]): Required => ({
  kind: "refused-or-finding",
  place: { sheet: l.name, rows: [...new Set(cells.map((c) => c.row))], cells: cells.map((c) => c.ref) },
});

/**
 * A cell's XML with another value, one the same column holds in another row without a finding (so
 * the value itself draws no finding there); the last digit changed when there is none.
 */
function alteredCell(s: Seed, l: LedgerSheet, busy: ReadonlySet<string>, c: CellSpan, rng: Rng): string {
  const others = quietRows(s, l, busy).flatMap((r) =>
    r.cells.filter(
      (x) => x.col === c.col && x.type === c.type && !x.formula && x.value !== undefined && x.value !== c.value,
    ),
  );
  const value = others.length
    ? (rng.pick(others).value as string)
    : c.value === undefined
      ? "1"
      : c.value.replace(/\d$/, (d) => String((Number(d) + 1) % 10));
  return c.value === undefined
    ? c.xml.replace(/\/>$/, `><v>${value}</v></c>`)
    : c.xml.replace(`<v>${c.value}</v>`, `<v>${value}</v>`);
}

/** A cell's XML turned into an inline string holding `text` (its other attributes kept). */
function inlineText(c: CellSpan, text: string): string {
  const attrs = (/^<c ([^>]*?)\/?>/.exec(c.xml)?.[1] ?? `r="${c.ref}"`).replace(/\s*\bt="[^"]*"/, "");
  return `<c ${attrs} t="inlineStr"><is><t>${text}</t></is></c>`;
}

/** The sheet with one cell's XML replaced. */
const withCell = (xml: string, c: CellSpan, replacement: string): string => splice(xml, c.start, c.end, replacement);

const xmlEdits: Builder = (s, seed, busy) => {
  const cases: FuzzCase[] = [];
  const sheetEdit = (l: LedgerSheet, edit: (xml: string) => string) => () =>
    s.repack({ [l.part]: edit(s.text(l.part)) });
  const activities = s.ledger(SHEET_NAMES.activities);

  const styles: readonly WhitespaceStyle[] = ["row-newline", "tabs", "around-eq", "before-close", "random"];
  const wsParts = ["xl/sharedStrings.xml", "xl/workbook.xml", "xl/styles.xml", "xl/_rels/workbook.xml.rels"];
  cases.push(
    ...fixed("xml.whitespace", [
      ...s.ledgers.flatMap((l) =>
        styles.map((style) => ({
          what: `${l.name} (${l.part}): whitespace inside tags, ${style}`,
          required: SAME,
          make: () => s.repack({ [l.part]: respace(s.text(l.part), style, caseRng(seed, `${l.part}:${style}`)) }),
        })),
      ),
      ...wsParts.map((part) => ({
        what: `${part}: whitespace inside tags, random`,
        required: SAME,
        make: () => s.repack({ [part]: respace(s.text(part), "random", caseRng(seed, `${part}:random`)) }),
      })),
    ]),
  );

  const mlParts = [...s.sheetPart.values(), "xl/sharedStrings.xml", "xl/workbook.xml", "xl/styles.xml"];
  const prefixed =
    (parts: readonly string[], prefix: string, ns = MAIN_NS) =>
    () =>
      s.repack(Object.fromEntries(parts.map((p) => [p, prefixNamespace(s.text(p), ns, prefix)])));
  cases.push(
    ...fixed("xml.prefix", [
      ...s.ledgers.map((l) => ({
        what: `${l.name} (${l.part}): every SpreadsheetML element as x:…, xmlns:x declared`,
        required: SAME,
        make: prefixed([l.part], "x"),
      })),
      { what: "xl/sharedStrings.xml as x:…", required: SAME, make: prefixed(["xl/sharedStrings.xml"], "x") },
      { what: "xl/workbook.xml as x:…", required: SAME, make: prefixed(["xl/workbook.xml"], "x") },
      { what: "xl/styles.xml as x:…", required: SAME, make: prefixed(["xl/styles.xml"], "x") },
      {
        what: "every SpreadsheetML part (sheets, strings, workbook, styles) as x:…",
        required: SAME,
        make: prefixed(mlParts, "x"),
      },
      { what: "every SpreadsheetML part as main:…", required: SAME, make: prefixed(mlParts, "main") },
      {
        what: "the relationship parts as pr:… (package relationships namespace)",
        required: SAME,
        make: prefixed(["_rels/.rels", "xl/_rels/workbook.xml.rels"], "pr", PKG_REL_NS),
      },
    ]),
  );

  cases.push(
    ...many("xml.dup-row", 12, seed, (rng, k) => {
      const l = s.ledgers[k % s.ledgers.length] as LedgerSheet;
      const row = rng.pick(quietRows(s, l, busy));
      const mode =
        (
          [
            "an identical copy after it",
            "a copy with another 备注 after it",
            "a copy with another 备注 before it",
          ] as const
        )[Math.floor(k / 4) % 3] ?? "";
      // The copy differs in its 备注 only (no rule reads "副本"): a finding in the row is about the duplicate.
      const changed = (): string => {
        const c = row.cells.find((x) => x.col === l.remarks);
        return c
          ? row.xml.replace(c.xml, inlineText(c, "副本"))
          : row.xml.replace("</row>", `<c r="${l.remarks}${row.r}" t="inlineStr"><is><t>副本</t></is></c></row>`);
      };
      const other = mode.startsWith("an identical") ? row.xml : changed();
      const dup = mode.endsWith("before it") ? other + row.xml : row.xml + other;
      return {
        what: `${l.name}: <row r="${row.r}"> twice (${mode})`,
        required: { kind: "refused-or-finding", place: { sheet: l.name, rows: [row.r] } },
        make: sheetEdit(l, (xml) => splice(xml, row.start, row.end, dup)),
      };
    }),
  );

  cases.push(
    ...many("xml.dup-cell", 12, seed, (rng, k) => {
      const { l, cell } = pickCell(s, busy, rng, (c) => c.value !== undefined && !c.formula, [
        s.ledgers[k % s.ledgers.length] as LedgerSheet,
      ]);
      const mode =
        (["an identical copy after it", "another value after it", "another value before it"] as const)[
          Math.floor(k / 4) % 3
        ] ?? "";
      const other = mode.startsWith("an identical") ? cell.xml : alteredCell(s, l, busy, cell, rng);
      const dup = mode.endsWith("before it") ? other + cell.xml : cell.xml + other;
      return {
        what: `${l.name}: two cells r="${cell.ref}" (${mode})`,
        required: cellPlace(l, cell),
        make: sheetEdit(l, (xml) => withCell(xml, cell, dup)),
      };
    }),
  );

  const actRow3 = sheetRows(s.text(activities.part)).find((r) => r.r === 3);
  const j3 = actRow3?.cells.find((c) => c.col === "J");
  const i3 = actRow3?.cells.find((c) => c.col === "I");
  cases.push(
    ...many("xml.dup-attr", 12, seed, (rng, k) => {
      if (k === 0 && j3 && i3 && !busy.has(placeKey(activities.name, 3))) {
        return {
          what: `${activities.name}: <c r="J3" r="I3" …> (a duplicated attribute)`,
          required: cellPlace(activities, j3, i3),
          make: sheetEdit(activities, (xml) => withCell(xml, j3, j3.xml.replace('r="J3"', 'r="J3" r="I3"'))),
        };
      }
      const kind =
        (
          [
            "r another cell",
            "r another cell",
            "r another cell",
            "r the same",
            "r the same",
            "t",
            "t",
            "s",
            "s",
            "row r",
            "row r",
            "r another cell",
          ] as const
        )[k] ?? "t";
      if (kind === "row r") {
        const l = rng.pick(s.ledgers);
        const row = rng.pick(quietRows(s, l, busy));
        return {
          what: `${l.name}: <row r="${row.r}" r="${row.r + 1}" …>`,
          required: { kind: "refused-or-finding", place: { sheet: l.name, rows: [row.r, row.r + 1] } },
          make: sheetEdit(l, (xml) =>
            splice(xml, row.start, row.end, row.xml.replace(`<row r="${row.r}"`, `<row r="${row.r}" r="${row.r + 1}"`)),
          ),
        };
      }
      const ok =
        kind === "t"
          ? isStringCell
          : kind === "s"
            ? (c: CellSpan) => isNumberCell(c) && /\bs="/.test(c.xml)
            : (c: CellSpan) => c.value !== undefined && !c.formula;
      const { l, row, cell } = pickCell(s, busy, rng, ok);
      if (kind === "r another cell") {
        const other = rng.pick(row.cells.filter((c) => c !== cell));
        return {
          what: `${l.name}: <c r="${cell.ref}" r="${other.ref}" …>`,
          required: cellPlace(l, cell, other),
          make: sheetEdit(l, (xml) =>
            withCell(xml, cell, cell.xml.replace(`r="${cell.ref}"`, `r="${cell.ref}" r="${other.ref}"`)),
          ),
        };
      }
      const [from, to] =
        kind === "r the same"
          ? [`r="${cell.ref}"`, `r="${cell.ref}" r="${cell.ref}"`]
          : kind === "t"
            ? ['t="s"', 't="s" t="n"']
            : [/\bs="(\d+)"/.exec(cell.xml)?.[0] ?? "", `${/\bs="(\d+)"/.exec(cell.xml)?.[0] ?? ""} s="0"`];
      return {
        what: `${l.name}: ${cell.ref} written <c … ${to} …>`,
        required: cellPlace(l, cell),
        make: sheetEdit(l, (xml) => withCell(xml, cell, cell.xml.replace(from, to))),
      };
    }),
  );

  const NUMBER_GARBAGE = [
    "abc",
    "x",
    ".5.",
    "e",
    "e+",
    "-",
    "..",
    "1.2.3",
    ",5",
    "元",
    "%",
    "#",
    "0x1F",
    "\u00a0",
    "１",
  ];
  cases.push(
    ...many("xml.number-garbage", 20, seed, (rng) => {
      const { l, cell } = pickCell(s, busy, rng, isNumberCell);
      const garbage = rng.pick(NUMBER_GARBAGE);
      const v = `${cell.value}${garbage}`;
      return {
        what: `${l.name}: ${cell.ref} <v>${visible(v)}</v> (was ${cell.value})`,
        required: cellPlace(l, cell),
        make: sheetEdit(l, (xml) => withCell(xml, cell, cell.xml.replace(`<v>${cell.value}</v>`, `<v>${v}</v>`))),
      };
    }),
  );

  const unique = s.sharedStrings().length;
  const c3 = actRow3?.cells.find((c) => c.col === "C");
  const SST_GARBAGE: readonly ((v: string) => string)[] = [
    (v) => `${v}abc`,
    (v) => `${v}.5`,
    (v) => `${v}x`,
    () => "-1",
    () => String(unique + 7),
    () => String(2 ** 32 + 1),
    () => "",
    (v) => `${v}e0`,
    (v) => `0x${v}`,
    (v) => `${v} 1`,
  ];
  cases.push(
    ...many("xml.sst-index-garbage", 12, seed, (rng, k) => {
      const picked =
        k === 0 && c3 && isStringCell(c3) && !busy.has(placeKey(activities.name, 3))
          ? { l: activities, cell: c3 }
          : pickCell(s, busy, rng, isStringCell);
      const { l, cell } = picked;
      const v = k === 0 ? `${cell.value}abc` : rng.pick(SST_GARBAGE)(cell.value ?? "");
      return {
        what: `${l.name}: ${cell.ref} t="s" <v>${v}</v> (was ${cell.value}; ${unique} shared strings)`,
        required: cellPlace(l, cell),
        make: sheetEdit(l, (xml) => withCell(xml, cell, cell.xml.replace(`<v>${cell.value}</v>`, `<v>${v}</v>`))),
      };
    }),
  );

  const BAD_UTF8: readonly (readonly [string, readonly number[]])[] = [
    ["FF", [0xff]],
    ["C3 (a lead byte alone)", [0xc3]],
    ["80 (a continuation byte alone)", [0x80]],
    ["ED A0 80 (a surrogate)", [0xed, 0xa0, 0x80]],
    ["C0 B2 (an overlong '2')", [0xc0, 0xb2]],
    ["F4 90 80 80 (beyond U+10FFFF)", [0xf4, 0x90, 0x80, 0x80]],
    ["FE", [0xfe]],
  ];
  cases.push(
    ...many("xml.invalid-utf8", 12, seed, (rng, k) => {
      const spec = k === 0 && i3 && !busy.has(placeKey(activities.name, 3)) && i3.value === "2444.06";
      const { l, cell } = spec ? { l: activities, cell: i3 } : pickCell(s, busy, rng, isNumberCell);
      const [label, bad] = spec ? (BAD_UTF8[0] as (typeof BAD_UTF8)[number]) : rng.pick(BAD_UTF8);
      const value = cell.value ?? "";
      const replaceLast = spec || rng.next() < 0.5;
      const kept = replaceLast && value.length > 1 ? value.slice(0, -1) : value;
      return {
        what: `${l.name}: ${cell.ref} <v>${kept}\\x${label}</v> (was ${value}; ${replaceLast ? "last digit replaced" : "appended"})`,
        required: cellPlace(l, cell),
        make: () => {
          const xml = s.text(l.part);
          const before = strToU8(
            xml.slice(0, cell.start) + cell.xml.slice(0, cell.xml.indexOf(`<v>${value}</v>`)) + `<v>${kept}`,
          );
          const after = strToU8(
            `</v>${cell.xml.slice(cell.xml.indexOf(`<v>${value}</v>`) + `<v>${value}</v>`.length)}${xml.slice(cell.end)}`,
          );
          return s.repack({ [l.part]: concat([before, Uint8Array.from(bad), after]) });
        },
      };
    }),
  );

  const remarksCell = (l: LedgerSheet, rng: Rng): { row: RowSpan; cell: CellSpan } => {
    const row = rng.pick(quietRows(s, l, busy).filter((r) => r.cells.some((c) => c.col === l.remarks)));
    return { row, cell: row.cells.find((c) => c.col === l.remarks) as CellSpan };
  };
  const LONG: readonly {
    readonly what: string;
    readonly text: () => string;
    readonly shared: boolean;
    readonly ledger: number;
  }[] = [
    { what: "32,768 ASCII characters, inline", text: () => "A".repeat(32_768), shared: false, ledger: 2 },
    { what: "40,000 ASCII characters, inline", text: () => "x".repeat(40_000), shared: false, ledger: 0 },
    { what: "1,000,000 ASCII characters, inline", text: () => "y".repeat(1_000_000), shared: false, ledger: 3 },
    { what: "32,768 CJK characters, inline", text: () => "汉".repeat(32_768), shared: false, ledger: 1 },
    { what: "40,000 characters, a new shared string", text: () => "z".repeat(40_000), shared: true, ledger: 2 },
    { what: "100,000 characters, a new shared string", text: () => "字".repeat(100_000), shared: true, ledger: 3 },
    {
      what: "32,768 characters with spaces, inline",
      text: () => "ab ".repeat(10_923) + "ab ab",
      shared: false,
      ledger: 0,
    },
    { what: "50,000 characters, a new shared string", text: () => "w".repeat(50_000), shared: true, ledger: 1 },
  ];
  cases.push(
    ...many("xml.long-text", LONG.length, seed, (rng, k) => {
      const spec = LONG[k] as (typeof LONG)[number];
      const l = s.ledgers[spec.ledger] as LedgerSheet;
      const { cell } = remarksCell(l, rng);
      return {
        what: `${l.name}: ${cell.ref} (备注) holds ${spec.what}`,
        required: cellPlace(l, cell),
        make: () => {
          if (!spec.shared)
            return s.repack({ [l.part]: withCell(s.text(l.part), cell, inlineText(cell, spec.text())) });
          const sst = s
            .text("xl/sharedStrings.xml")
            .replace(/uniqueCount="(\d+)"/, (_m, u: string) => `uniqueCount="${Number(u) + 1}"`)
            .replace("</sst>", `<si><t>${spec.text()}</t></si></sst>`);
          const attrs = (/^<c ([^>]*?)\/?>/.exec(cell.xml)?.[1] ?? `r="${cell.ref}"`).replace(/\s*\bt="[^"]*"/, "");
          return s.repack({
            "xl/sharedStrings.xml": sst,
            [l.part]: withCell(s.text(l.part), cell, `<c ${attrs} t="s"><v>${unique}</v></c>`),
          });
        },
      };
    }),
  );

  const withMerges = (xml: string, refs: readonly string[]): string => {
    const m = /<mergeCells count="(\d+)">([\s\S]*?)<\/mergeCells>/.exec(xml);
    const add = refs.map((r) => `<mergeCell ref="${r}"/>`).join("");
    if (!m) return xml.replace("</sheetData>", `</sheetData><mergeCells count="${refs.length}">${add}</mergeCells>`);
    return splice(
      xml,
      m.index,
      m.index + m[0].length,
      `<mergeCells count="${Number(m[1]) + refs.length}">${m[2]}${add}</mergeCells>`,
    );
  };
  const firstFree = columnNumber(activities.lastColumn) + 1;
  const tiled = (): string[] => {
    const out: string[] = [];
    for (let c = 0; c < 16; c++)
      for (let b = 0; b < 128; b++)
        out.push(
          `${columnLetters(firstFree + c)}${3 + b * 1024}:${columnLetters(firstFree + c)}${3 + b * 1024 + 1023}`,
        );
    return out;
  };
  const stacked = (n: number): string[] =>
    Array.from({ length: n }, (_, c) => `${columnLetters(firstFree + c)}3:${columnLetters(firstFree + c)}1026`);
  cases.push(
    ...fixed("xml.merge", [
      ...s.ledgers.map((l) => ({
        what: `${l.name}: a merged range A3:${l.lastColumn}1048576`,
        required: BOUNDED,
        make: sheetEdit(l, (xml) => withMerges(xml, [`A3:${l.lastColumn}1048576`])),
      })),
      {
        what: `${activities.name}: a merged range A1:XFD1048576 (overlapping A1:${activities.lastColumn}1)`,
        required: BOUNDED,
        make: sheetEdit(activities, (xml) => withMerges(xml, ["A1:XFD1048576"])),
      },
      {
        what: `${activities.name}: 2,048 merges of 1,024 rows, tiled (16 columns × 128 blocks)`,
        required: BOUNDED,
        make: sheetEdit(activities, (xml) => withMerges(xml, tiled())),
      },
      {
        what: `${activities.name}: 2,048 merges of 1,024 rows side by side (2,048 columns, rows 3–1026)`,
        required: BOUNDED,
        make: sheetEdit(activities, (xml) => withMerges(xml, stacked(2048))),
      },
      {
        what: `${activities.name}: 2,049 merges of 1,024 rows side by side`,
        required: BOUNDED,
        make: sheetEdit(activities, (xml) => withMerges(xml, stacked(2049))),
      },
    ]),
  );

  const HUGE = 100_000_000;
  const m3 = actRow3?.cells.find((c) => c.col === activities.remarks);
  const hugeInline = (): Uint8Array => {
    if (!m3) throw new Error("no 备注 cell in row 3");
    const xml = s.text(activities.part);
    const open = inlineText(m3, "\u0000");
    const [head, tail] = open.split("\u0000") as [string, string];
    return withBomb(s, activities.part, xml.slice(0, m3.start) + head, tail + xml.slice(m3.end), HUGE);
  };
  const hugeShared = (): Uint8Array => {
    if (!m3) throw new Error("no 备注 cell in row 3");
    const attrs = (/^<c ([^>]*?)\/?>/.exec(m3.xml)?.[1] ?? "").replace(/\s*\bt="[^"]*"/, "");
    const sheet = withCell(s.text(activities.part), m3, `<c ${attrs} t="s"><v>${unique}</v></c>`);
    const sst = s
      .text("xl/sharedStrings.xml")
      .replace(/uniqueCount="(\d+)"/, (_m, u: string) => `uniqueCount="${Number(u) + 1}"`);
    const cut = sst.lastIndexOf("</sst>");
    return withBomb(s, "xl/sharedStrings.xml", `${sst.slice(0, cut)}<si><t>`, `</t></si>${sst.slice(cut)}`, HUGE, {
      [activities.part]: sheet,
    });
  };
  const manyRows =
    (open: string, withR: boolean, selfClosing = false) =>
    () => {
      const xml = s.text(activities.part).replace(/<row /g, `${open}`);
      const rows: string[] = [];
      const last = Math.max(...sheetRows(s.text(activities.part)).map((r) => r.r));
      for (let r = last + 1; r <= 300_000 + last; r++) {
        const attr = withR ? `r="${r}"` : "";
        rows.push(selfClosing ? `${open}${attr}/>` : `${open}${attr}><c r="A${r}"><v>${r}</v></c></row>`);
      }
      return s.repack({ [activities.part]: xml.replace("</sheetData>", `${rows.join("")}</sheetData>`) });
    };
  cases.push(
    ...fixed("xml.huge", [
      {
        what: `${activities.name}: ${activities.remarks}3 holds a 100 MB inline string`,
        required: REFUSED,
        make: hugeInline,
      },
      {
        what: `${activities.name}: ${activities.remarks}3 refers to a 100 MB shared string`,
        required: REFUSED,
        make: hugeShared,
      },
      {
        what: `${activities.name}: 300,000 rows more, every row written <row\\n r=…>`,
        required: REFUSED,
        make: manyRows("<row\n", true),
      },
      {
        what: `${activities.name}: 300,000 rows more, every row written <row\\t r=…>`,
        required: REFUSED,
        make: manyRows("<row\t", true),
      },
      {
        what: `${activities.name}: 300,000 rows more, every row written <row\\r\\n r=…>`,
        required: REFUSED,
        make: manyRows("<row\r\n", true),
      },
      {
        what: `${activities.name}: 300,000 rows more written <row\\n> without r`,
        required: REFUSED,
        make: manyRows("<row\n", false),
      },
      {
        what: `${activities.name}: 300,000 empty rows more written <row\\n r=…/>`,
        required: REFUSED,
        make: manyRows("<row\n", true, true),
      },
    ]),
  );
  return cases;
};

/**
 * The seed with `part` replaced by head + `n` × "A" + tail, deflated as one fixed-Huffman block of
 * back-references (deflateBomb: 100 MB in well under a second), its CRC and size honest.
 */
function withBomb(
  s: Seed,
  part: string,
  head: string,
  tail: string,
  n: number,
  other: Readonly<Record<string, string>> = {},
): Uint8Array {
  const h = strToU8(head);
  const t = strToU8(tail);
  const block = new Uint8Array(1 << 20).fill(0x41);
  let crc = crc32(h);
  for (let left = n; left > 0; left -= block.length)
    crc = crc32(left >= block.length ? block : block.subarray(0, left), crc);
  crc = crc32(t, crc);
  const bomb: RawEntry = {
    name: part,
    stored: deflateBomb(head, 0x41, n, tail),
    method: 8,
    declaredSize: h.length + n + t.length,
    crc,
  };
  return rawZip(
    s.entries.map((e) =>
      e.name === part ? bomb : e.name in other ? deflated(e.name, strToU8(other[e.name] ?? "")) : e,
    ),
  );
}

/**
 * Every case, in a fixed order, from the seed workbook and the PRNG seed. `busy` holds the
 * "sheet\trow" of each of the seed's own findings: cases that require a finding at a place pick
 * rows where the seed has none.
 */
export function fuzzCases(seedBytes: Uint8Array, seed: number, busy: ReadonlySet<string>): FuzzCase[] {
  const s = new Seed(seedBytes);
  return [...zipStructure(s, seed, busy), ...xmlEdits(s, seed, busy)];
}
