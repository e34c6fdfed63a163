/**
 * Accessibility basics on the standalone page (the same components as the panes): every control
 * reached by Tab has an accessible name, Tab follows the reading order, and focus is visible (the
 * focused control looks different from the same control unfocused). In the Excel pane each sheet's
 * findings are one tab stop, the arrow keys move within them, and Enter selects the finding's cell.
 */
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { gridFromXlsx } from "../addin/fakes/seed.js";
import { axeViolations } from "./a11y-checks.js";
import { chromiumForTests, newPanePage, screenshot } from "./harness.js";
import { buildOfficeStub, builtPages, openPane } from "./office-pages.js";
import { EXAMPLE, exampleAnalysis } from "./page-checks.js";

const chromium = chromiumForTests();

describe.skipIf(!chromium)("keyboard and labels", () => {
  const pages = builtPages();

  it("tabs through named controls in reading order, each with a visible focus", async () => {
    const { context, page } = await newPanePage(pages.browser);
    await page.goto(`${pages.server.url}standalone.html`);
    await page.locator("input[type=file]").setInputFiles(EXAMPLE);
    await page.getByText("已读取：example-2024.xlsx").waitFor({ timeout: 60_000 });
    await page.locator("body").click({ position: { x: 1, y: 1 } });

    const stops: { name: string; top: number; changed: boolean }[] = [];
    // Up to the copy button, the last control of the page's flow.
    for (let i = 0; i < 20 && stops.at(-1)?.name !== "复制全文"; i++) {
      await page.keyboard.press("Tab");
      const focused = (await page.evaluateHandle(() => document.activeElement)).asElement();
      if (!focused) throw new Error("nothing has focus");
      const name = await focused.evaluate((el) => {
        const labelled = el.getAttribute("aria-labelledby");
        const byId = labelled
          ? labelled
              .split(" ")
              .map((id) => document.getElementById(id)?.textContent ?? "")
              .join(" ")
          : "";
        const label = el.id ? (document.querySelector(`label[for="${el.id}"]`)?.textContent ?? "") : "";
        return (
          (el.getAttribute("aria-label") ?? byId) ||
          label ||
          (el as HTMLElement).innerText ||
          el.getAttribute("title") ||
          ""
        );
      });
      const top = await focused.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
      // Focus visible: the control's pixels with focus differ from the same control without it.
      const withFocus = await focused.screenshot();
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const without = await focused.screenshot();
      // Back to where Tab left it, as the keyboard would (Fluent shows focus rings for keyboard focus).
      await page.keyboard.press("Shift+Tab");
      await page.keyboard.press("Tab");
      stops.push({ name: name.trim(), top, changed: !!without && !withFocus.equals(without) });
    }
    for (const s of stops) {
      expect(s.name, JSON.stringify(stops)).not.toBe("");
      expect(s.changed, `focus visible on “${s.name}”`).toBe(true);
    }
    // Reading order, among others: language, file, the notice's close button right after it, download,
    // the summary text, its copy button (the findings have no action on this page: no tab stops).
    const names = stops.map((s) => s.name);
    const order = ["语言", "选择台账文件（.xlsx）", "关闭", "下载年度总结（.docx）", "年度总结预览", "复制全文"];
    const at = order.map((n) => names.indexOf(n));
    expect(at.every((i) => i >= 0) && at.every((i, k) => k === 0 || i > (at[k - 1] ?? 0)), names.join(" → ")).toBe(
      true,
    );
    expect(names[names.indexOf("选择台账文件（.xlsx）") + 1]).toBe("关闭");
    for (let i = 1; i < stops.length; i++) expect(stops[i]?.top ?? 0).toBeGreaterThanOrEqual(stops[i - 1]?.top ?? 0);
    await context.close();
  });

  it("makes each sheet's findings in the Excel pane one tab stop, with arrows inside and Enter selecting the cell", async () => {
    const { analysis } = await exampleAnalysis();
    const withCells = analysis.findings.filter((f) => f.cell);
    const sheets = [...new Set(withCells.map((f) => f.sheet))];
    const grid = await gridFromXlsx(new Uint8Array(await readFile(EXAMPLE)));
    const pane = await openPane(pages.browser, pages.server.url, await buildOfficeStub(), "Excel", { excel: grid });
    const { page } = pane;
    const validate = page.getByRole("button", { name: "校验本工作簿" });
    await validate.click();
    await page.locator("button[data-cell]").first().waitFor({ timeout: 60_000 });
    const at = () => page.evaluate(() => document.activeElement?.getAttribute("data-cell") ?? null);

    // Tab from the top of the findings to the totals: one stop per sheet, each at its first finding.
    await page.getByRole("heading", { name: "校验结果" }).click();
    const stops: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press("Tab");
      const cell = await at();
      if (cell) stops.push(cell);
      else if (stops.length > 0) break; // past the findings
    }
    const firstOf = (sheet: string) => withCells.find((f) => f.sheet === sheet);
    expect(stops).toEqual(sheets.map((s) => `${s}!${firstOf(s)?.cell}`));

    // Back into the first sheet's list: ↓ ↓ ↑ End Home move inside it; Tab leaves it for the next sheet.
    const first = withCells.filter((f) => f.sheet === sheets[0]).map((f) => `${f.sheet}!${f.cell}`);
    await page.locator(`button[data-cell="${first[0]}"]`).focus();
    await page.keyboard.press("ArrowDown");
    expect(await at()).toBe(first[1]);
    await page.keyboard.press("End");
    expect(await at()).toBe(first[first.length - 1]);
    await page.keyboard.press("Home");
    expect(await at()).toBe(first[0]);
    await page.keyboard.press("ArrowDown");
    await screenshot(page, "keyboard-findings");
    await page.keyboard.press("Tab");
    expect(await at()).toBe(`${sheets[1]}!${firstOf(sheets[1] ?? "")?.cell}`);
    // Shift+Tab comes back to the finding last visited, not to the list's first.
    await page.keyboard.press("Shift+Tab");
    expect(await at()).toBe(first[1]);
    await page.keyboard.press("Enter");
    await expect.poll(() => pane.fake((f) => f.excel.selection()?.address)).toBe(first[1]?.split("!")[1]);
    expect(await axeViolations(page)).toEqual([]);
    await pane.close();
  });
});
