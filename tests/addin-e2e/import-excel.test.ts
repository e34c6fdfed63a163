/**
 * 导入已有台账 in the Excel pane (issue 15 item 3), over the fake Office: the clerk's workbook chosen, a column
 * corrected in the mapping table, and the standard workbook opened as a new workbook (Excel.createWorkbook), whose
 * totals equal the source's sums. On Excel without ExcelApi 1.8 the pane says so and offers the download instead.
 */
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { StubSeed } from "../addin/fakes/fake-control.js";
import { analysed, CLERK_SUMS, clerkWorkbook, tempFile } from "../import/pane-workbooks.js";
import { axeViolations } from "./a11y-checks.js";
import { chromiumForTests, screenshot } from "./harness.js";
import { buildOfficeStub, builtPages, openPane } from "./office-pages.js";
import { horizontalOverflow } from "./page-checks.js";

const chromium = chromiumForTests();
const LONG = { timeout: 120_000 } as const;
const EMPTY: StubSeed = { excel: { sheets: [{ name: "Sheet1", cells: [] }] } };

/** Chooses the clerk's workbook in the folded panel and corrects its spending column. */
async function importCorrected(page: Page): Promise<void> {
  const panel = page.getByRole("region", { name: "导入已有台账" });
  await panel.getByRole("button", { name: "开始导入…" }).click(LONG);
  await panel
    .locator('input[type=file][accept^=".xlsx"]')
    .setInputFiles(await tempFile("2024年台账.xlsx", await clerkWorkbook()));
  await page.getByText("已导入3张工作表", { exact: false }).waitFor(LONG);
  await page.getByLabel("E列“花费（元）”对应到").selectOption("费用(元)");
  await page
    .getByRole("row", { name: /花费（元）/ })
    .getByText("已指定")
    .waitFor();
}

describe.skipIf(!chromium)("Excel pane: 导入已有台账", () => {
  const pages = builtPages();
  let stub: string;
  beforeAll(async () => {
    stub = await buildOfficeStub();
  });

  it("opens the standard workbook as a new workbook, with the source's sums", async () => {
    const pane = await openPane(pages.browser, pages.server.url, stub, "Excel", EMPTY);
    const { page } = pane;
    await importCorrected(page);
    await page.getByRole("button", { name: "在新工作簿中打开标准台账" }).click(LONG);
    await page.getByText("标准台账已在新窗口打开", { exact: false }).waitFor(LONG);
    const created = await pane.fake((f) => f.excel.createdWorkbooks());
    expect(created).toHaveLength(1);
    const a = await analysed(new Uint8Array(Buffer.from(created[0] ?? "", "base64")));
    expect(a.totals.activities.costFen).toBe(CLERK_SUMS.costFen);
    expect(a.totals.activities.participants).toBe(CLERK_SUMS.participants);
    expect(a.totals.condolences.amountFen).toBe(CLERK_SUMS.condolenceFen);
    expect(a.totals.members.total).toBe(CLERK_SUMS.members);
    expect(await horizontalOverflow(page)).toEqual({ overflow: 0, culprit: "" });
    await screenshot(page, "import-excel");
    expect(await axeViolations(page)).toEqual([]);
    expect(pane.problems.errors).toEqual([]);
    expect(pane.problems.cspViolations).toEqual([]);
    expect(pane.route.outside).toEqual([]);
    await pane.close();
  });

  it("on Excel without ExcelApi 1.8 says a new workbook cannot open here and offers the download", async () => {
    const pane = await openPane(pages.browser, pages.server.url, stub, "Excel", {
      ...EMPTY,
      requirements: { ExcelApi: "1.7", WordApi: "1.3" },
    });
    const { page } = pane;
    await importCorrected(page);
    await page.getByText("请下载标准台账，再用 Excel 打开", { exact: false }).waitFor();
    expect(await page.getByRole("button", { name: "在新工作簿中打开标准台账" }).count()).toBe(0);
    const [file] = await Promise.all([
      page.waitForEvent("download", LONG),
      page.getByRole("button", { name: "下载标准台账（.xlsx）" }).click(LONG),
    ]);
    const a = await analysed(new Uint8Array(await readFile(await file.path())));
    expect(a.totals.activities.costFen).toBe(CLERK_SUMS.costFen);
    expect(await axeViolations(page)).toEqual([]);
    await pane.close();
  });
});
