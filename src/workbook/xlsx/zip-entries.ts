import { XlsxError } from "./xlsx-error.js";

/** Where one stored file of a zip archive is, from its central directory (APPNOTE.TXT §4.3). */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated; an .xlsx uses nothing else (ECMA-376 Part 2, §C.2). */
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeader: number;
}

const EOCD = 0x06054b50, ZIP64_LOCATOR = 0x07064b50, ZIP64_EOCD = 0x06064b50, CENTRAL = 0x02014b50, LOCAL = 0x04034b50;
const MAX16 = 0xffff, MAX32 = 0xffffffff;
const utf8 = new TextDecoder();

/**
 * The central directory of a zip archive, by part name in lower case (OPC part names compare
 * case-insensitively, ECMA-376 Part 2, §9.1.1.1). Zip64 records are followed, as some writers use
 * them for any size. Nothing is decompressed here.
 */
export function zipEntries(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number): number => (at + 4 <= bytes.length ? view.getUint32(at, true) : fail());
  const u16 = (at: number): number => (at + 2 <= bytes.length ? view.getUint16(at, true) : fail());
  const u64 = (at: number): number => u32(at) + u32(at + 4) * 2 ** 32;

  let eocd = bytes.length - 22;
  const lowest = Math.max(0, bytes.length - 22 - MAX16);
  while (eocd >= lowest && u32(eocd) !== EOCD) eocd--;
  if (eocd < lowest) fail();
  let count = u16(eocd + 10);
  let offset = u32(eocd + 16);
  if ((count === MAX16 || offset === MAX32) && eocd >= 20 && u32(eocd - 20) === ZIP64_LOCATOR) {
    const record = u64(eocd - 12);
    if (u32(record) !== ZIP64_EOCD) fail();
    count = u64(record + 32);
    offset = u64(record + 48);
  }

  const entries = new Map<string, ZipEntry>();
  for (let i = 0, at = offset; i < count; i++) {
    if (u32(at) !== CENTRAL) fail();
    const nameLength = u16(at + 28), extraLength = u16(at + 30), commentLength = u16(at + 32);
    const name = utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    let [size, compressedSize, localHeader] = [u32(at + 24), u32(at + 20), u32(at + 42)];
    // Zip64 extended information (APPNOTE §4.5.3): only the fields that overflowed, in this order.
    for (let x = at + 46 + nameLength; x + 4 <= at + 46 + nameLength + extraLength; x += 4 + u16(x + 2)) {
      if (u16(x) !== 0x0001) continue;
      let field = x + 4;
      if (size === MAX32) [size, field] = [u64(field), field + 8];
      if (compressedSize === MAX32) [compressedSize, field] = [u64(field), field + 8];
      if (localHeader === MAX32) localHeader = u64(field);
    }
    entries.set(name.toLowerCase(), { name, method: u16(at + 10), compressedSize, size, localHeader });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;

  function fail(): never {
    throw new XlsxError("压缩包目录损坏");
  }
}

/** The stored bytes of an entry (still compressed when its method is 8). */
export function entryData(bytes: Uint8Array, e: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = e.localHeader;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw new XlsxError(`${e.name} 的文件头损坏`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + e.compressedSize > bytes.length) throw new XlsxError(`${e.name} 不完整`);
  return bytes.subarray(start, start + e.compressedSize);
}
