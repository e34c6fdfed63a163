import { LIMITS, formatMiB } from "../limits.js";
import { fflateInflate, jsCrc32, type Crc32, type Inflate } from "../zip/zip-codec.js";
import { inflateEither, type AsyncInflate } from "../zip/web-inflate.js";
import { readZipDirectory, type ZipEntry } from "../zip/zip-directory.js";
import { XlsxError } from "./xlsx-error.js";

export type { Crc32, Inflate } from "../zip/zip-codec.js";

/** How parts are unpacked; fflate and SheetJS' crc-32 unless given (the CLI passes Node's zlib). */
export interface ZipCodec {
  readonly inflate?: Inflate;
  readonly crc32?: Crc32;
  /**
   * Told as parts are unpacked and handed to the reader: the share of the work done, 0 to 1 (a progress display's
   * percentage; each part counts by its compressed size, half when inflated and half when read).
   */
  readonly onProgress?: (fraction: number) => void;
}

const UTF8 = new TextDecoder("utf-8");

/**
 * Bytes of an XML part → text. XML names its encoding by a byte order mark or declaration (W3C XML
 * 1.0, §4.3.3, Appendix F); SpreadsheetML parts are UTF-8 in practice, UTF-16 with a BOM is read too.
 * Bytes that are not UTF-8 become U+FFFD, as in every XML reader that does not stop: a number
 * holding one is then not a number (damage, cell-number.ts), a text holding one is read with a
 * warning at its cell (text_damaged, read-sheet.ts).
 */
function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return UTF8.decode(bytes); // drops a UTF-8 BOM itself
}

/**
 * The parts of an OPC package (ECMA-376 Part 2), read one at a time on request, each at most once
 * inflated: the one directory read by readZipDirectory, then for each part asked for, before a byte
 * is inflated, its declared size against the part and running limits and its compression ratio
 * against the zip-bomb ratio (src/workbook/limits.ts); while inflating, the declared size bounds the
 * output; after, the size and CRC-32 must be what the directory says. A part whose bytes changed
 * is damage, never a silently different number. `prefetch` inflates the parts a reader will ask for ahead, with an
 * asynchronous inflater (the browser's own), admitted by the same limits; they are checked when asked for.
 */
export class PackageParts {
  readonly #bytes: Uint8Array;
  readonly #entries: Map<string, ZipEntry>;
  readonly #inflate: Inflate;
  readonly #crc32: Crc32;
  readonly #onProgress: ((fraction: number) => void) | undefined;
  /** Parts inflated by prefetch, admitted, not yet checked or handed out; by lower-case name. */
  readonly #ready = new Map<string, Uint8Array>();
  #inflated = 0;
  #done = 0;

  constructor(bytes: Uint8Array, codec: ZipCodec = {}) {
    this.#bytes = bytes;
    this.#entries = readZipDirectory(bytes);
    this.#inflate = codec.inflate ?? fflateInflate;
    this.#crc32 = codec.crc32 ?? jsCrc32;
    this.#onProgress = codec.onProgress;
  }

  /** Whether the package has this part (case-insensitively: OPC part names, Part 2 §9.1.1.1.2). */
  has(name: string): boolean {
    return this.#entries.has(name.toLowerCase());
  }

  /** A part's bytes, checked; undefined when the package has no such part. */
  bytes(name: string): Uint8Array | undefined {
    const key = name.toLowerCase();
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    let bytes = this.#ready.get(key);
    if (bytes) this.#ready.delete(key);
    else {
      this.#admit(entry);
      bytes = this.#unpack(entry, this.#stored(entry));
    }
    if (bytes.length !== entry.size) throw new XlsxError(`${entry.name} 解压后的大小与目录不符`);
    if (this.#crc32(bytes) !== entry.crc32) throw new XlsxError(`${entry.name} 的校验码（CRC-32）不符，内容已损坏`);
    this.#progress(entry);
    return bytes;
  }

  /**
   * Inflates these parts ahead with `inflate` (the platform's, asynchronous), each admitted by the limits first as
   * `bytes` admits it: the reader then asks for them synchronously and gets them checked. A part the fast inflater
   * refuses or cuts short is inflated by the codec's own, so what is read or refused is what `bytes` alone gives.
   */
  async prefetch(names: readonly string[], inflate: AsyncInflate): Promise<void> {
    for (const name of names) {
      const key = name.toLowerCase();
      const entry = this.#entries.get(key);
      if (!entry || entry.method !== 8 || this.#ready.has(key)) continue;
      this.#admit(entry);
      const stored = this.#stored(entry);
      let bytes: Uint8Array;
      try {
        bytes = await inflateEither(stored, entry.size, inflate, this.#inflate);
      } catch {
        throw new XlsxError(`${entry.name} 的压缩数据损坏`);
      }
      this.#ready.set(key, bytes);
      this.#progress(entry);
    }
  }

  #stored(e: ZipEntry): Uint8Array {
    return this.#bytes.subarray(e.dataStart, e.dataStart + e.compressedSize);
  }

  /** A part's stored bytes → its content, with the codec's synchronous inflater; the progress of inflating. */
  #unpack(entry: ZipEntry, stored: Uint8Array): Uint8Array {
    if (entry.method === 0) {
      this.#progress(entry);
      return stored;
    }
    if (entry.method !== 8) throw new XlsxError(`${entry.name} 使用了不支持的压缩方式（${entry.method}）`);
    let bytes: Uint8Array;
    try {
      bytes = this.#inflate(stored, entry.size);
    } catch {
      // zlib's and fflate's words ("invalid distance too far back") tell a clerk nothing.
      throw new XlsxError(`${entry.name} 的压缩数据损坏`);
    }
    this.#progress(entry);
    return bytes;
  }

  /** Half a part's share of the work: once when it is inflated, once when it is checked and handed out. */
  #progress(e: ZipEntry): void {
    if (!this.#onProgress) return;
    this.#done += e.compressedSize;
    this.#onProgress(Math.min(1, this.#done / (2 * this.#bytes.length)));
  }

  /** A part's text (decodeXml), or undefined when the package has no such part. */
  text(name: string): string | undefined {
    const bytes = this.bytes(name);
    return bytes === undefined ? undefined : decodeXml(bytes);
  }

  /** The limits a part must pass before it is inflated (its size as declared; inflation keeps to it). */
  #admit(e: ZipEntry): void {
    if (e.size > LIMITS.maxPartBytes) {
      throw new XlsxError(
        `${e.name} 解压后 ${formatMiB(e.size)}，单个部件上限 ${formatMiB(LIMITS.maxPartBytes)}`,
        "too_large",
      );
    }
    if (e.size > LIMITS.inflateRatioGraceBytes && e.size > e.compressedSize * LIMITS.maxInflateRatio) {
      const ratio = e.compressedSize === 0 ? "无穷" : Math.round(e.size / e.compressedSize).toLocaleString("en-US");
      throw new XlsxError(`${e.name} 压缩比达 ${ratio} 倍，超过 ${LIMITS.maxInflateRatio} 倍`, "zip_bomb");
    }
    this.#inflated += e.size;
    if (this.#inflated > LIMITS.maxInflatedBytes) {
      throw new XlsxError(`解压后超过 ${formatMiB(LIMITS.maxInflatedBytes)}`, "too_large");
    }
  }
}
