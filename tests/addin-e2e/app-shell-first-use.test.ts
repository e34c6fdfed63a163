/**
 * First use and help (issue 14, item 9): the first screen says what the pane does in each host and
 * offers the bundled example, is remembered once dismissed (and still works where storage is blocked);
 * the footer links the local 使用说明 page (Office's openBrowserWindow where there is one) and names the
 * versions. Each state: axe-core finds nothing, and a screenshot in artifacts/addin/.
 */
import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "./a11y-checks.js";
import { browserWindowStub, pageErrors } from "./app-shell-helpers.js";
import {
  MINIMAL_OFFICE_STUB,
  ROOT,
  chromiumForTests,
  newPanePage,
  routeOfficeJs,
  screenshot,
  watchPage,
} from "./harness.js";
import { buildOfficeStub, builtPages, openPane } from "./office-pages.js";
import { EXAMPLE } from "./page-checks.js";

const chromium = chromiumForTests();
const WELCOME = "欢迎使用工会台账助手";
const pkg = JSON.parse(await readFile(`${ROOT}package.json`, "utf8")) as { version: string };

describe.skipIf(!chromium)("first use", () => {
  const pages = builtPages();
  let stub: string;
  beforeAll(async () => {
    stub = await buildOfficeStub();
  });

  it("offline page: says what it does, tries the example, and stays dismissed", async () => {
    const { context, page } = await newPanePage(pages.browser);
    const problems = await watchPage(page);
    await page.goto(`${pages.server.url}standalone.html`);
    await page.getByRole("heading", { name: WELCOME }).waitFor({ timeout: 60_000 });
    expect(await page.getByText("下载空白台账模板", { exact: false }).count()).toBeGreaterThan(0);
    expect(await page.getByText(`版本 ${pkg.version} · 台账模板 1.1.0`).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "first-use-standalone");
    await page.getByRole("button", { name: "用示例试一试" }).click();
    await page.getByRole("heading", { name: "数据一览" }).waitFor({ timeout: 60_000 });
    expect(await page.getByText("example-2024.xlsx", { exact: false }).count()).toBeGreaterThan(0);
    expect(await page.getByRole("heading", { name: WELCOME }).count()).toBe(0);
    await screenshot(page, "first-use-example-loaded");
    await page.reload();
    await page.getByRole("heading", { name: "工会台账助手" }).waitFor();
    expect(await page.getByRole("heading", { name: WELCOME }).count()).toBe(0);
    expect({ ...problems, errors: pageErrors(problems.errors) }).toEqual({ errors: [], cspViolations: [] });
    await context.close();
  });

  it("still shows and dismisses the first screen where the page may not use storage", async () => {
    const { context, page } = await newPanePage(pages.browser);
    const problems = await watchPage(page);
    await page.addInitScript(() =>
      Object.defineProperty(window, "localStorage", {
        get() {
          throw new DOMException("The operation is insecure.", "SecurityError");
        },
      }),
    );
    await page.goto(`${pages.server.url}standalone.html`);
    await page.getByRole("button", { name: "知道了" }).click({ timeout: 60_000 });
    expect(await page.getByRole("heading", { name: WELCOME }).count()).toBe(0);
    // The focus stays in the view, not on <body>.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("MAIN");
    expect({ ...problems, errors: pageErrors(problems.errors) }).toEqual({ errors: [], cspViolations: [] });
    await context.close();
  });

  it("Word: links a workbook and writes the summary; the example is read as a chosen file", async () => {
    const pane = await openPane(pages.browser, pages.server.url, stub, "Word", {});
    const { page } = pane;
    await page.getByRole("heading", { name: WELCOME }).waitFor({ timeout: 60_000 });
    expect(await page.getByText("在光标处插入年度工作总结（含图表）。").count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "first-use-word");
    await page.getByRole("button", { name: "用示例试一试" }).click();
    await page.getByRole("button", { name: "在光标处插入年度总结" }).waitFor({ timeout: 60_000 });
    expect(pageErrors(pane.problems.errors)).toEqual([]);
    expect(pane.problems.cspViolations).toEqual([]);
    await pane.close();
  });

  it("Excel: opens the example as a new workbook (ExcelApi 1.8), or says it cannot", async () => {
    const pane = await openPane(pages.browser, pages.server.url, stub, "Excel", {});
    const { page } = pane;
    await page.getByRole("heading", { name: WELCOME }).waitFor({ timeout: 60_000 });
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "first-use-excel");
    await page.getByRole("button", { name: "用示例试一试" }).click();
    await page.getByText("已在新窗口打开示例工作簿", { exact: false }).waitFor({ timeout: 60_000 });
    const created = await pane.fake((f) => f.excel.createdWorkbooks());
    expect(created).toHaveLength(1);
    expect(Buffer.from(created[0] ?? "", "base64").equals(await readFile(EXAMPLE))).toBe(true);
    await pane.close();

    const old = await openPane(pages.browser, pages.server.url, stub, "Excel", { requirements: { ExcelApi: "1.7" } });
    await old.page.getByText("此版本 Excel 不能新建工作簿", { exact: false }).waitFor({ timeout: 60_000 });
    expect(await old.page.getByRole("button", { name: "用示例试一试" }).count()).toBe(0);
    expect(await axeViolations(old.page)).toEqual([]);
    await screenshot(old.page, "first-use-excel-no-create");
    await old.close();
  });
});

describe.skipIf(!chromium)("help", () => {
  const pages = builtPages();

  it("builds 使用说明 into the standalone page (one file, nothing beside it), shown in the page", async () => {
    const { context, page } = await newPanePage(pages.browser);
    await page.goto(`${pages.server.url}standalone.html`);
    const trigger = page.getByRole("button", { name: "使用说明" });
    expect(await trigger.getAttribute("aria-expanded")).toBe("false");
    await trigger.click({ timeout: 60_000 });
    const help = page.getByRole("region", { name: "使用说明" });
    await help.getByRole("heading", { name: "工会台账助手 · 使用说明" }).waitFor();
    expect(await help.getByRole("heading", { name: "Union Ledger Assistant · Help" }).count()).toBe(1);
    expect(await trigger.getAttribute("aria-expanded")).toBe("true");
    expect(context.pages()).toHaveLength(1); // nothing opened beside the page
    expect(await axeViolations(page)).toEqual([]);
    await help.getByRole("heading", { name: "工会台账助手 · 使用说明" }).scrollIntoViewIfNeeded();
    await screenshot(page, "help-in-page");
    await trigger.click();
    await expect.poll(() => help.count()).toBe(0);
    await context.close();
  });

  it("serves 使用说明 as its own page for the task pane and the manifest, readable offline in either language", async () => {
    const { context, page: pane } = await newPanePage(pages.browser);
    await routeOfficeJs(pane, MINIMAL_OFFICE_STUB);
    await pane.goto(`${pages.server.url}taskpane.html`);
    const link = pane.getByRole("link", { name: /使用说明/ });
    expect(await link.getAttribute("target")).toBe("_blank");
    const [help] = await Promise.all([context.waitForEvent("page"), link.click({ timeout: 60_000 })]);
    await help.waitForLoadState("load");
    expect(new URL(help.url()).pathname).toBe("/help.html");
    await help.getByRole("heading", { name: "工会台账助手 · 使用说明" }).waitFor();
    expect(await help.getByRole("heading", { name: "Union Ledger Assistant · Help" }).count()).toBe(1);
    expect(await axeViolations(help)).toEqual([]);
    await screenshot(help, "help-page");
    await help.emulateMedia({ colorScheme: "dark" });
    expect(await axeViolations(help)).toEqual([]);
    await screenshot(help, "help-page-dark");
    await context.close();
  });

  it("opens it with Office's openBrowserWindow in the task pane where Office has it", async () => {
    const { context, page } = await newPanePage(pages.browser);
    await routeOfficeJs(page, await browserWindowStub());
    await page.goto(`${pages.server.url}taskpane.html`);
    await page.getByRole("link", { name: /使用说明/ }).click({ timeout: 60_000 });
    const opened = await page.evaluate(() => (window as unknown as { __opened: string[] }).__opened);
    expect(opened).toEqual([`${pages.server.url}help.html`]);
    expect(context.pages()).toHaveLength(1);
    await context.close();
  });
});
