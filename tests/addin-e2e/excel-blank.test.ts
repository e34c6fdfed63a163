/**
 * The Excel pane on the blank template (a clerk's new workbook, checked before 基本信息 is filled in): the findings,
 * and in place of the totals and the narrative (which would read "0年度", "0年工作总结") what to fill in and where.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { WorkbookGrid } from "../addin/fakes/excel-state.js";
import { axeViolations } from "./a11y-checks.js";
import { ROOT, chromiumForTests, screenshot } from "./harness.js";
import { builtPages, openPane, stubAndGrid } from "./office-pages.js";
import { horizontalOverflow } from "./page-checks.js";

const chromium = chromiumForTests();

describe.skipIf(!chromium)("Excel view on the blank template", () => {
  const pages = builtPages();
  let stub: string;
  let grid: WorkbookGrid;
  beforeAll(async () => {
    [stub, grid] = await stubAndGrid(`${ROOT}templates/union-ledger-template-v1.xlsx`);
  });

  it("names the missing 基本信息 fields and cells instead of a 0年 narrative", async () => {
    const pane = await openPane(pages.browser, pages.server.url, stub, "Excel", { excel: grid });
    const { page } = pane;
    await page.getByRole("button", { name: "校验本工作簿" }).click();
    await page
      .getByText("请先在基本信息中填写工会名称（B2）和年度（B5），再重新校验；填好之前不能生成年度总结。")
      .waitFor({ timeout: 60_000 });
    await page.getByText("共2个错误、0个警告").waitFor();
    expect(await page.getByLabel("年度总结预览").count()).toBe(0);
    expect(await page.getByRole("heading", { name: "数据一览" }).count()).toBe(0);
    expect(await page.getByText("0年", { exact: false }).count()).toBe(0);
    expect((await horizontalOverflow(page)).overflow).toBe(0);
    await screenshot(page, "excel-blank-template");
    expect(await axeViolations(page)).toEqual([]);
    expect(pane.problems.errors).toEqual([]);
    await pane.close();
  });
});
