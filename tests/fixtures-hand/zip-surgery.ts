/**
 * Byte-level edits of a plain zip (as fflate writes it: no Zip64, no data descriptors, no comment),
 * for archives that disagree with themselves the ways damaged or hostile files do: the central
 * directory's records located, then a field, a name byte or a whole record changed in a copy.
 */
import { concat } from "./zip-raw.js";

export interface EntryAt {
  readonly name: string;
  /** Where its central directory header starts. */
  readonly central: number;
  /** Where its local header starts. */
  readonly local: number;
  readonly nameLength: number;
  readonly dataStart: number;
  readonly compressedSize: number;
  readonly method: number;
}

export interface ZipMap {
  readonly eocd: number;
  readonly cdStart: number;
  readonly cdSize: number;
  readonly entries: readonly EntryAt[];
}

const view = (b: Uint8Array): DataView => new DataView(b.buffer, b.byteOffset, b.byteLength);

export function mapZip(zip: Uint8Array): ZipMap {
  const v = view(zip);
  const eocd = zip.length - 22;
  if (v.getUint32(eocd, true) !== 0x06054b50) throw new Error("not a plain zip");
  const count = v.getUint16(eocd + 10, true);
  const cdSize = v.getUint32(eocd + 12, true);
  const cdStart = v.getUint32(eocd + 16, true);
  const entries: EntryAt[] = [];
  for (let i = 0, at = cdStart; i < count; i++) {
    const nameLength = v.getUint16(at + 28, true);
    const local = v.getUint32(at + 42, true);
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    const dataStart = local + 30 + v.getUint16(local + 26, true) + v.getUint16(local + 28, true);
    entries.push({
      name,
      central: at,
      local,
      nameLength,
      dataStart,
      compressedSize: v.getUint32(at + 20, true),
      method: v.getUint16(at + 10, true),
    });
    at += 46 + nameLength + v.getUint16(at + 30, true) + v.getUint16(at + 32, true);
  }
  return { eocd, cdStart, cdSize, entries };
}

export function entryOf(zip: Uint8Array, name: string): EntryAt {
  const e = mapZip(zip).entries.find((x) => x.name === name);
  if (!e) throw new Error(`no entry ${name}`);
  return e;
}

/** A copy with some bytes changed. */
export function patched(zip: Uint8Array, edit: (bytes: Uint8Array, v: DataView) => void): Uint8Array {
  const out = zip.slice();
  edit(out, view(out));
  return out;
}

/**
 * A copy whose end record is followed by a Zip64 locator and end record claiming `count` entries
 * (the plain record saying "see Zip64"): what made the old reader loop for 10^12 entries.
 */
export function zip64Claim(zip: Uint8Array, count: bigint, locatorTarget?: number): Uint8Array {
  const m = mapZip(zip);
  const z = new DataView(new ArrayBuffer(56 + 20 + 22));
  z.setUint32(0, 0x06064b50, true);
  z.setBigUint64(4, 44n, true);
  z.setUint16(12, 45, true);
  z.setUint16(14, 45, true);
  z.setBigUint64(24, count, true);
  z.setBigUint64(32, count, true);
  z.setBigUint64(40, BigInt(m.cdSize), true);
  z.setBigUint64(48, BigInt(m.cdStart), true);
  z.setUint32(56, 0x07064b50, true);
  z.setBigUint64(64, BigInt(locatorTarget ?? m.cdStart + m.cdSize), true);
  z.setUint32(72, 1, true);
  z.setUint32(76, 0x06054b50, true);
  z.setUint16(84, 0xffff, true);
  z.setUint16(86, 0xffff, true);
  z.setUint32(88, 0xffffffff, true);
  z.setUint32(92, 0xffffffff, true);
  return concat([zip.subarray(0, m.eocd), new Uint8Array(z.buffer)]);
}
