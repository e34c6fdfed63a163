/**
 * The Word pane always says where the clerk stands (issue 14, items 5 and 6): a bad file after a good one leaves
 * nothing of the good one (no findings, no 刷新 that would refresh from it); a held-back insert says why beside it
 * and the tick names what the button does; after the insertion the warning becomes a plain statement of what the
 * document says; a blank template stops at the 基本信息 fields it lacks, with no insert offered.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { countBySeverity } from "../../src/findings/finding.js";
import { axeViolations } from "./a11y-checks.js";
import { chromiumForTests, ROOT, screenshot } from "./harness.js";
import { buildOfficeStub, builtPages, openPane } from "./office-pages.js";
import { EXAMPLE, exampleAnalysis, horizontalOverflow } from "./page-checks.js";

const chromium = chromiumForTests();
const BLANK = `${ROOT}templates/union-ledger-template-v1.xlsx`;
const NOT_A_WORKBOOK = {
  name: "不是表格.xlsx",
  mimeType: "application/octet-stream",
  buffer: Buffer.from("这不是一个 Excel 文件"),
};
const TICK_INSERT = "我已知晓台账中的这些错误，仍要插入年度总结";
const REASON = "原因（将写在总结第1页的“说明”中）";

describe.skipIf(!chromium)("Word view states", () => {
  const pages = builtPages();
  let stub: string;
  beforeAll(async () => {
    stub = await buildOfficeStub();
  });
  const open = () =>
    openPane(pages.browser, pages.server.url, stub, "Word", { word: { paragraphs: ["致区总工会："], cursorAt: 0 } });

  it("says why the insert is held back, and after inserting states what the document says instead of warning", async () => {
    const { errors } = countBySeverity((await exampleAnalysis()).analysis.findings);
    const pane = await open();
    const { page } = pane;
    await page.locator("input[type=file]").setInputFiles(EXAMPLE);
    const insert = page.getByRole("button", { name: "在光标处插入年度总结" });
    await insert.waitFor({ timeout: 60_000 });
    const untickedHint = page.getByText(`工作簿有${errors}个错误：请先更正，或勾选上面的确认并填写原因。`);
    await untickedHint.waitFor();
    // Held back, but focusable, and described by the reason beside it.
    expect(await insert.getAttribute("aria-disabled")).toBe("true");
    expect(await insert.getAttribute("aria-describedby")).toBe(await untickedHint.getAttribute("id"));
    await insert.focus();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("在光标处插入年度总结");
    await screenshot(page, "word-held-back");
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel(TICK_INSERT).check();
    await page.getByText("请在上面填写原因。").waitFor();
    expect(await untickedHint.count()).toBe(0);
    await page.getByLabel(REASON).fill("区总工会要求先报初稿");
    await expect.poll(() => insert.getAttribute("aria-disabled")).not.toBe("true");
    expect(await page.getByText("请在上面填写原因。").count()).toBe(0);

    await insert.click();
    await page.getByText("已插入年度总结。").waitFor({ timeout: 60_000 });
    // The warning and the form give way to what the document now says; the 刷新 button needs no new tick.
    const statement = page.getByText(
      `台账有${errors}个错误未更正；总结第1页的“说明”已写明原因：“区总工会要求先报初稿”。`,
    );
    await statement.waitFor();
    expect(await page.getByText(`台账中还有${errors}个错误`, { exact: false }).count()).toBe(0);
    expect(await page.getByLabel(TICK_INSERT).count()).toBe(0);
    const refresh = page.getByRole("button", { name: "用新数据刷新总结" });
    await refresh.waitFor();
    expect(await refresh.getAttribute("aria-disabled")).not.toBe("true");
    expect((await horizontalOverflow(page)).overflow).toBe(0);
    await screenshot(page, "word-acknowledged-inserted");
    expect(await axeViolations(page)).toEqual([]);
    expect(pane.problems.errors).toEqual([]);
    await pane.close();
  });

  it("clears what was loaded when a bad file follows a good one: no old findings, no 刷新 from the old file", async () => {
    const pane = await open();
    const { page } = pane;
    await page.locator("input[type=file]").setInputFiles(EXAMPLE);
    await page.getByLabel(TICK_INSERT).check({ timeout: 60_000 });
    await page.getByLabel(REASON).fill("初稿");
    await page.getByRole("button", { name: "在光标处插入年度总结" }).click();
    await page.getByText("已插入年度总结。").waitFor({ timeout: 60_000 });
    const refresh = page.getByRole("button", { name: "用新数据刷新总结" });
    await refresh.waitFor();
    const controls = await pane.fake((f) => f.word.controls());

    await page.locator("input[type=file]").setInputFiles(NOT_A_WORKBOOK);
    await page.getByRole("heading", { name: "校验结果" }).waitFor({ state: "detached", timeout: 60_000 });
    await expect
      .poll(
        () =>
          page
            .locator("[aria-live]")
            .allTextContents()
            .then((t) => t.join(" ")),
        { timeout: 60_000 },
      )
      .toMatch(/不是.*工作簿/);
    expect(await refresh.count()).toBe(0);
    expect(await page.getByRole("button", { name: "在光标处插入年度总结" }).count()).toBe(0);
    expect(await page.getByRole("heading", { name: "数据一览" }).count()).toBe(0);
    // The document keeps its report and its link: only what the pane had loaded is gone.
    await page.getByText("本文档的总结来自 example-2024.xlsx", { exact: false }).waitFor();
    expect(await pane.fake((f) => f.word.controls())).toEqual(controls);
    await screenshot(page, "word-bad-after-good");
    expect(await axeViolations(page)).toEqual([]);
    await pane.close();
  });

  it("stops at a blank template: names the missing 基本信息 fields and cells, offers no insert", async () => {
    const pane = await open();
    const { page } = pane;
    await page.locator("input[type=file]").setInputFiles(BLANK);
    await page
      .getByText("请先在基本信息中填写工会名称（B2）和年度（B5），保存后重新选择文件；填好之前不能生成年度总结。")
      .waitFor({ timeout: 60_000 });
    // The findings still show (the two empty cells are errors); no insert, no acknowledgement, no "0年".
    await page.getByRole("heading", { name: "校验结果" }).waitFor();
    expect(await page.getByRole("button", { name: "在光标处插入年度总结" }).count()).toBe(0);
    expect(await page.getByLabel(TICK_INSERT).count()).toBe(0);
    expect(await page.getByText("0年", { exact: false }).count()).toBe(0);
    expect((await horizontalOverflow(page)).overflow).toBe(0);
    await screenshot(page, "word-blank-template");
    expect(await axeViolations(page)).toEqual([]);
    expect(await pane.fake((f) => f.word.controls())).toEqual([]);
    await pane.close();
  });
});
