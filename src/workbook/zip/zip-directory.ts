import { LIMITS, formatCount } from "../limits.js";
import { XlsxError } from "../xlsx/xlsx-error.js";

/** One stored file of a zip archive, as its central directory and local header agree it is. */
export interface ZipEntry {
  /** As stored, "\" read as "/" (Windows tools write it; exceljs' JSZip reads it so). */
  readonly name: string;
  /** 0 stored, 8 deflated; an .xlsx uses nothing else (ECMA-376 Part 2, §C.2). */
  readonly method: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly size: number;
  /** Where the stored bytes start, past the local header. */
  readonly dataStart: number;
}

// Record signatures and layouts: APPNOTE.TXT 6.3.x §4.3.7 (local header), §4.3.12 (central
// directory header), §4.3.14–16 (Zip64 end record, its locator, the end record), §4.5.3 (Zip64 extra).
const LOCAL = 0x04034b50,
  CENTRAL = 0x02014b50,
  EOCD = 0x06054b50,
  ZIP64_EOCD = 0x06064b50,
  ZIP64_LOCATOR = 0x07064b50;
const MAX16 = 0xffff,
  MAX32 = 0xffffffff;
const FLAG_ENCRYPTED = 0x1,
  FLAG_DESCRIPTOR = 0x8;
const UTF8 = new TextDecoder();

const damaged = (what: string): never => {
  throw new XlsxError(what);
};

/** Little-endian reads that fail as damage past the end (a hostile length never reads outside). */
class Bytes {
  readonly #view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.#view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  u16(at: number): number {
    return at >= 0 && at + 2 <= this.bytes.length ? this.#view.getUint16(at, true) : damaged("压缩包结构不完整");
  }
  u32(at: number): number {
    return at >= 0 && at + 4 <= this.bytes.length ? this.#view.getUint32(at, true) : damaged("压缩包结构不完整");
  }
  /** A 64-bit field; above 2^53 no offset or size in a file under the size limit can be, so damage. */
  u64(at: number): number {
    const high = this.u32(at + 4);
    if (high >= 0x200000) damaged("压缩包的 Zip64 记录损坏");
    return this.u32(at) + high * 2 ** 32;
  }
}

interface End {
  /** The end record's position (and, with Zip64, the Zip64 end record's). */
  readonly at: number;
  readonly directoryEnd: number;
  readonly count: number;
  readonly offset: number;
  readonly size: number;
}

/** The one end record whose comment reaches exactly the end of the file (a comment may hide fakes). */
function findEnd(b: Bytes): number {
  const n = b.bytes.length;
  for (let at = n - 22, lowest = Math.max(0, n - 22 - MAX16); at >= lowest; at--) {
    if (b.bytes[at] === 0x50 && b.u32(at) === EOCD && at + 22 + b.u16(at + 20) === n) return at;
  }
  return damaged("找不到压缩包的目录（文件不完整或不是 .xlsx）");
}

/**
 * The end records, checked to tell one story: one disk, as many entries on it as in all, and, with
 * Zip64, a locator right after a Zip64 record whose figures the plain record repeats or defers to.
 * Two directories (an archive appended to another), a locator pointing elsewhere, a record that
 * claims 10^12 entries: each disagrees somewhere, and such an archive is refused as damaged.
 */
function readEnd(b: Bytes): End {
  const at = findEnd(b);
  const plain = {
    disk: b.u16(at + 4),
    cdDisk: b.u16(at + 6),
    onDisk: b.u16(at + 8),
    count: b.u16(at + 10),
    size: b.u32(at + 12),
    offset: b.u32(at + 16),
  };
  const locator = at - 20;
  if (locator < 0 || b.u32(locator) !== ZIP64_LOCATOR) {
    if (plain.disk !== 0 || plain.cdDisk !== 0 || plain.onDisk !== plain.count) damaged("压缩包的目录记录前后不一致");
    return { at, directoryEnd: at, count: plain.count, offset: plain.offset, size: plain.size };
  }
  const record = b.u64(locator + 8);
  if (
    b.u32(locator + 4) !== 0 ||
    b.u32(locator + 16) !== 1 ||
    b.u32(record) !== ZIP64_EOCD ||
    record + 12 + b.u64(record + 4) !== locator
  ) {
    damaged("压缩包的 Zip64 目录记录损坏");
  }
  const z = {
    disk: b.u32(record + 16),
    cdDisk: b.u32(record + 20),
    onDisk: b.u64(record + 24),
    count: b.u64(record + 32),
    size: b.u64(record + 40),
    offset: b.u64(record + 48),
  };
  const agrees = (small: number, big: number, max: number): boolean => small === max || small === big;
  if (
    z.disk !== 0 ||
    z.cdDisk !== 0 ||
    z.onDisk !== z.count ||
    !agrees(plain.disk, 0, MAX16) ||
    !agrees(plain.cdDisk, 0, MAX16) ||
    !agrees(plain.onDisk, z.onDisk, MAX16) ||
    !agrees(plain.count, z.count, MAX16) ||
    !agrees(plain.size, z.size, MAX32) ||
    !agrees(plain.offset, z.offset, MAX32)
  ) {
    damaged("压缩包的目录记录前后不一致");
  }
  return { at, directoryEnd: record, count: z.count, offset: z.offset, size: z.size };
}

interface Central {
  readonly rawName: Uint8Array;
  readonly flags: number;
  readonly entry: ZipEntry & { readonly localHeader: number };
}

/** One central directory header at `at` (within [at, end)); gives it and where the next starts. */
function readCentral(b: Bytes, at: number, end: number): { central: Central; next: number } {
  if (at + 46 > end || b.u32(at) !== CENTRAL) damaged("压缩包目录损坏");
  const flags = b.u16(at + 8),
    nameLength = b.u16(at + 28),
    extraLength = b.u16(at + 30),
    commentLength = b.u16(at + 32);
  const next = at + 46 + nameLength + extraLength + commentLength;
  if (next > end) damaged("压缩包目录损坏");
  const rawName = b.bytes.subarray(at + 46, at + 46 + nameLength);
  // The names of an OPC package are ASCII (ECMA-376 Part 2, §9.1.1.1: percent-encoded IRIs); a
  // writer that sets no UTF-8 flag is read the same way, as exceljs' JSZip reads it.
  const name = UTF8.decode(rawName).replaceAll("\\", "/");
  if (flags & FLAG_ENCRYPTED) damaged(`${name} 被加密，无法读取`);
  if (b.u16(at + 34) !== 0 && b.u16(at + 34) !== MAX16) damaged("压缩包目录损坏（分卷压缩包）");
  let [size, compressedSize, localHeader] = [b.u32(at + 24), b.u32(at + 20), b.u32(at + 42)];
  // Zip64 extended information: only the fields that overflowed, in this order (§4.5.3).
  for (let x = at + 46 + nameLength, xEnd = x + extraLength; x + 4 <= xEnd; x += 4 + b.u16(x + 2)) {
    if (b.u16(x) !== 0x0001) continue;
    let field = x + 4;
    const fieldEnd = field + b.u16(x + 2);
    const take = (): number => {
      if (field + 8 > fieldEnd) damaged(`${name} 的 Zip64 信息损坏`);
      const v = b.u64(field);
      field += 8;
      return v;
    };
    if (size === MAX32) size = take();
    if (compressedSize === MAX32) compressedSize = take();
    if (localHeader === MAX32) localHeader = take();
  }
  const entry = {
    name,
    method: b.u16(at + 10),
    crc32: b.u32(at + 16),
    compressedSize,
    size,
    dataStart: 0,
    localHeader,
  };
  return { central: { rawName, flags, entry }, next };
}

/** The local header must repeat the directory (§4.4): the same name, method and, unless deferred, CRC and sizes. */
function checkLocal(b: Bytes, c: Central, directoryStart: number): ZipEntry {
  const e = c.entry;
  const at = e.localHeader;
  if (at + 30 > directoryStart || b.u32(at) !== LOCAL) damaged(`${e.name} 的文件头损坏`);
  const nameLength = b.u16(at + 26);
  const name = b.bytes.subarray(at + 30, at + 30 + nameLength);
  if (nameLength !== c.rawName.length || !name.every((x, i) => x === c.rawName[i]))
    damaged(`${e.name} 的文件头与目录不符`);
  if (b.u16(at + 8) !== e.method) damaged(`${e.name} 的文件头与目录不符`);
  // With a data descriptor (flag bit 3) the header may leave CRC and sizes 0; Zip64 puts 0xFFFFFFFF.
  const deferred = (b.u16(at + 6) & FLAG_DESCRIPTOR) !== 0;
  const same = (local: number, central: number): boolean =>
    local === central || local === MAX32 || (deferred && local === 0);
  if (!same(b.u32(at + 14), e.crc32) || !same(b.u32(at + 18), e.compressedSize) || !same(b.u32(at + 22), e.size)) {
    damaged(`${e.name} 的文件头与目录不符`);
  }
  const dataStart = at + 30 + nameLength + b.u16(at + 28);
  if (dataStart + e.compressedSize > directoryStart) damaged(`${e.name} 不完整`);
  return { name: e.name, method: e.method, crc32: e.crc32, compressedSize: e.compressedSize, size: e.size, dataStart };
}

/**
 * The entries of a zip archive, read from its one central directory and checked against the local
 * headers, so that whatever reads a part reads what was checked (a separate size guard and reader
 * could each find a different directory). Entries tile the file (checkTiling): none overlap
 * (overlapping entries make a small file inflate many times over), no bytes are left over; names
 * are unique, also ignoring case, since OPC part names compare
 * case-insensitively (ECMA-376 Part 2, §9.1.1.1.2): two case variants of one part are damage, not a
 * choice. Nothing is inflated here. Throws XlsxError.
 */
export function readZipDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
  const b = new Bytes(bytes);
  const end = readEnd(b);
  if (end.offset + end.size !== end.directoryEnd) damaged("压缩包目录的位置与大小不符");
  // A directory header is at least 46 bytes: a count beyond that is a lie, whatever the records say.
  if (end.count > end.size / 46) damaged("压缩包目录的条目数与大小不符");
  if (end.count > LIMITS.maxZipEntries)
    throw new XlsxError(
      `压缩包含 ${formatCount(end.count)} 个条目，上限 ${formatCount(LIMITS.maxZipEntries)}`,
      "too_large",
    );
  const centrals: Central[] = [];
  let at = end.offset;
  for (let i = 0; i < end.count; i++) {
    const { central, next } = readCentral(b, at, end.directoryEnd);
    centrals.push(central);
    at = next;
  }
  if (at !== end.directoryEnd) damaged("压缩包目录的条目数与大小不符");

  const entries = new Map<string, ZipEntry>();
  for (const c of centrals) {
    const key = c.entry.name.toLowerCase();
    const twin = entries.get(key);
    if (twin)
      damaged(
        twin.name === c.entry.name
          ? `${c.entry.name} 在压缩包中出现了两次`
          : `${twin.name} 与 ${c.entry.name} 只差大小写，是同一个部件`,
      );
    entries.set(key, checkLocal(b, c, end.offset));
  }
  checkTiling(centrals, entries, end.offset);
  return entries;
}

/**
 * The entries must tile the archive up to the directory: the first at byte 0, each next one right
 * after the previous one's data (and its data descriptor, §4.3.9, when flag bit 3 says there is
 * one: 12 or 16 bytes, 20 or 24 with Zip64 sizes). Overlapping entries (one stored range read as
 * two parts) and bytes no entry owns (an earlier version of a part and its old directory, left by
 * an append, so two directories in one file) are damage. Every writer of .xlsx files writes them
 * so: Excel, LibreOffice, WPS, exceljs, the Open XML SDK.
 */
function checkTiling(
  centrals: readonly Central[],
  entries: ReadonlyMap<string, ZipEntry>,
  directoryStart: number,
): void {
  const placed = centrals
    .map((c) => ({
      at: c.entry.localHeader,
      descriptor: (c.flags & FLAG_DESCRIPTOR) !== 0,
      entry: entries.get(c.entry.name.toLowerCase()) as ZipEntry,
    }))
    .sort((x, y) => x.at - y.at);
  let expected = 0;
  let previous: (typeof placed)[number] | undefined;
  for (const p of [...placed, { at: directoryStart, descriptor: false, entry: undefined }]) {
    const gap = p.at - expected;
    if (gap < 0) damaged(`${previous?.entry.name ?? ""} 与其他条目重叠`);
    if (gap !== 0 && !(previous?.descriptor && (gap === 12 || gap === 16 || gap === 20 || gap === 24)))
      damaged("压缩包中有目录之外的数据（可能是两个目录）");
    if (!p.entry) break;
    previous = p as (typeof placed)[number];
    expected = p.entry.dataStart + p.entry.compressedSize;
  }
}
