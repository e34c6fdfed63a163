/**
 * The guard's `<row` counter (src/workbook/row-tags.ts) counts exactly what the byte-by-byte count
 * it replaced counted, however the inflated part is cut into chunks.
 */
import { readFile } from "node:fs/promises";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { countRowTags } from "../../src/workbook/row-tags.js";

/** The count the guard made before: one byte at a time, as a little automaton. */
function byteByByte(chunks: readonly Uint8Array[]): number {
  const tag = [0x3c, 0x72, 0x6f, 0x77];
  let [rows, carry] = [0, 0];
  for (const chunk of chunks) {
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      if (b === tag[carry]) {
        if (++carry === 4) {
          const next = chunk[i + 1];
          if (next === undefined || next === 0x20 || next === 0x3e || next === 0x2f) rows++;
          carry = 0;
        }
      } else carry = b === 0x3c ? 1 : 0;
    }
  }
  return rows;
}

function chunked(chunks: readonly Uint8Array[]): number {
  let [rows, carry] = [0, 0];
  for (const c of chunks) {
    const r = countRowTags(c, carry);
    [rows, carry] = [rows + (r >> 2), r & 3];
  }
  return rows;
}

/** Cuts bytes into pieces of pseudo-random lengths 1…max (a fixed seed: the same cuts every run). */
function cut(bytes: Uint8Array, max: number, seed: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  let x = seed;
  for (let at = 0; at < bytes.length; ) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const n = 1 + (x % max);
    out.push(bytes.subarray(at, at + n));
    at += n;
  }
  return out;
}

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe("countRowTags", () => {
  it("counts tags, not <rowBreaks>, <r>, <ro…>, in every cutting of a tricky text", () => {
    const text = enc('<<row r="1"><rowBreaks/><row><r><ro><rowr/><row/><<<row\t<row>x<ro<row');
    expect(byteByByte([text])).toBe(5); // "<row\t" is not counted (as before), the one at the end is
    for (let max = 1; max <= 9; max++) for (let seed = 1; seed <= 30; seed++) expect(chunked(cut(text, max, seed)), `max ${max} seed ${seed}`).toBe(byteByByte(cut(text, max, seed)));
  });

  it("counts the rows of the example's worksheets exactly, in chunks of any size", async () => {
    const parts = unzipSync(new Uint8Array(await readFile("templates/example-2024.xlsx")));
    const sheets = Object.entries(parts).filter(([k]) => k.startsWith("xl/worksheets/sheet"));
    const total = sheets.reduce((n, [, v]) => n + byteByByte([v]), 0);
    expect(total).toBeGreaterThan(3000);
    for (const [max, seed] of [[7, 1], [4096, 2], [65536, 3], [300_000, 4]] as const) {
      expect(sheets.reduce((n, [, v]) => n + chunked(cut(v, max, seed)), 0)).toBe(sheets.reduce((n, [, v]) => n + byteByByte(cut(v, max, seed)), 0));
    }
  });
});
