import type { Inflate } from "./zip-codec.js";

/**
 * Raw deflate into exactly `size` bytes, as Inflate, but asynchronous: the platform's own inflater where there is one.
 * A stream that would give more stops and throws; one that gives fewer returns what it gave (the caller compares).
 */
export type AsyncInflate = (compressed: Uint8Array, size: number) => Promise<Uint8Array>;

/**
 * The web's DecompressionStream("deflate-raw") (Compression Streams; Chromium 103, Safari 16.4, Firefox 113, Node 21):
 * native zlib, five to six times faster than fflate in a browser (docs/performance.md, issue 14). Undefined where
 * the platform has no such stream: the reader then inflates with fflate (zip-codec.ts).
 */
export const webInflate: AsyncInflate | undefined = hasDeflateRaw()
  ? async (compressed, size) => {
      const stream = new Blob([compressed as Uint8Array<ArrayBuffer>])
        .stream()
        .pipeThrough(new DecompressionStream("deflate-raw"));
      const reader = stream.getReader();
      const out = new Uint8Array(size);
      let length = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return length === size ? out : out.subarray(0, length);
        if (length + value.length > size) {
          await reader.cancel();
          throw new RangeError("inflates past its declared size");
        }
        out.set(value, length);
        length += value.length;
      }
    }
  : undefined;

/** Whether DecompressionStream exists and knows "deflate-raw" (added to the standard after "deflate" and "gzip"). */
function hasDeflateRaw(): boolean {
  try {
    if (typeof DecompressionStream !== "function") return false;
    new DecompressionStream("deflate-raw");
    return true;
  } catch {
    // An older implementation refuses the format with a TypeError: fflate then.
    return false;
  }
}

/**
 * One part with the async inflater, and unless that gives the declared size, once more with the synchronous one: a
 * stream the platform's inflater refuses or cuts short is read or refused exactly as the reader always has.
 */
export async function inflateEither(
  compressed: Uint8Array,
  size: number,
  fast: AsyncInflate,
  exact: Inflate,
): Promise<Uint8Array> {
  try {
    const out = await fast(compressed, size);
    if (out.length === size) return out;
  } catch {
    // Refused: `exact` below says how, in the words the reader has always used (package-parts.ts).
  }
  return exact(compressed, size);
}
