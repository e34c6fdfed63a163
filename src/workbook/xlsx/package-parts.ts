import { inflateSync } from "fflate";
import { XlsxError } from "./xlsx-error.js";
import { entryData, zipEntries, type ZipEntry } from "./zip-entries.js";

/**
 * Raw deflate (RFC 1951) of one part to at most `size` bytes. fflate by default, so the reader runs
 * in a browser; the CLI passes Node's zlib, four times faster (src/cli/node-inflate.ts).
 */
export type Inflate = (compressed: Uint8Array, size: number) => Uint8Array;

export const fflateInflate: Inflate = (compressed, size) => {
  // One byte of room more than declared: a longer part (a lying header) shows as too long.
  const out = inflateSync(compressed, { out: new Uint8Array(size + 1) });
  if (out.length > size) throw new XlsxError("解压后超过声明的大小");
  return out;
};

const UTF8 = new TextDecoder("utf-8");

/**
 * Bytes of an XML part → text. XML names its encoding by a byte order mark or declaration (W3C XML
 * 1.0, §4.3.3, Appendix F); SpreadsheetML parts are UTF-8 in practice, UTF-16 with a BOM is read too.
 */
function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return UTF8.decode(bytes); // drops a UTF-8 BOM itself
}

/** The parts of an OPC package (ECMA-376 Part 2), read one at a time on request. */
export class PackageParts {
  readonly #bytes: Uint8Array;
  readonly #entries: Map<string, ZipEntry>;
  readonly #inflate: Inflate;

  constructor(bytes: Uint8Array, inflate: Inflate = fflateInflate) {
    this.#bytes = bytes;
    this.#entries = zipEntries(bytes);
    this.#inflate = inflate;
  }

  has(name: string): boolean {
    return this.#entries.has(name.toLowerCase());
  }

  /** A part's text, or undefined when the package has no such part. */
  text(name: string): string | undefined {
    const entry = this.#entries.get(name.toLowerCase());
    if (!entry) return undefined;
    const stored = entryData(this.#bytes, entry);
    let bytes: Uint8Array;
    if (entry.method === 0) bytes = stored;
    else if (entry.method === 8) {
      try {
        bytes = this.#inflate(stored, entry.size);
      } catch (e) {
        throw e instanceof XlsxError ? new XlsxError(`${entry.name} ${e.message}`) : new XlsxError(`${entry.name} 的压缩数据损坏`);
      }
    } else throw new XlsxError(`${entry.name} 使用了不支持的压缩方式（${entry.method}）`);
    return decodeXml(bytes);
  }
}
