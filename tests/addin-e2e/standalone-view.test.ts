/**
 * The standalone page (WPS users, no Office): choose the example → findings and totals as the CLI
 * computes them → the errors acknowledged with a reason, as in the Word pane → "下载" gives a .docx that the core
 * reads back: same controls, the link record with the file's SHA-256, the reason and the hash of every control's
 * text, the reason in page 1's notice, charts as PNG pictures.
 */
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { countBySeverity } from "../../src/findings/finding.js";
import { buildReport } from "../../src/narrative/build.js";
import { chromiumForTests, newPanePage, routeOfficeJs, screenshot, watchPage, MINIMAL_OFFICE_STUB } from "./harness.js";
import { builtPages } from "./office-pages.js";
import { EXAMPLE, exampleAnalysis, expectedHashes, horizontalOverflow, readDocx, reportFor } from "./page-checks.js";

const chromium = chromiumForTests();
const DOWNLOAD = "下载年度总结（.docx）";

describe.skipIf(!chromium)("standalone page", () => {
  const pages = builtPages();

  it("reads the example, shows the CLI's findings and totals, and downloads a report the core reads back", async () => {
    const { analysis, sha256 } = await exampleAnalysis();
    const { errors, warnings } = countBySeverity(analysis.findings);
    const { context, page } = await newPanePage(pages.browser);
    const problems = await watchPage(page);
    const route = await routeOfficeJs(page, MINIMAL_OFFICE_STUB);
    await page.goto(`${pages.server.url}standalone.html`);
    await page.locator("input[type=file]").setInputFiles(EXAMPLE);
    const download = page.getByRole("button", { name: DOWNLOAD });
    await download.waitFor({ timeout: 60_000 });
    await expect.poll(() => page.getByText(`共${errors}个错误、${warnings}个警告`).count()).toBe(1);
    // Every finding is listed (groups show 30 at most before "show all"; the example has fewer).
    expect(await page.locator("section[aria-labelledby='sa-findings-h'] li").count()).toBe(analysis.findings.length);
    await expect
      .poll(() => page.getByText(`${analysis.totals.members.total}人（在职${analysis.totals.members.active}人`).count())
      .toBe(1);
    expect((await horizontalOverflow(page)).overflow).toBe(0);
    await screenshot(page, "standalone-zh");

    // The example has errors: the download waits for the same acknowledgement as the Word pane's insert.
    expect(await download.getAttribute("aria-disabled")).toBe("true");
    await page.getByLabel("我已知晓台账中的这些错误，仍要下载年度总结").check();
    await page.getByLabel("原因（将写在总结第1页的“说明”中）").fill("区总工会要求先报初稿");
    const [file] = await Promise.all([page.waitForEvent("download"), download.click()]);
    expect(file.suggestedFilename()).toBe(`${analysis.totals.unionName}${analysis.totals.fiscalYear}年度工作总结.docx`);
    const docx = readDocx(new Uint8Array(await readFile(await file.path())));
    const { source } = reportFor(analysis, "example-2024.xlsx", sha256);
    const report = buildReport(analysis, { source, acknowledgement: "区总工会要求先报初稿" });
    expect(docx.link?.sourceFile).toBe("example-2024.xlsx");
    expect(docx.link?.sourceSha256).toBe(sha256);
    expect(docx.link?.acknowledgement).toBe("区总工会要求先报初稿");
    expect(docx.text).toContain(`尚有${errors}处错误未更正`);
    expect(docx.text).toContain("在错误更正前生成本总结的原因：区总工会要求先报初稿。");
    expect(docx.link?.hashes).toEqual(await expectedHashes(report));
    expect(docx.tags).toEqual(expect.arrayContaining(Object.keys(docx.link?.hashes ?? {})));
    expect(docx.text).toContain(report.title);
    // Four charts drawn by ECharts' canvas at 2×: real pictures, each well under 1 MB.
    expect(docx.pictures).toHaveLength(docx.tags.filter((t) => t.startsWith("union-ledger:chart:")).length);
    for (const png of docx.pictures) {
      expect(png.length).toBeGreaterThan(10_000);
      expect(png.length).toBeLessThan(1_000_000);
    }
    expect(problems.errors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
    expect(route.outside).toEqual([]);
    await context.close();
  });

  it("explains an unusable file in Chinese and keeps working", async () => {
    const { context, page } = await newPanePage(pages.browser);
    await page.goto(`${pages.server.url}standalone.html`);
    await page.locator("input[type=file]").setInputFiles({
      name: "不是表格.xlsx",
      mimeType: "application/octet-stream",
      buffer: Buffer.from("这不是一个 Excel 文件"),
    });
    await expect
      .poll(
        () =>
          page
            .getByRole("status")
            .or(page.locator("[aria-live]"))
            .allTextContents()
            .then((t) => t.join(" ")),
        { timeout: 60_000 },
      )
      // The refusal itself, not the spinner's "正在读取工作簿" (the file button ignores a file while one is read).
      .toMatch(/不是.*工作簿/);
    expect(await page.getByRole("button", { name: DOWNLOAD }).count()).toBe(0);
    await page.locator("input[type=file]").setInputFiles(EXAMPLE);
    await page.getByRole("button", { name: DOWNLOAD }).waitFor({ timeout: 60_000 });
    await context.close();
  });

  it("copies the narrative to the clipboard, and says how to copy by hand when the clipboard is refused", async () => {
    const { context, page } = await newPanePage(pages.browser, { permissions: ["clipboard-read", "clipboard-write"] });
    await page.goto(`${pages.server.url}standalone.html`);
    await page.locator("input[type=file]").setInputFiles(EXAMPLE);
    const text = page.getByLabel("年度总结预览");
    await text.waitFor({ timeout: 60_000 });
    await page.getByRole("button", { name: "复制全文" }).click();
    await page.getByText("已复制，可粘贴到 Word 或 WPS。").waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await text.inputValue());
    await context.close();

    const refused = await newPanePage(pages.browser);
    await refused.page.addInitScript(() =>
      Object.defineProperty(navigator, "clipboard", {
        value: { writeText: () => Promise.reject(new Error("denied")) },
      }),
    );
    await refused.page.goto(`${pages.server.url}standalone.html`);
    await refused.page.locator("input[type=file]").setInputFiles(EXAMPLE);
    await refused.page.getByRole("button", { name: "复制全文" }).click({ timeout: 60_000 });
    await refused.page.getByText("无法自动复制", { exact: false }).waitFor();
    await refused.context.close();
  });

  it("switches to English and stays within the pane's width", async () => {
    const { context, page } = await newPanePage(pages.browser);
    await page.goto(`${pages.server.url}standalone.html`);
    await page.getByLabel("语言").selectOption("en");
    await page.locator("input[type=file]").setInputFiles(EXAMPLE);
    await page.getByRole("button", { name: "Download the summary (.docx)" }).waitFor({ timeout: 60_000 });
    expect(await page.getByText("At a glance").count()).toBe(1);
    expect((await horizontalOverflow(page)).overflow).toBe(0);
    await screenshot(page, "standalone-en");
    await context.close();
  });
});
