import CRC32 from "crc-32";
import { inflateSync } from "fflate";

/**
 * Raw deflate (RFC 1951) of one part into exactly `size` bytes: a stream that would give more
 * throws, one that gives fewer returns what it gave (the caller compares). fflate by default, so
 * the reader runs in a browser; the CLI passes Node's zlib, four times faster (src/cli/node-zip.ts).
 */
export type Inflate = (compressed: Uint8Array, size: number) => Uint8Array;

/** CRC-32 (ISO 3309, the zip one) of some bytes, as an unsigned 32-bit number. */
export type Crc32 = (bytes: Uint8Array) => number;

export const fflateInflate: Inflate = (compressed, size) => {
  // One byte of room more than declared: a longer stream shows as too long without inflating on.
  const out = inflateSync(compressed, { out: new Uint8Array(size + 1) });
  if (out.length > size) throw new RangeError("inflates past its declared size");
  return out;
};

/** SheetJS' crc-32 (slice-by-16 tables, signed result made unsigned). */
export const jsCrc32: Crc32 = (bytes) => CRC32.buf(bytes) >>> 0;
