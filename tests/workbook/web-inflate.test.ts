/**
 * Issue 14: the pane's worker inflates with the web's DecompressionStream("deflate-raw") ahead of the reader
 * (`inflateAsync: webInflate`). What is read, and every refusal, must be exactly what the synchronous reader (fflate)
 * gives: the example, damaged deflate data, a stream with bytes after its end, a lying size, a zip bomb.
 */
import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { analyzeBytes } from "../../src/analysis/analyze.js";
import { webInflate } from "../../src/workbook/zip/web-inflate.js";
import { zipBomb } from "../fixtures-hand/hostile.js";
import { sheetPartPath } from "../fixtures-hand/xlsx.js";
import { entryOf, patched } from "../fixtures-hand/zip-surgery.js";
import { unzipSync } from "fflate";

/** A read's outcome: the input error's code and detail, or the findings and totals as JSON; and the progress told. */
async function outcome(bytes: Uint8Array, web: boolean): Promise<{ result: string; progress: number[] }> {
  const progress: number[] = [];
  const r = await analyzeBytes(bytes, {
    ...(web && webInflate ? { inflateAsync: webInflate } : {}),
    onProgress: (f) => progress.push(f),
  });
  const result = r.ok
    ? JSON.stringify({ findings: r.value.findings, totals: r.value.totals })
    : `refused:${r.error.code}:${r.error.detail ?? ""}`;
  return { result, progress };
}

const same = async (bytes: Uint8Array): Promise<string> => {
  const [sync, web] = [await outcome(bytes, false), await outcome(bytes, true)];
  expect(web.result).toBe(sync.result);
  return web.result;
};

let seed: Uint8Array;
let duesPart: string;
beforeAll(async () => {
  seed = new Uint8Array(await readFile("templates/example-2024.xlsx"));
  duesPart = sheetPartPath(unzipSync(seed), "会费台账");
});

describe("the web's inflater reads and refuses as the reader always has", () => {
  it("is there (Node 20 and every browser the pane supports have deflate-raw)", () => {
    expect(webInflate).toBeDefined();
  });

  it("reads the example to the same findings and totals, with progress rising to 1", async () => {
    expect(await same(seed)).toMatch(/^\{/);
    const { progress } = await outcome(seed, true);
    expect(progress.length).toBeGreaterThan(4);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    expect(progress.at(-1)).toBeGreaterThan(0.9);
    expect(progress.at(-1)).toBeLessThanOrEqual(1);
  });

  it("damaged deflate data in a sheet is refused with the same words", async () => {
    const e = entryOf(seed, duesPart);
    const mid = e.dataStart + Math.floor(e.compressedSize / 2);
    const damaged = patched(seed, (b) => {
      for (let i = 0; i < 16; i++) b[mid + i] = (b[mid + i] ?? 0) ^ 0xa5;
    });
    expect(await same(damaged)).toMatch(/^refused:corrupt:/);
  });

  it("a cut stream (its end replaced by zeros) and a lying size are refused alike", async () => {
    const e = entryOf(seed, duesPart);
    const cut = patched(seed, (b) => b.fill(0, e.dataStart + e.compressedSize - 64, e.dataStart + e.compressedSize));
    expect(await same(cut)).toMatch(/^refused:/);
    expect(await same(zipBomb("worksheet", 200_000_000, "lie"))).toMatch(/^refused:corrupt:/);
  });

  it("a zip bomb and a part past the limit are refused before a byte is inflated", async () => {
    expect(await same(zipBomb("sharedStrings", 100_000_000, "honest"))).toMatch(/^refused:zip_bomb:/);
    expect(await same(zipBomb("worksheet", 200_000_000, "honest"))).toMatch(/^refused:too_large:/);
  });

  it("stops at the declared size: a stream longer than its size throws, one shorter gives what it gave", async () => {
    const text = new TextEncoder().encode("工会".repeat(1000));
    const { deflateRawSync } = await import("node:zlib");
    const packed = new Uint8Array(deflateRawSync(text));
    const inflate = webInflate as NonNullable<typeof webInflate>;
    expect(await inflate(packed, text.length)).toEqual(text);
    await expect(inflate(packed, text.length - 1)).rejects.toThrow(RangeError);
    expect((await inflate(packed, text.length + 10)).length).toBe(text.length);
  });
});
