/**
 * Zip files assembled byte by byte, for inputs no zip library would write: entries whose declared
 * sizes lie, and deflate streams that expand a few megabytes into gigabytes (zip bombs).
 */
import { crc32 } from "node:zlib";

export interface RawEntry {
  readonly name: string;
  /** The bytes as stored (already deflated when method is 8). */
  readonly stored: Uint8Array;
  readonly method: 0 | 8;
  /** The uncompressed size the headers claim (may lie). */
  readonly declaredSize: number;
  readonly crc?: number;
}

/** Local headers, data, central directory, end record; sizes as declared, no zip64. */
export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const enc = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = enc.encode(e.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, 0x0800, true); // UTF-8 names
    local.setUint16(8, e.method, true);
    local.setUint32(14, e.crc ?? 0, true);
    local.setUint32(18, e.stored.length, true);
    local.setUint32(22, e.declaredSize, true);
    local.setUint16(26, name.length, true);
    chunks.push(new Uint8Array(local.buffer), name, e.stored);
    const cd = new DataView(new ArrayBuffer(46));
    cd.setUint32(0, 0x02014b50, true);
    cd.setUint16(4, 20, true);
    cd.setUint16(6, 20, true);
    cd.setUint16(8, 0x0800, true);
    cd.setUint16(10, e.method, true);
    cd.setUint32(16, e.crc ?? 0, true);
    cd.setUint32(20, e.stored.length, true);
    cd.setUint32(24, e.declaredSize, true);
    cd.setUint16(28, name.length, true);
    cd.setUint32(42, offset, true);
    central.push(new Uint8Array(cd.buffer), name);
    offset += 30 + name.length + e.stored.length;
  }
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, cdSize, true);
  end.setUint32(16, offset, true);
  return concat([...chunks, ...central, new Uint8Array(end.buffer)]);
}

/** A stored (uncompressed) entry with an honest size and CRC. */
export function storedEntry(name: string, content: string | Uint8Array): RawEntry {
  const data = typeof content === "string" ? new TextEncoder().encode(content) : content;
  return { name, stored: data, method: 0, declaredSize: data.length, crc: crc32(data) };
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Writes bits least-significant first, as deflate wants; Huffman codes go in most-significant first. */
class BitWriter {
  readonly #out: Uint8Array;
  #byte = 0;
  #acc = 0;
  #n = 0;
  constructor(capacity: number) {
    this.#out = new Uint8Array(capacity);
  }
  bits(value: number, count: number): void {
    this.#acc |= value << this.#n;
    this.#n += count;
    while (this.#n >= 8) {
      this.#out[this.#byte++] = this.#acc & 0xff;
      this.#acc >>>= 8;
      this.#n -= 8;
    }
  }
  code(code: number, length: number): void {
    let reversed = 0;
    for (let i = 0; i < length; i++) reversed |= ((code >> i) & 1) << (length - 1 - i);
    this.bits(reversed, length);
  }
  finish(): Uint8Array {
    if (this.#n > 0) this.#out[this.#byte++] = this.#acc & 0xff;
    return this.#out.slice(0, this.#byte);
  }
}

/** Fixed-Huffman literal (0–255) or end of block (256). */
function literal(w: BitWriter, v: number): void {
  if (v < 144) w.code(0x30 + v, 8);
  else if (v < 256) w.code(0x190 + (v - 144), 9);
  else w.code(0, 7);
}

/**
 * A raw deflate stream of `prefix`, then `repeat` copies of one byte, then `suffix`: one fixed
 * Huffman block made of back-references of length 258 at distance 1, 13 bits per 258 bytes, so a
 * gigabyte costs about 6 MB and is written in well under a second.
 */
export function deflateBomb(prefix: string, byte: number, repeat: number, suffix: string): Uint8Array {
  const pre = new TextEncoder().encode(prefix);
  const suf = new TextEncoder().encode(suffix);
  const refs = Math.floor((repeat - 1) / 258);
  const tail = repeat - 1 - refs * 258; // copies left after the first literal and the full references
  const w = new BitWriter(Math.ceil(((pre.length + suf.length + tail + 2) * 9 + refs * 13 + 16) / 8) + 8);
  w.bits(1, 1); // BFINAL
  w.bits(1, 2); // BTYPE = 01, fixed Huffman
  for (const b of pre) literal(w, b);
  literal(w, byte);
  for (let i = 0; i < refs; i++) {
    w.code(0xc5, 8); // length code 285 = 258 bytes, no extra bits
    w.code(0, 5); // distance code 0 = distance 1
  }
  for (let i = 0; i < tail; i++) literal(w, byte);
  for (const b of suf) literal(w, b);
  literal(w, 256);
  return w.finish();
}
