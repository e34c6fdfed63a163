/**
 * English mode (issue 14, item 12): after reading the example, the standalone page and the Word and
 * Excel panes show no Han character outside names and data. Data is what the workbook holds: its
 * sheet names (the pane names sheets as the workbook does, so the clerk finds the tab), its cells'
 * texts (headers, names, list values such as 春秋游, the union's name), the file's name, the built-in
 * spending-cap profiles' names and sources; and 中文,
 * the language menu's name for Chinese, written in Chinese as language menus do. The narrative preview
 * is the report's own text, Chinese by design (the report is a Chinese document), and is not checked.
 * The mini chart's words (canvas) follow the language: its accessible name is checked, its legend seen
 * in the screenshot.
 */
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { BUILTIN_PROFILES } from "../../src/profiles/builtin.js";
import { gridFromXlsx } from "../addin/fakes/seed.js";
import { axeViolations, hanOutside, shownText, workbookTexts } from "./a11y-checks.js";
import { chromiumForTests, newPanePage, screenshot } from "./harness.js";
import { buildOfficeStub, builtPages, openPane } from "./office-pages.js";
import { EXAMPLE } from "./page-checks.js";

const chromium = chromiumForTests();

/** Switches the page to English by its language menu (labelled 语言 in Chinese). */
const toEnglish = (page: Page) => page.getByLabel("语言").selectOption("en");

describe.skipIf(!chromium)("English mode", () => {
  const pages = builtPages();
  let allowed: string[];
  let stub: string;
  beforeAll(async () => {
    [allowed, stub] = await Promise.all([
      workbookTexts().then((t) => [
        ...t,
        "example-2024.xlsx",
        "中文",
        // The built-in profiles' names and sources (the blank-template choice shows them): the titles of
        // provinces' regulations and the program's Chinese data, as an upper union's own profile file is.
        ...BUILTIN_PROFILES.flatMap((p) => [p.name, p.source]),
      ]),
      buildOfficeStub(),
    ]);
  });

  /** No Han outside the data, the totals in English money, the chart named in English; axe clean. */
  async function checkEnglish(page: Page, shot: string): Promise<void> {
    const chart = page.getByRole("img", { name: /by month:/ });
    await chart.waitFor({ timeout: 60_000 });
    expect(hanOutside(await shownText(page), allowed)).toEqual([]);
    expect(await page.getByText(/^¥[\d,]+(\.\d\d)? paid, [\d.]+% collected/).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, shot);
  }

  it("on the standalone page", async () => {
    const { context, page } = await newPanePage(pages.browser);
    await page.goto(`${pages.server.url}standalone.html`);
    await toEnglish(page);
    await page.locator("input[type=file]").setInputFiles(EXAMPLE);
    await page.getByRole("button", { name: "Download the summary (.docx)" }).waitFor({ timeout: 60_000 });
    // Plurals: a sheet with one error says so.
    expect(await page.getByText(/\(1 error, \d+ warnings?\)/).count()).toBeGreaterThan(0);
    await checkEnglish(page, "language-en-standalone");
    await context.close();
  });

  it("in the Word pane", async () => {
    const pane = await openPane(pages.browser, pages.server.url, stub, "Word", { word: { paragraphs: [""] } });
    const { page } = pane;
    await toEnglish(page);
    await page.locator("input[type=file]").setInputFiles(EXAMPLE);
    await page.getByText("Read: example-2024.xlsx").waitFor({ timeout: 60_000 });
    await checkEnglish(page, "language-en-word");
    await pane.close();
  });

  it("in the Excel pane", async () => {
    const grid = await gridFromXlsx(new Uint8Array(await readFile(EXAMPLE)));
    const pane = await openPane(pages.browser, pages.server.url, stub, "Excel", { excel: grid });
    const { page } = pane;
    await toEnglish(page);
    await page.getByRole("button", { name: "Check this workbook" }).click();
    await page.getByRole("heading", { name: "Findings" }).waitFor({ timeout: 60_000 });
    await checkEnglish(page, "language-en-excel");
    await pane.close();
  });
});
