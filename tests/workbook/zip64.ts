/**
 * Rewrites a zip (as fflate writes it: no data descriptors, no comment) in Zip64 form, as some
 * writers store every archive (APPNOTE.TXT §4.3.14, §4.5.3): each central directory entry's sizes
 * and offset say 0xFFFFFFFF and sit in a Zip64 extra field, and the end record points to a Zip64
 * end of central directory record.
 */
import { concat } from "../fixtures-hand/zip-raw.js";

export function toZip64(zip: Uint8Array): Uint8Array {
  const v = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = zip.length - 22;
  if (v.getUint32(eocd, true) !== 0x06054b50) throw new Error("not a plain zip");
  const count = v.getUint16(eocd + 10, true);
  const cdStart = v.getUint32(eocd + 16, true);
  const central: Uint8Array[] = [];
  for (let i = 0, at = cdStart; i < count; i++) {
    const [nameLen, extraLen, commentLen] = [
      v.getUint16(at + 28, true),
      v.getUint16(at + 30, true),
      v.getUint16(at + 32, true),
    ];
    const head = zip.slice(at, at + 46 + nameLen);
    const h = new DataView(head.buffer);
    const [compressed, size, offset] = [h.getUint32(20, true), h.getUint32(24, true), h.getUint32(42, true)];
    for (const o of [20, 24, 42]) h.setUint32(o, 0xffffffff, true);
    h.setUint16(30, 4 + 24, true);
    h.setUint16(32, 0, true);
    const extra = new DataView(new ArrayBuffer(28));
    extra.setUint16(0, 0x0001, true);
    extra.setUint16(2, 24, true);
    extra.setBigUint64(4, BigInt(size), true);
    extra.setBigUint64(12, BigInt(compressed), true);
    extra.setBigUint64(20, BigInt(offset), true);
    central.push(head, new Uint8Array(extra.buffer));
    at += 46 + nameLen + extraLen + commentLen;
  }
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const z64 = new DataView(new ArrayBuffer(56 + 20 + 22));
  z64.setUint32(0, 0x06064b50, true);
  z64.setBigUint64(4, 44n, true);
  z64.setUint16(12, 45, true);
  z64.setUint16(14, 45, true);
  z64.setBigUint64(24, BigInt(count), true);
  z64.setBigUint64(32, BigInt(count), true);
  z64.setBigUint64(40, BigInt(cdSize), true);
  z64.setBigUint64(48, BigInt(cdStart), true);
  z64.setUint32(56, 0x07064b50, true); // locator
  z64.setBigUint64(64, BigInt(cdStart + cdSize), true);
  z64.setUint32(72, 1, true);
  z64.setUint32(76, 0x06054b50, true); // end record, all fields saying "see Zip64"
  for (const o of [84, 86]) z64.setUint16(o, 0xffff, true);
  for (const o of [88, 92]) z64.setUint32(o, 0xffffffff, true);
  return concat([zip.subarray(0, cdStart), ...central, new Uint8Array(z64.buffer)]);
}
