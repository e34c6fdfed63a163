/**
 * The Excel pane always says where the clerk stands (issue 14, item 8): results marked stale when the ledger
 * sheets change (not when the add-in writes its own sheet), with 重新校验, and a re-check that finds the same
 * says so; marking and clearing both count cells; a workbook that is no ledger gets the way out in the pane's
 * words, also on Excel without Excel.createWorkbook; a clerk's sheet named 校验结果 is never replaced unasked.
 * Each state: a screenshot in artifacts/addin/ and no axe violations.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { StubSeed } from "../addin/fakes/fake-control.js";
import type { WorkbookGrid } from "../addin/fakes/excel-state.js";
import { countBySeverity } from "../../src/findings/finding.js";
import { axeViolations } from "./a11y-checks.js";
import { chromiumForTests, screenshot } from "./harness.js";
import { builtPages, openPane, stubAndGrid, type PanePage } from "./office-pages.js";
import { EXAMPLE, exampleAnalysis, horizontalOverflow } from "./page-checks.js";

const chromium = chromiumForTests();
const STALE = "工作簿已改动，结果可能已过时。";

describe.skipIf(!chromium)("Excel view states", () => {
  const pages = builtPages();
  let stub: string;
  let grid: WorkbookGrid;
  beforeAll(async () => {
    [stub, grid] = await stubAndGrid(EXAMPLE);
  });
  const open = (seed: StubSeed = { excel: grid }) => openPane(pages.browser, pages.server.url, stub, "Excel", seed);

  async function validated(pane: PanePage): Promise<void> {
    const { errors, warnings } = countBySeverity((await exampleAnalysis()).analysis.findings);
    await pane.page.getByRole("button", { name: "校验本工作簿" }).click();
    await pane.page.getByText(`共${errors}个错误、${warnings}个警告`).waitFor({ timeout: 90_000 });
  }

  async function clean(pane: PanePage, shot: string): Promise<void> {
    // The job that showed the state has ended: no button is held disabled by it.
    await expect.poll(() => pane.page.locator("button:disabled").count(), { timeout: 30_000 }).toBe(0);
    await screenshot(pane.page, shot);
    expect(await axeViolations(pane.page)).toEqual([]);
    expect(await horizontalOverflow(pane.page)).toEqual({ overflow: 0, culprit: "" });
    expect(pane.problems.errors).toEqual([]);
    expect(pane.problems.cspViolations).toEqual([]);
  }

  it("marks results stale on the clerk's edit, not on its own sheet; 重新校验 with the same data says so", async () => {
    const pane = await open();
    const { page } = pane;
    await validated(pane);
    // One sync to watch the ledger sheets, then the read (sheet names, used ranges, values).
    expect(await pane.fake((f) => f.excel.syncCount())).toBe(4);
    expect(await pane.fake((f) => f.excel.watchers())).toBe(1);

    // Its marks and its own findings sheet are no edit of the ledger.
    await page.getByRole("button", { name: "标出全部问题单元格" }).click();
    await page.getByText("已标出", { exact: false }).waitFor();
    await page.getByRole("button", { name: "生成“校验结果”工作表" }).click();
    await page.getByText("已生成工作表“校验结果”").waitFor();
    expect(await page.getByText(STALE).count()).toBe(0);

    // The clerk types into a ledger cell (the same value again: the data, and so the results, stay the same).
    const cell = await pane.fake((f) => f.excel.cell("会员名册", "B3"));
    if (!cell) throw new Error("the example has 会员名册!B3");
    await pane.fake((f, v) => f.excel.edit("会员名册", "B3", v), cell.value);
    await page.getByText(STALE).waitFor();
    const banner = page.locator("[aria-live]", { hasText: STALE });
    await clean(pane, "excel-stale");

    await banner.getByRole("button", { name: "重新校验" }).click();
    await page.getByText("已重新校验：结果没有变化。").waitFor({ timeout: 90_000 });
    expect(await page.getByText(STALE).count()).toBe(0);
    await clean(pane, "excel-recheck-unchanged");
    await pane.close();
  });

  it("counts cells both when marking and when clearing", async () => {
    const { analysis } = await exampleAnalysis();
    const cells = new Set(analysis.findings.filter((f) => f.cell).map((f) => `${f.sheet}!${f.cell}`)).size;
    const pane = await open();
    const { page } = pane;
    await validated(pane);
    await page.getByRole("button", { name: "标出全部问题单元格" }).click();
    await page.getByText(`已标出${cells}个单元格`, { exact: false }).waitFor();
    await page.getByRole("button", { name: "清除标记" }).click();
    await page.getByText(`已清除${cells}个单元格的标记。`).waitFor();
    await clean(pane, "excel-cleared-cells");
    await page.getByRole("button", { name: "清除标记" }).click();
    await page.getByText("没有找到本加载项的标记，无需清除。").waitFor();
    await pane.close();
  });

  it("a workbook that is no ledger: the new-workbook button named in the pane's words, no CLI command", async () => {
    const pane = await open({ excel: { sheets: [{ name: "Sheet1", cells: [[1, 1, "随便写的"]] }] } });
    const { page } = pane;
    await page.getByRole("button", { name: "校验本工作簿" }).click();
    await page.getByText("这个工作簿不是工会台账", { exact: false }).waitFor({ timeout: 90_000 });
    await page.getByText("可点上方的“用标准模板新建工作簿”", { exact: false }).waitFor();
    expect(await page.getByText("union-ledger template", { exact: false }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "用标准模板新建工作簿" }).count()).toBe(1);
    await clean(pane, "excel-not-ledger");
    await pane.close();
  });

  it("on Excel without ExcelApi 1.8 (no Excel.createWorkbook) says why there is no new-workbook button", async () => {
    const pane = await open({
      excel: { sheets: [{ name: "Sheet1", cells: [[1, 1, "随便写的"]] }] },
      requirements: { ExcelApi: "1.7", WordApi: "1.3" },
    });
    const { page } = pane;
    await page.getByText("此版本 Excel 不能从加载项新建工作簿", { exact: false }).waitFor({ timeout: 60_000 });
    expect(await page.getByRole("button", { name: "用标准模板新建工作簿" }).count()).toBe(0);
    expect(await page.getByRole("link", { name: "打开离线版页面", exact: false }).getAttribute("href")).toBe(
      "standalone.html",
    );
    await page.getByRole("button", { name: "校验本工作簿" }).click();
    await page
      .getByText("请在标准模板中填写台账：向上级工会索取，或在离线版页面下载空白模板。", { exact: false })
      .waitFor({
        timeout: 90_000,
      });
    await clean(pane, "excel-not-ledger-no-create");
    await pane.close();
  });

  it("asks before replacing a clerk's sheet named 校验结果: 取消 keeps it, 另存为 writes beside it", async () => {
    const own = { name: "校验结果", cells: [[1, 1, "我自己的检查记录"]] as const };
    const pane = await open({ excel: { ...grid, sheets: [...grid.sheets, own] } });
    const { page } = pane;
    await validated(pane);
    const write = page.getByRole("button", { name: "生成“校验结果”工作表" });
    await write.click();
    const question = "工作簿里已有名为“校验结果”的工作表，它不是本加载项生成的。要替换它吗？";
    await page.getByText(question).waitFor();
    // The question has the focus: the clerk hears it and answers from the keyboard.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("替换");
    await clean(pane, "excel-sheet-question");

    await page.getByRole("button", { name: "取消" }).click();
    await page.getByText("未生成工作表；原有的“校验结果”未改动。").waitFor();
    expect(await pane.fake((f) => f.excel.values("校验结果"))).toEqual([["我自己的检查记录"]]);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("生成“校验结果”工作表");

    await write.click();
    await page.getByRole("button", { name: "另存为“校验结果(2)”" }).click();
    await page.getByText("已生成工作表“校验结果(2)”。").waitFor();
    expect(await pane.fake((f) => f.excel.values("校验结果"))).toEqual([["我自己的检查记录"]]);
    const written = (await pane.fake((f) => f.excel.values("校验结果(2)"))) as string[][];
    expect(written[0]).toEqual(["级别", "工作表", "单元格", "问题说明", "代码"]);
    // Later writes go to the pane's own sheet, without asking again.
    await write.click();
    await page.getByText("已生成工作表“校验结果(2)”。").waitFor();
    expect(await page.getByText(question).count()).toBe(0);
    expect(await pane.fake((f) => f.excel.sheetNames().filter((n) => n.startsWith("校验结果")))).toEqual([
      "校验结果",
      "校验结果(2)",
    ]);
    await pane.close();
  });
});
