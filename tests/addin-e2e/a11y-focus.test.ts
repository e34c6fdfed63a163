/**
 * Where the focus goes (issue 14, item 11): after a file is chosen it stays on the file button while
 * the file is read (never <body>) and then moves to the notice that says how the reading went; closing
 * the notice moves it on to the next control; 显示全部 moves it to the first finding it brought in.
 * Each state: axe-core finds nothing, and a screenshot in artifacts/addin/.
 */
import { readFile } from "node:fs/promises";
import type { Locator, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { gridFromXlsx } from "../addin/fakes/seed.js";
import { chromiumForTests, newPanePage, screenshot } from "./harness.js";
import { axeViolations, focused, manyFindingsExample } from "./a11y-checks.js";
import { buildOfficeStub, builtPages, openPane } from "./office-pages.js";
import { EXAMPLE } from "./page-checks.js";

const chromium = chromiumForTests();

/** Records the focused element's tag every animation frame, from now on (read with `focusLog`). */
const recordFocus = (page: Page) =>
  page.evaluate(() => {
    const log: string[] = [];
    Object.assign(window, { __focusLog: log });
    const tick = (): void => {
      log.push(document.activeElement?.tagName ?? "NONE");
      requestAnimationFrame(tick);
    };
    tick();
  });
const focusLog = (page: Page) => page.evaluate(() => (window as unknown as { __focusLog: string[] }).__focusLog);

/**
 * Focus on `target` as the keyboard puts it there (Shift+Tab, Tab): Fluent draws focus rings only
 * while the clerk navigates by keyboard (keyborg), as a Tab tells it.
 */
async function keyboardTo(page: Page, target: Locator): Promise<void> {
  // Again until it holds: a view that mounts late (the first-use screen) may take the focus meanwhile.
  await expect
    .poll(async () => {
      await target.focus();
      await page.keyboard.press("Shift+Tab");
      await page.keyboard.press("Tab");
      return target.evaluate((el) => el === document.activeElement);
    })
    .toBe(true);
}

/** Index of the focused finding among its list's findings (-1 when the focus is not on one). */
const focusedFindingIndex = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    const list = el?.closest("ul");
    return el && list ? [...list.querySelectorAll("[data-finding]")].indexOf(el) : -1;
  });

describe.skipIf(!chromium)("focus", () => {
  const pages = builtPages();
  let many: string;
  let stub: string;
  beforeAll(async () => {
    [many, stub] = await Promise.all([manyFindingsExample(), buildOfficeStub()]);
  });

  it("moves to the outcome after a file is chosen with the keyboard, and on from a closed notice", async () => {
    const { context, page } = await newPanePage(pages.browser);
    await page.goto(`${pages.server.url}standalone.html`);
    const choose = page.getByRole("button", { name: "选择台账文件（.xlsx）" });
    await keyboardTo(page, choose);
    await recordFocus(page);
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.keyboard.press("Enter")]);
    await chooser.setFiles(EXAMPLE);
    await expect
      .poll(async () => (await focused(page)).text, { timeout: 60_000 })
      .toContain("已读取：example-2024.xlsx");
    expect((await focused(page)).role).toBe("group");
    // While the file was read the button kept the focus (aria-disabled, not disabled): never <body>.
    expect(await focusLog(page)).not.toContain("BODY");
    // The chosen file's name beside the button, and in the button's description.
    const name = page.getByText("已选择：example-2024.xlsx");
    expect(await choose.getAttribute("aria-describedby")).toBe(await name.getAttribute("id"));
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "focus-after-file");

    await page.keyboard.press("Tab");
    expect((await focused(page)).attrs).toContain("aria-label=关闭");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByText("已读取：example-2024.xlsx").count()).toBe(0);
    // The focus went on to the control after the notice, not to <body>.
    expect(await page.evaluate(() => document.activeElement !== document.body && document.activeElement !== null)).toBe(
      true,
    );
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it("moves to the first finding 显示全部 shows, on the standalone page (findings without an action)", async () => {
    const { context, page } = await newPanePage(pages.browser);
    await page.goto(`${pages.server.url}standalone.html`);
    await page.locator("input[type=file]").setInputFiles(many);
    const more = page.getByRole("button", { name: /^另有\d+条，显示全部$/ });
    await more.waitFor({ timeout: 60_000 });
    await keyboardTo(page, more);
    await page.keyboard.press("Enter");
    await expect.poll(() => focusedFindingIndex(page)).toBe(30);
    expect(await more.count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "focus-after-show-all");
    await context.close();
  });

  it("moves to the first finding 显示全部 shows, in the Excel pane (findings that select their cell)", async () => {
    const grid = await gridFromXlsx(new Uint8Array(await readFile(many)));
    const pane = await openPane(pages.browser, pages.server.url, stub, "Excel", { excel: grid });
    const { page } = pane;
    await page.getByRole("button", { name: "校验本工作簿" }).click();
    const more = page.getByRole("button", { name: /^另有\d+条，显示全部$/ });
    await more.waitFor({ timeout: 60_000 });
    await keyboardTo(page, more);
    await page.keyboard.press("Enter");
    await expect.poll(() => focusedFindingIndex(page)).toBe(30);
    const cell = await page.evaluate(() => document.activeElement?.getAttribute("data-cell"));
    // Enter on it selects its cell, as a click does.
    await page.keyboard.press("Enter");
    await expect.poll(() => pane.fake((f) => f.excel.selection())).toMatchObject({ address: cell?.split("!")[1] });
    expect(await axeViolations(page)).toEqual([]);
    await pane.close();
  });
});
