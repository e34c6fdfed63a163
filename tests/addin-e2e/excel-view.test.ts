/**
 * The Excel view in Chromium, over the office.js stub seeded with the example workbook: validate →
 * the CLI's findings → clicking one selects its cell → mark all / clear (values and the clerk's own
 * formats untouched) → findings sheet → new workbook from the template; sync counts; keyboard use.
 */
import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { countBySeverity } from "../../src/findings/finding.js";
import { MARK_FORMULA } from "../../addin/host/excel/highlight.js";
import type { WorkbookGrid } from "../addin/fakes/excel-state.js";
import { ROOT, chromiumForTests, screenshot } from "./harness.js";
import { builtPages, openPane, stubAndGrid } from "./office-pages.js";
import { EXAMPLE, exampleAnalysis, horizontalOverflow } from "./page-checks.js";

const chromium = chromiumForTests();

describe.skipIf(!chromium)("Excel view", () => {
  const pages = builtPages();
  let stub: string;
  let grid: WorkbookGrid;
  beforeAll(async () => {
    [stub, grid] = await stubAndGrid(EXAMPLE);
  });

  it("validates, jumps to a finding's cell, marks and clears without touching the clerk's cells", async () => {
    const { analysis } = await exampleAnalysis();
    const { errors, warnings } = countBySeverity(analysis.findings);
    const pane = await openPane(pages.browser, pages.server.url, stub, "Excel", { excel: grid });
    const { page } = pane;
    await page.getByRole("button", { name: "校验本工作簿" }).click();
    await page.getByText(`共${errors}个错误、${warnings}个警告`).waitFor({ timeout: 60_000 });
    // addin.md: one read of the used ranges, not one per cell or row (names, used ranges, values), after the
    // one sync that starts watching the ledger sheets for edits.
    expect(await pane.fake((f) => f.excel.syncCount())).toBe(4);
    const cells = analysis.findings.filter((f) => f.cell);
    expect(await page.locator("button[data-cell]").count()).toBe(cells.length);
    await screenshot(page, "excel-validated");

    // Clicking a finding selects exactly its cell, on its sheet.
    const target = cells[cells.length - 1];
    if (!target?.cell) throw new Error("the example has findings with cells");
    await page.locator(`button[data-cell="${target.sheet}!${target.cell}"]`).click();
    await expect
      .poll(() => pane.fake((f) => f.excel.selection()))
      .toEqual({ sheet: target.sheet, address: target.cell });
    expect(await pane.fake((f) => f.excel.activeSheet())).toBe(target.sheet);

    // Keyboard: Tab reaches the findings, Enter selects (the same as a click).
    const first = cells[0];
    await page.locator(`button[data-cell="${first?.sheet}!${first?.cell}"]`).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => pane.fake((f) => f.excel.selection()?.address)).toBe(first?.cell);

    const sheets = [...new Set(cells.map((c) => c.sheet))];
    const snapshot = async () =>
      pane.fake((f) =>
        ["会员名册", "会费台账", "活动台账", "慰问金台账"].map((s) => [f.excel.values(s), f.excel.cellFills(s)]),
      );
    const before = await snapshot();
    let syncs = await pane.fake((f) => f.excel.syncCount());
    await page.getByRole("button", { name: "标出全部问题单元格" }).click();
    await page
      .getByText(`已标出${new Set(cells.map((c) => `${c.sheet}!${c.cell}`)).size}个单元格`, { exact: false })
      .waitFor();
    expect((await pane.fake((f) => f.excel.syncCount())) - syncs).toBeLessThanOrEqual(2);
    for (const sheet of sheets) {
      const marked = await pane.fake((f, s) => f.excel.conditionalFormats(s), sheet);
      const ours = marked.filter((m) => m.formula === MARK_FORMULA).flatMap((m) => m.address.split(","));
      for (const c of cells.filter((x) => x.sheet === sheet))
        expect(
          ours.some((a) => a === c.cell || (a.includes(":") && covers(a, c.cell ?? ""))),
          `${sheet}!${c.cell}`,
        ).toBe(true);
    }
    expect(await snapshot()).toEqual(before);

    syncs = await pane.fake((f) => f.excel.syncCount());
    await page.getByRole("button", { name: "清除标记" }).click();
    await page.getByText("已清除", { exact: false }).waitFor();
    expect((await pane.fake((f) => f.excel.syncCount())) - syncs).toBeLessThanOrEqual(2);
    for (const sheet of sheets) {
      const left = await pane.fake((f, s) => f.excel.conditionalFormats(s), sheet);
      expect(left.filter((m) => m.formula === MARK_FORMULA)).toEqual([]);
    }
    expect(await snapshot()).toEqual(before);
    expect(pane.problems.errors).toEqual([]);
    expect(pane.problems.cspViolations).toEqual([]);
    expect(pane.route.outside).toEqual([]);
    await pane.close();
  });

  it("writes the findings sheet, opens the template as a new workbook, shows totals and the narrative", async () => {
    const { analysis } = await exampleAnalysis();
    const pane = await openPane(pages.browser, pages.server.url, stub, "Excel", { excel: grid });
    const { page } = pane;
    await page.getByRole("button", { name: "校验本工作簿" }).click();
    await page.getByRole("button", { name: "生成“校验结果”工作表" }).click();
    await page.getByText("已生成工作表“校验结果”").waitFor();
    const sheet = (await pane.fake((f) => f.excel.values("校验结果"))) as string[][];
    expect(sheet[0]).toEqual(["级别", "工作表", "单元格", "问题说明", "代码"]);
    expect(sheet.slice(1).map((r) => r[4])).toEqual(analysis.findings.map((f) => f.code));

    await page.getByRole("button", { name: "用标准模板新建工作簿" }).click();
    await page.getByText("已在新窗口打开标准模板").waitFor();
    const created = await pane.fake((f) => f.excel.createdWorkbooks());
    expect(created).toHaveLength(1);
    expect(
      Buffer.from(created[0] ?? "", "base64").equals(await readFile(`${ROOT}templates/union-ledger-template-v1.xlsx`)),
    ).toBe(true);

    expect(
      await page.getByText(`${analysis.totals.members.total}人（在职${analysis.totals.members.active}人`).count(),
    ).toBe(1);
    const narrative = await page.getByLabel("年度总结预览").inputValue();
    expect(narrative).toContain(`${analysis.totals.unionName}${analysis.totals.fiscalYear}年工作总结`);
    expect((await horizontalOverflow(page)).overflow).toBe(0);
    await screenshot(page, "excel-totals");
    await pane.close();
  });
});

/** Does a one-column area "D5:D9" cover "D7"? */
function covers(area: string, cell: string): boolean {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(area);
  const c = /^([A-Z]+)(\d+)$/.exec(cell);
  if (!m || !c) return false;
  return m[1] === c[1] && Number(m[2]) <= Number(c[2]) && Number(c[2]) <= Number(m[4]);
}
