/**
 * The standalone page asks what the Word pane asks (issue 14, items 5 and 6): a workbook with errors is downloaded
 * only once they are acknowledged with a reason, the held-back button says why beside it, and afterwards the page
 * states what the document says; a blank template stops at the 基本信息 fields it lacks, with no download, no
 * "0年" narrative and no totals.
 */
import { describe, expect, it } from "vitest";
import { countBySeverity } from "../../src/findings/finding.js";
import { axeViolations } from "./a11y-checks.js";
import { chromiumForTests, newPanePage, ROOT, screenshot } from "./harness.js";
import { pageConsoleErrors } from "./console-errors.js";
import { builtPages } from "./office-pages.js";
import { EXAMPLE, exampleAnalysis, horizontalOverflow } from "./page-checks.js";

const chromium = chromiumForTests();
const BLANK = `${ROOT}templates/union-ledger-template-v1.xlsx`;
const DOWNLOAD = "下载年度总结（.docx）";

describe.skipIf(!chromium)("standalone page states", () => {
  const pages = builtPages();

  it("holds the download of a workbook with errors until acknowledged, saying why, as the Word pane does", async () => {
    const { errors } = countBySeverity((await exampleAnalysis()).analysis.findings);
    const { context, page } = await newPanePage(pages.browser);
    const consoleErrors = pageConsoleErrors(page);
    await page.goto(`${pages.server.url}standalone.html`);
    await page.locator("input[type=file]").setInputFiles(EXAMPLE);
    const download = page.getByRole("button", { name: DOWNLOAD });
    await download.waitFor({ timeout: 60_000 });
    const hint = page.getByText(`工作簿有${errors}个错误：请先更正，或勾选上面的确认并填写原因。`);
    await hint.waitFor();
    expect(await download.getAttribute("aria-disabled")).toBe("true");
    expect(await download.getAttribute("aria-describedby")).toBe(await hint.getAttribute("id"));
    // A click on the held-back button downloads nothing.
    let downloads = 0;
    page.on("download", () => downloads++);
    await download.click({ force: true });
    expect((await horizontalOverflow(page)).overflow).toBe(0);
    await screenshot(page, "standalone-acknowledge");
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel("我已知晓台账中的这些错误，仍要下载年度总结").check();
    await page.getByLabel("原因（将写在总结第1页的“说明”中）").fill("先报初稿");
    await Promise.all([page.waitForEvent("download", { timeout: 120_000 }), download.click()]);
    expect(downloads).toBe(1);
    await page.getByText(`台账有${errors}个错误未更正；总结第1页的“说明”已写明原因：“先报初稿”。`).waitFor();
    expect(await page.getByText(`台账中还有${errors}个错误`, { exact: false }).count()).toBe(0);
    await screenshot(page, "standalone-acknowledged-downloaded");
    expect(await axeViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it("stops at a blank template: names the missing 基本信息 fields and cells, offers no download", async () => {
    const { context, page } = await newPanePage(pages.browser);
    await page.goto(`${pages.server.url}standalone.html`);
    await page.locator("input[type=file]").setInputFiles(BLANK);
    await page
      .getByText("请先在基本信息中填写工会名称（B2）和年度（B5），保存后重新选择文件；填好之前不能生成年度总结。")
      .waitFor({ timeout: 60_000 });
    await page.getByRole("heading", { name: "校验结果" }).waitFor();
    expect(await page.getByRole("button", { name: DOWNLOAD }).count()).toBe(0);
    expect(await page.getByLabel("年度总结预览").count()).toBe(0);
    expect(await page.getByRole("heading", { name: "数据一览" }).count()).toBe(0);
    expect(await page.getByText("0年", { exact: false }).count()).toBe(0);
    expect((await horizontalOverflow(page)).overflow).toBe(0);
    await screenshot(page, "standalone-blank-template");
    expect(await axeViolations(page)).toEqual([]);

    // A filled workbook after it: the stop goes, the download comes.
    await page.locator("input[type=file]").setInputFiles(EXAMPLE);
    await page.getByRole("button", { name: DOWNLOAD }).waitFor({ timeout: 60_000 });
    expect(await page.getByText("请先在基本信息中填写", { exact: false }).count()).toBe(0);
    await context.close();
  });
});
