import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { build } from "esbuild";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DocumentHost, WorkbookHost } from "../../addin/host/host.js";
import { chromiumForTests, launchBrowser, startServer, type StaticServer } from "../addin-e2e/harness.js";
import { EXAMPLE } from "./excel-fixtures.js";
import type { fakeControl } from "./fakes/fake-control.js";
import { gridFromXlsx } from "./fakes/seed.js";
import { firstDraft, reportFiles } from "./word-fixtures.js";

/** What the page has: the stub's control object and the adapters of stub-page.ts. */
type PageGlobals = {
  __fake: ReturnType<typeof fakeControl>;
  __adapters: {
    excel(): WorkbookHost;
    word(): DocumentHost;
    fromBase64(t: string): Uint8Array;
    ready: Promise<{ host: string }>;
  };
};

const run = promisify(execFile);
const chromium = chromiumForTests();
let dir: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  if (!chromium) return;
  dir = await mkdtemp(join(tmpdir(), "office-stub-"));
  // The stub as tests get it (the build script), the adapters as a page script of their own.
  await run(process.execPath, [
    fileURLToPath(new URL("./fakes/build-stub.mjs", import.meta.url)),
    join(dir, "office.js"),
  ]);
  await build({
    entryPoints: [fileURLToPath(new URL("./stub-page.ts", import.meta.url))],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    logLevel: "warning",
    outfile: join(dir, "page.js"),
  });
  await writeFile(
    join(dir, "index.html"),
    '<!doctype html><meta charset="utf-8"><script src="office.js"></script><script src="page.js"></script>',
  );
  server = await startServer(dir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function open(host: "Excel" | "Word"): Promise<Page> {
  const page = await browser.newPage();
  await page.addInitScript((h) => void ((globalThis as unknown as { __officeHost: string }).__officeHost = h), host);
  await page.goto(server.url);
  expect(await page.evaluate(async () => (await (globalThis as unknown as PageGlobals).__adapters.ready).host)).toBe(
    host,
  );
  return page;
}

describe.skipIf(!chromium)("the office.js stub in Chromium", () => {
  it("runs the Excel adapter over a seeded workbook", async () => {
    const page = await open("Excel");
    const grid = await gridFromXlsx(new Uint8Array(await readFile(EXAMPLE)));
    const result = await page.evaluate(async (seed) => {
      const { __fake: fake, __adapters: adapters } = globalThis as unknown as PageGlobals;
      fake.seedExcel(seed);
      const host = adapters.excel();
      const source = await host.readWorkbook(["活动台账"]);
      const reads = fake.excel.syncCount();
      await host.selectCell({ sheet: "活动台账", cell: "C5" });
      await host.highlight(
        [
          { sheet: "活动台账", cell: "C5" },
          { sheet: "活动台账", cell: "C6" },
        ],
        [],
      );
      return {
        reads,
        // The cells as read (plain data for the pane's worker): the last row of the used range.
        rows: source.grids.map((g) => g.firstRow + g.cells.length - 1)[0],
        selection: fake.excel.selection(),
        formats: fake.excel.conditionalFormats("活动台账"),
        syncs: fake.syncCount(),
      };
    }, grid);
    expect(result.reads).toBe(3);
    expect(result.rows).toBe(83); // title, header, 80 activities and the clerk's 合计 row
    expect(result.selection).toEqual({ sheet: "活动台账", address: "C5" });
    expect(result.formats.map((f) => f.address)).toEqual(["C5:C6"]);
    expect(result.syncs).toBe(6);
  });

  it("runs the Word adapter: a report goes in after the cursor, with its link", async () => {
    const page = await open("Word");
    const files = await reportFiles(await firstDraft());
    const result = await page.evaluate(
      async ({ docx, link }) => {
        const { __fake: fake, __adapters: adapters } = globalThis as unknown as PageGlobals;
        fake.seedWord(["致各位委员：", "此致"], 0);
        const host = adapters.word();
        await host.insertAtCursor(adapters.fromBase64(docx), link);
        const read = await host.readBlocks();
        return {
          controls: fake.word.controls().map((c) => c.tag),
          blocks: read.blocks.length,
          link: read.link,
          text: fake.word.text(),
          syncs: fake.word.syncCount(),
        };
      },
      { docx: Buffer.from(files.docx).toString("base64"), link: files.link },
    );
    expect(result.controls).toEqual([...files.fragments.keys()]);
    expect(result.blocks).toBe(files.fragments.size);
    expect(result.link).toEqual(files.link);
    expect(result.text.startsWith("致各位委员：\n测试工会2024年工作总结")).toBe(true);
    expect(result.text.endsWith("此致")).toBe(true);
    expect(result.syncs).toBe(2);
  });
});
