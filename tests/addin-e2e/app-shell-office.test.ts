/**
 * The task pane when Office is not there or not ready (issue 14, item 4), and Office's theme (item 10):
 * never a blank page, what happened said in Chinese (English for an English browser), the offline page
 * named; the Black theme and forced colours readable. Each state: axe-core finds nothing, a screenshot.
 */
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { gridFromXlsx } from "../addin/fakes/seed.js";
import type { WorkbookGrid } from "../addin/fakes/excel-state.js";
import { axeViolations, badgeColours, contrast, lateOfficeStub, pageErrors, themedStub } from "./app-shell-helpers.js";
import { MINIMAL_OFFICE_STUB, chromiumForTests, newPanePage, routeOfficeJs, screenshot, watchPage } from "./harness.js";
import { buildOfficeStub, builtPages, openPane } from "./office-pages.js";
import { EXAMPLE } from "./page-checks.js";

const chromium = chromiumForTests();

/** Background colour of the page where the view is (the FluentProvider fills the page). */
const backgroundAt = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.querySelector(".fui-FluentProvider") ?? document.body).backgroundColor);

/** Validates the example and waits until the pane is idle again (every finding's button enabled). */
async function validated(page: Page): Promise<void> {
  await page.getByRole("button", { name: "校验本工作簿" }).click();
  await page.getByLabel("年度总结预览").waitFor({ timeout: 60_000 });
  await page.waitForFunction(
    () => document.querySelectorAll("button[data-cell]:is([disabled], [aria-disabled=true])").length === 0,
    undefined,
    { timeout: 60_000 },
  );
}

describe.skipIf(!chromium)("the task pane without Office", () => {
  const pages = builtPages();

  for (const [locale, title, fallback] of [
    ["zh-CN", "无法连接 Office", "离线版页面（standalone.html"],
    ["en-US", "Office could not be reached", "the offline page (standalone.html"],
  ] as const) {
    it(`says what happened when office.js cannot load (${locale}), never a blank page`, async () => {
      const { context, page } = await newPanePage(pages.browser, { locale });
      const problems = await watchPage(page);
      await routeOfficeJs(page, MINIMAL_OFFICE_STUB);
      // Routes added later win: office.js blocked, as an intranet that blocks Microsoft's CDN does.
      await context.route("https://appsforoffice.microsoft.com/**", (r) => r.abort("blockedbyclient"));
      await page.goto(`${pages.server.url}taskpane.html`);
      await page.getByRole("heading", { name: title }).waitFor({ timeout: 60_000 });
      expect(await page.getByText(fallback, { exact: false }).count()).toBe(1);
      const link = page.getByRole("link", { name: locale === "en-US" ? /Open the offline page/ : /打开离线版页面/ });
      expect(await link.getAttribute("href")).toBe("standalone.html");
      // The blocked script's own console line, and nothing else: no ReferenceError from naming Office.
      expect(pageErrors(problems.errors).filter((e) => !e.includes("ERR_BLOCKED_BY_CLIENT"))).toEqual([]);
      expect(problems.cspViolations).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `shell-office-missing-${locale}`);
      await context.close();
    });
  }

  it("shows static text where no script runs at all", async () => {
    const { context, page } = await newPanePage(pages.browser, { javaScriptEnabled: false });
    await routeOfficeJs(page, MINIMAL_OFFICE_STUB);
    await page.goto(`${pages.server.url}taskpane.html`);
    expect(await page.locator("#root").innerText()).toContain("正在加载工会台账助手");
    expect(await page.locator("#root").innerText()).toContain("standalone.html");
    await screenshot(page, "shell-static-text");
    await context.close();
  });

  it("says Office is not responding when Office.onReady takes too long, and starts once it is ready", async () => {
    const { context, page } = await newPanePage(pages.browser);
    const problems = await watchPage(page);
    await routeOfficeJs(page, await lateOfficeStub());
    await page.goto(`${pages.server.url}taskpane.html`);
    await page.getByRole("heading", { name: "Office 没有响应" }).waitFor({ timeout: 90_000 });
    expect(await page.getByText("等了 20 秒，Office 仍未准备好", { exact: false }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "shell-office-timeout");
    await page.evaluate(() => (window as unknown as { __officeGetsReady: () => void }).__officeGetsReady());
    await page.getByRole("button", { name: "校验本工作簿" }).waitFor({ timeout: 60_000 });
    expect(await page.getByRole("heading", { name: "Office 没有响应" }).count()).toBe(0);
    expect({ ...problems, errors: pageErrors(problems.errors) }).toEqual({ errors: [], cspViolations: [] });
    await context.close();
  });
});

describe.skipIf(!chromium)("Office's theme", () => {
  const pages = builtPages();
  let stub: string;
  let grid: WorkbookGrid;
  beforeAll(async () => {
    [stub, grid] = await Promise.all([
      buildOfficeStub().then((s) => themedStub(s)),
      readFile(EXAMPLE).then((b) => gridFromXlsx(new Uint8Array(b))),
    ]);
  });

  it("follows Office's Black theme with Fluent's dark theme, contrast included", async () => {
    const pane = await openPane(pages.browser, pages.server.url, stub, "Excel", { excel: grid });
    const { page } = pane;
    await validated(page);
    expect(await page.locator("[data-theme]").getAttribute("data-theme")).toBe("dark");
    expect(await backgroundAt(page)).toBe("rgb(41, 41, 41)"); // webDarkTheme's colorNeutralBackground1, #292929
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "shell-dark-excel");
    expect(pageErrors(pane.problems.errors)).toEqual([]);
    expect(pane.problems.cspViolations).toEqual([]);
    await pane.close();
  });

  it("keeps working in forced colours (Windows high contrast) over the dark theme", async () => {
    const pane = await openPane(pages.browser, pages.server.url, stub, "Excel", { excel: grid });
    const { page } = pane;
    await page.emulateMedia({ forcedColors: "active", colorScheme: "dark" });
    await validated(page);
    // Forced colours paint the system's colours: axe's contrast rule reads the authored text colour of
    // the 警告 badges (#242424) while the browser computes and paints white on black, so contrast is
    // checked here from the computed colours, and axe's other rules as usual.
    expect(await axeViolations(page, { rules: { "color-contrast": { enabled: false } } })).toEqual([]);
    for (const { text, color, background } of await badgeColours(page))
      expect(contrast(color, background), `${text}: ${color} on ${background}`).toBeGreaterThanOrEqual(4.5);
    await screenshot(page, "shell-dark-forced-colors");
    await pane.close();
  });

  it("follows prefers-color-scheme on the offline page", async () => {
    const { context, page } = await newPanePage(pages.browser, { colorScheme: "dark" });
    await page.goto(`${pages.server.url}standalone.html`);
    await page.locator("input[type=file]").setInputFiles(EXAMPLE);
    await page.getByRole("heading", { name: "数据一览" }).waitFor({ timeout: 60_000 });
    expect(await page.locator("[data-theme]").getAttribute("data-theme")).toBe("dark");
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "shell-dark-standalone");
    await context.close();
  });
});
