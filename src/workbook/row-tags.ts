/**
 * Counting `<row` tags in a worksheet part as it inflates, chunk by chunk, for the guard's row limit
 * (src/workbook/guard.ts). A Boyer–Moore–Horspool scan: it looks at one byte in four of a sheet's
 * XML instead of each (the tag's last letter, "w", is rare there), which makes the guard's count
 * several times cheaper. A tag split over two chunks is finished byte by byte from `carry`.
 */
const TAG = [0x3c, 0x72, 0x6f, 0x77]; // "<row"
const W = 0x77;
// How far the window may move when its last byte is b: 4 unless b occurs in "<ro".
const SHIFT = new Uint8Array(256).fill(4);
SHIFT[0x3c] = 3;
SHIFT[0x72] = 2;
SHIFT[0x6f] = 1;

/** "<row " or "<row>" or "<row/" but not "<rowBreaks"; at a chunk's end (undefined) it counts (only over-counts). */
const endsTag = (next: number | undefined): boolean => next === undefined || next === 0x20 || next === 0x3e || next === 0x2f;

/**
 * The `<row` tags in `chunk`, given that the previous chunk ended with the first `carry` bytes of
 * one (0–3). Returns rows × 4 + the new carry (no object per chunk).
 */
export function countRowTags(chunk: Uint8Array, carryIn: number): number {
  let rows = 0;
  let carry = carryIn;
  let i = 0;
  // A tag begun in the previous chunk: at most three more bytes decide it.
  while (carry > 0 && i < chunk.length) {
    if (chunk[i] !== TAG[carry]) {
      carry = 0; // this byte is looked at again below: it may start a tag itself
      break;
    }
    i++;
    if (++carry === 4) {
      if (endsTag(chunk[i])) rows++;
      carry = 0;
    }
  }
  if (carry > 0) return rows * 4 + carry;
  const n = chunk.length;
  for (let j = i; j + 3 < n; ) {
    const last = chunk[j + 3] as number;
    if (last === W && chunk[j] === 0x3c && chunk[j + 1] === 0x72 && chunk[j + 2] === 0x6f) {
      if (endsTag(chunk[j + 4])) rows++;
      j += 4;
    } else j += SHIFT[last] as number;
  }
  // The longest end of the chunk that begins a tag ("<ro", "<r", "<").
  for (let k = 3; k > 0; k--) {
    if (n - k < i) continue;
    let m = true;
    for (let t = 0; t < k && m; t++) m = chunk[n - k + t] === TAG[t];
    if (m) return rows * 4 + k;
  }
  return rows * 4;
}
