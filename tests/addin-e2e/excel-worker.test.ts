/**
 * Issue 14, "never frozen", in Excel: the pane reads the cells through Office.js (on the page's thread: Office.js
 * has no worker) and checks them in its worker. On a mid-size ledger no main-thread task runs over 200 ms beyond the
 * Office reads — here the fake Office runs its syncs in the page, so a long task may hold a sync: only its part
 * outside the syncs counts. 取消 while it reads leaves the pane as it was. Screenshot: excel-progress.
 */
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { EXAMPLE_OPTIONS } from "../../tools/sample/example.js";
import { exampleWorkbook } from "../../tools/sample/bundled.js";
import type { WorkbookGrid } from "../addin/fakes/excel-state.js";
import { gridFromWorkbook } from "../addin/fakes/seed.js";
import { axeViolations } from "./a11y-checks.js";
import { chromiumForTests, screenshot } from "./harness.js";
import { buildOfficeStub, builtPages, openPane } from "./office-pages.js";

const chromium = chromiumForTests();

/** A generated ledger of 3,000 members, as pane-worker.test.ts's mid-size one, as the fake Excel holds it. */
async function midGrid(): Promise<WorkbookGrid> {
  const { wb } = await exampleWorkbook({
    ...EXAMPLE_OPTIONS,
    seed: 7,
    members: 3_000,
    activities: 1_500,
    condolences: 6_000,
  });
  return gridFromWorkbook(wb);
}

/** A span of main-thread time, ms from the page's time origin. */
type Span = readonly [start: number, end: number];

/**
 * From now on: the page's long tasks, and the time each `context.sync()` of the fake Office takes (Excel.run is
 * looked up when the pane calls it, addin/taskpane/main.tsx, so a wrapper put on it now is the one called).
 */
const watchTasksAndSyncs = (page: Page) =>
  page.evaluate(() => {
    type Ctx = { sync: () => Promise<void> };
    const w = window as unknown as {
      longTasks: Span[];
      syncs: Span[];
      Excel: { run: (...args: unknown[]) => Promise<unknown> };
    };
    w.longTasks = [];
    w.syncs = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push([e.startTime, e.startTime + e.duration]);
    }).observe({ type: "longtask" });
    const run = w.Excel.run.bind(w.Excel);
    w.Excel.run = (...args: unknown[]) => {
      const batch = args.pop() as (c: Ctx) => Promise<unknown>;
      return run(...args, (c: Ctx) => {
        const sync = c.sync.bind(c);
        c.sync = async () => {
          const start = performance.now();
          try {
            await sync();
          } finally {
            w.syncs.push([start, performance.now()]);
          }
        };
        return batch(c);
      });
    };
  });

/**
 * Holds the fake Office's reads until `release()`: the first sync (the edit watch) goes through, the next (the
 * sheet names) waits, so the pane stays at 读取 with 取消 for as long as the test looks at it.
 */
const holdOfficeReads = (page: Page) =>
  page.evaluate(() => {
    type Ctx = { sync: () => Promise<void> };
    const w = window as unknown as {
      release: () => void;
      Excel: { run: (...args: unknown[]) => Promise<unknown> };
    };
    const held = new Promise<void>((resolve) => (w.release = resolve));
    let syncs = 0;
    const run = w.Excel.run.bind(w.Excel);
    w.Excel.run = (...args: unknown[]) => {
      const batch = args.pop() as (c: Ctx) => Promise<unknown>;
      return run(...args, (c: Ctx) => {
        const sync = c.sync.bind(c);
        c.sync = async () => {
          if (syncs++ >= 1) await held;
          await sync();
        };
        return batch(c);
      });
    };
  });

/** Each long task: its length, and how much of it lies outside the fake Office's syncs. */
async function longTasks(page: Page): Promise<{ readonly ms: number; readonly outsideSyncs: number }[]> {
  const { tasks, syncs } = await page.evaluate(() => {
    const w = window as unknown as { longTasks: Span[]; syncs: Span[] };
    return { tasks: w.longTasks, syncs: w.syncs };
  });
  return tasks.map(([start, end]) => {
    const inSyncs = syncs.reduce((n, [a, b]) => n + Math.max(0, Math.min(end, b) - Math.max(start, a)), 0);
    return { ms: Math.round(end - start), outsideSyncs: Math.round(end - start - inSyncs) };
  });
}

const SUMMARY = /^共\d+个错误、\d+个警告$/;

describe.skipIf(!chromium)("the Excel pane's check in the worker", () => {
  const pages = builtPages();
  let stub = "";
  let grid: WorkbookGrid;
  beforeAll(async () => {
    [stub, grid] = await Promise.all([buildOfficeStub(), midGrid()]);
  }, 300_000);

  it("never blocks the page over 200 ms beyond the Office reads on a mid-size ledger", async () => {
    const pane = await openPane(pages.browser, pages.server.url, stub, "Excel", { excel: grid });
    const { page } = pane;
    const check = page.getByRole("button", { name: "校验本工作簿" });
    await check.waitFor({ timeout: 60_000 });
    await watchTasksAndSyncs(page);
    await check.click();
    await page.getByText(SUMMARY).waitFor({ timeout: 120_000 });
    // The narrative came with the findings, written in the worker.
    await page.getByRole("textbox", { name: "年度总结预览" }).waitFor({ timeout: 60_000 });
    // The same syncs as before the worker: the watch, then names, used ranges and the values' row blocks.
    expect(await pane.fake((f) => f.excel.syncCount())).toBeGreaterThanOrEqual(4);
    const tasks = await longTasks(page);
    const shown = tasks.map((t) => `${t.ms} (outside syncs ${t.outsideSyncs})`).join(", ");
    console.info(`Excel check, 3,000 members: long tasks (ms) ${shown || "none"}`);
    expect(Math.max(0, ...tasks.map((t) => t.outsideSyncs)), `long tasks (ms): ${shown}`).toBeLessThanOrEqual(200);
    expect(pane.problems.errors).toEqual([]);
    expect(pane.problems.cspViolations).toEqual([]);
    await pane.close();
  }, 240_000);

  it("shows the stage with 取消, which leaves the pane as it was", async () => {
    const pane = await openPane(pages.browser, pages.server.url, stub, "Excel", { excel: grid });
    const { page } = pane;
    const check = page.getByRole("button", { name: "校验本工作簿" });
    await check.waitFor({ timeout: 60_000 });
    const before = await page.locator("#root").innerText();
    await holdOfficeReads(page);
    await check.click();
    const cancel = page.getByRole("button", { name: "取消" });
    await cancel.waitFor({ timeout: 60_000 });
    await page.getByText(/^读取$/).waitFor({ timeout: 60_000 });
    await screenshot(page, "excel-progress");
    expect(await axeViolations(page)).toEqual([]);
    await cancel.click();
    await expect.poll(() => cancel.count(), { timeout: 60_000 }).toBe(0);
    // Office's read cannot be stopped; what it gives after 取消 is not checked.
    await page.evaluate(() => (window as unknown as { release: () => void }).release());
    await expect.poll(() => pane.fake((f) => f.excel.syncCount()), { timeout: 60_000 }).toBeGreaterThanOrEqual(4);
    expect(await page.getByText(SUMMARY).count()).toBe(0);
    expect(await page.locator("#root").innerText()).toBe(before);
    // The next check runs in a new worker.
    await check.click();
    await page.getByText(SUMMARY).waitFor({ timeout: 120_000 });
    expect(pane.problems.errors).toEqual([]);
    await pane.close();
  }, 300_000);
});
