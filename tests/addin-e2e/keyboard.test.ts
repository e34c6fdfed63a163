/**
 * Accessibility basics on the standalone page (the same components as the panes): every control
 * reached by Tab has an accessible name, Tab follows the reading order, and focus is visible (the
 * focused control looks different from the same control unfocused).
 */
import { describe, expect, it } from "vitest";
import { chromiumForTests, newPanePage } from "./harness.js";
import { builtPages } from "./office-pages.js";
import { EXAMPLE } from "./page-checks.js";

const chromium = chromiumForTests();

describe.skipIf(!chromium)("keyboard and labels", () => {
  const pages = builtPages();

  it("tabs through named controls in reading order, each with a visible focus", async () => {
    const { context, page } = await newPanePage(pages.browser);
    await page.goto(`${pages.server.url}standalone.html`);
    await page.locator("input[type=file]").setInputFiles(EXAMPLE);
    await page.getByRole("button", { name: /下载/ }).waitFor({ timeout: 60_000 });
    await page.locator("body").click({ position: { x: 1, y: 1 } });

    const stops: { name: string; top: number; changed: boolean }[] = [];
    for (let i = 0; i < 5; i++) {
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
    // Reading order: language, file, download, the summary text, its copy button (the findings have
    // no action on this page, so they are not tab stops).
    expect(stops[0]?.name).toBe("语言");
    expect(stops[1]?.name).toContain("选择台账文件");
    expect(stops[2]?.name).toContain("下载");
    expect(stops[3]?.name).toBe("年度总结预览");
    expect(stops[4]?.name).toBe("复制全文");
    for (let i = 1; i < stops.length; i++) expect(stops[i]?.top ?? 0).toBeGreaterThanOrEqual(stops[i - 1]?.top ?? 0);
    await context.close();
  });
});
