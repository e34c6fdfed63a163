/**
 * 导入已有台账 on the standalone page (issue 15 item 3): a clerk's own workbook → the mapping table → one column
 * corrected with its drop-down → the standard workbook downloaded, whose totals (the core's reading) equal the sums
 * of the source's data rows; the map file downloaded and chosen again gives the same workbook; 立即校验 checks it.
 * Two sheets that both look like activities: the error names both and the sheet's drop-down settles it.
 */
import { readFile } from "node:fs/promises";
import type { Download, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { importChoices } from "../../src/import/choices.js";
import { BUILTIN_PROFILES } from "../../src/profiles/builtin.js";
import { analysed, ambiguousWorkbook, CLERK_SUMS, clerkWorkbook, parts, tempFile } from "../import/pane-workbooks.js";
import { axeViolations, hanOutside, shownText, workbookTexts } from "./a11y-checks.js";
import { pageConsoleErrors } from "./console-errors.js";
import { chromiumForTests, newPanePage, screenshot, watchPage } from "./harness.js";
import { builtPages } from "./office-pages.js";
import { horizontalOverflow } from "./page-checks.js";

const chromium = chromiumForTests();
const LONG = { timeout: 120_000 } as const;

/** Opens the folded panel and chooses the workbook at `path` in its file chooser. */
async function importFile(page: Page, path: string): Promise<void> {
  const panel = page.getByRole("region", { name: "导入已有台账" });
  await panel.getByRole("button", { name: "开始导入…" }).click(LONG);
  await panel.locator('input[type=file][accept^=".xlsx"]').setInputFiles(path);
}

async function saved(page: Page, button: string): Promise<{ name: string; bytes: Uint8Array }> {
  const [file]: [Download, void] = await Promise.all([
    page.waitForEvent("download", LONG),
    page.getByRole("button", { name: button }).click(LONG),
  ]);
  return { name: file.suggestedFilename(), bytes: new Uint8Array(await readFile(await file.path())) };
}

describe.skipIf(!chromium)("standalone page: 导入已有台账", () => {
  const pages = builtPages();

  it("imports, takes a corrected column, downloads a workbook with the source's sums, and round-trips the map", async () => {
    const { context, page } = await newPanePage(pages.browser);
    const errors = pageConsoleErrors(page);
    const problems = await watchPage(page);
    await page.goto(`${pages.server.url}standalone.html`);
    await importFile(page, await tempFile("2024年台账.xlsx", await clerkWorkbook()));
    const cost = page.getByLabel("E列“花费（元）”对应到");
    await cost.waitFor(LONG);
    await page.getByText("已导入3张工作表", { exact: false }).waitFor(LONG);
    expect(await cost.inputValue()).toBe("");
    expect(await page.getByLabel("工作表“活动记录”导入到").inputValue()).toBe("活动台账");
    expect(await page.getByLabel("年度").inputValue()).toBe("2024");
    // What was left out and rewritten: counts that open to their lists.
    await page.getByText("跳过的行：2").click();
    await page.getByText("活动记录 第7行：合计行（合计）").waitFor();
    const unplaced = page.getByText(/^未对应的列（保留在新表右侧）：\d+$/u);
    expect(await unplaced.textContent()).toBe("未对应的列（保留在新表右侧）：1");
    await unplaced.click();
    await page.getByText("活动记录 E列“花费（元）”").waitFor();

    // The clerk corrects the spending column: the import runs again with the edited map.
    await cost.selectOption("费用(元)");
    const row = page.getByRole("row", { name: /花费（元）/ });
    await row.getByText("已指定").waitFor();
    // Placed now: no column is left over (a list without items is not shown).
    await expect.poll(() => unplaced.count(), LONG).toBe(0);
    await page.getByText("改写了形式的值：", { exact: false }).click();
    await page.getByText("“3,200.50元”", { exact: false }).waitFor();
    const workbook = await saved(page, "下载标准台账（.xlsx）");
    expect(workbook.name).toBe("2024年台账-标准台账.xlsx");
    const a = await analysed(workbook.bytes);
    expect(a.totals.activities.costFen).toBe(CLERK_SUMS.costFen);
    expect(a.totals.activities.count).toBe(CLERK_SUMS.activities);
    expect(a.totals.activities.participants).toBe(CLERK_SUMS.participants);
    expect(a.totals.condolences.count).toBe(CLERK_SUMS.condolences);
    expect(a.totals.condolences.amountFen).toBe(CLERK_SUMS.condolenceFen);
    expect(a.totals.members.total).toBe(CLERK_SUMS.members);
    expect(a.ledger.info.fiscalYear).toBe(2024);
    expect((await horizontalOverflow(page)).overflow).toBe(0);
    await screenshot(page, "import-mapping");
    expect(await axeViolations(page)).toEqual([]);

    // The map file, chosen again for the same workbook, imports it the same way.
    const map = await saved(page, "下载映射文件（.map.json）");
    expect(map.name).toBe("2024年台账-标准台账.map.json");
    const json = JSON.parse(new TextDecoder().decode(map.bytes)) as { format: string; sheets: unknown[] };
    expect(json.format).toBe("union-ledger/import-map");
    await page.reload();
    await importFile(page, await tempFile("2024年台账.xlsx", await clerkWorkbook()));
    await page.getByText("已导入3张工作表", { exact: false }).waitFor(LONG);
    await page.locator('input[type=file][accept^=".json"]').setInputFiles(await tempFile("m.map.json", map.bytes));
    await page.getByText("已按映射文件 m.map.json 导入。").waitFor(LONG);
    expect(await page.getByLabel("E列“花费（元）”对应到").inputValue()).toBe("费用(元)");
    const again = await saved(page, "下载标准台账（.xlsx）");
    expect(parts(again.bytes)).toEqual(parts(workbook.bytes));

    // 立即校验: the page's own open path reads the standard workbook.
    await page.getByRole("button", { name: "立即校验标准台账" }).click();
    await page.getByText("已读取：2024年台账-标准台账.xlsx").waitFor(LONG);
    // Not problems.errors: the reload's request for /favicon.ico is answered 404 by the test server.
    expect(errors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
    await context.close();
  });

  it("names both sheets that look like activities, and the sheet's drop-down settles it", async () => {
    const { context, page } = await newPanePage(pages.browser);
    const problems = await watchPage(page);
    await page.goto(`${pages.server.url}standalone.html`);
    await importFile(page, await tempFile("两张活动表.xlsx", await ambiguousWorkbook()));
    await page.getByText("工作表“活动记录”、“Sheet1”都像活动台账，无法确定用哪一张。", { exact: false }).waitFor(LONG);
    await page.getByText("解决上面的问题后才能生成标准台账。").waitFor();
    expect(await page.getByRole("button", { name: "下载标准台账（.xlsx）" }).count()).toBe(0);
    expect((await horizontalOverflow(page)).overflow).toBe(0);
    await screenshot(page, "import-ambiguous");
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel("工作表“Sheet1”导入到").selectOption("");
    const workbook = await saved(page, "下载标准台账（.xlsx）");
    const a = await analysed(workbook.bytes);
    expect(a.totals.activities.count).toBe(CLERK_SUMS.activities);
    expect(a.totals.activities.costFen).toBe(CLERK_SUMS.costFen);
    expect(await page.getByText("都像活动台账", { exact: false }).count()).toBe(0);
    expect(problems.errors).toEqual([]);
    await context.close();
  });

  it("says it all in English in English mode, the workbook's and the template's names aside", async () => {
    const bytes = await clerkWorkbook();
    const path = await tempFile("2024年台账.xlsx", bytes);
    const choices = importChoices(bytes);
    if (!choices.ok) throw new Error(choices.error.code);
    const allowed = [
      ...(await workbookTexts(path)),
      "2024年台账",
      "中文",
      ...choices.value.ledgers.flatMap((l) => [l.label, ...l.targets]),
      ...BUILTIN_PROFILES.flatMap((p) => [p.name, p.source]),
    ];
    const { context, page } = await newPanePage(pages.browser);
    await page.goto(`${pages.server.url}standalone.html`);
    await page.getByLabel("语言").selectOption("en");
    const panel = page.getByRole("region", { name: "Import an existing ledger" });
    await panel.getByRole("button", { name: "Start importing…" }).click(LONG);
    await panel.locator('input[type=file][accept^=".xlsx"]').setInputFiles(path);
    await page.getByText("Imported 3 sheets", { exact: false }).waitFor(LONG);
    await page.getByLabel('Column E "花费（元）" goes to').selectOption("费用(元)");
    await page.getByRole("button", { name: "Download the standard workbook (.xlsx)" }).waitFor();
    for (const summary of await page.locator("summary").all()) await summary.click();
    expect(hanOutside(await shownText(page), allowed)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    expect((await horizontalOverflow(page)).overflow).toBe(0);
    await screenshot(page, "import-en");
    await context.close();
  });
});
