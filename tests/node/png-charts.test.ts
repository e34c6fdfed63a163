import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderChartPng } from "../../src/node/render-png.js";
import { exampleSpecs } from "../charts/fixtures.js";
import { runCli } from "../fixtures-hand/cli.js";

/**
 * `report --charts png` draws on a worker thread while the main thread writes the .docx, and hands the pictures to the
 * writer before they are drawn (png-charts.ts, picture-run.ts): the report must hold exactly the PNGs the renderer
 * makes, and leave no temporary font files behind.
 */

const EXAMPLE = fileURLToPath(new URL("../../templates/example-2024.xlsx", import.meta.url));
let dir = "";
let temp = "";

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ul-png-report-"));
  temp = await mkdtemp(join(tmpdir(), "ul-png-tmp-"));
});
afterAll(async () => {
  for (const d of [dir, temp]) await rm(d, { recursive: true, force: true });
});

const md5 = (bytes: Uint8Array): string => createHash("md5").update(bytes).digest("hex");

describe("report --charts png", () => {
  it("puts the renderer's own PNGs in the report, one per chart, and cleans up its temporary files", async () => {
    const out = join(dir, "r.docx");
    const r = await runCli(["report", EXAMPLE, "-o", out, "--charts", "png"], { env: { TMPDIR: temp } });
    expect(r.code).toBe(1); // the example has error findings on purpose
    expect(r.stderr).not.toContain("程序内部错误");
    const parts = unzipSync(new Uint8Array(await readFile(out)));
    const media = Object.keys(parts).filter((p) => p.startsWith("word/media/"));
    expect(media.every((p) => p.endsWith(".png"))).toBe(true);
    const inReport = media.map((p) => md5(parts[p] ?? new Uint8Array()));
    const expected = await Promise.all((await exampleSpecs()).map(async (spec) => md5(await renderChartPng(spec))));
    expect(new Set(inReport)).toEqual(new Set(expected));
    expect(inReport).toHaveLength(expected.length);
    expect(await readdir(temp)).toEqual([]);
  });
});
