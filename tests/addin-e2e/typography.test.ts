/**
 * Chinese typography in the pane (issue 14, item 12): a number stays with its unit and a date stays
 * whole on a line (nowrap spans around them); numbers are written against their units with no space,
 * as the report writes them (288人, 12.86万元; the browser's text-autospace draws the small gap); the
 * totals line names the year as 2024年度; the Word pane dates its link by the local calendar, not by
 * the UTC date of the time it holds.
 */
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { chromiumForTests, newPanePage, routeOfficeJs, screenshot, watchPage } from "./harness.js";
import { axeViolations } from "./a11y-checks.js";
import { buildOfficeStub, builtPages } from "./office-pages.js";
import { EXAMPLE, exampleAnalysis } from "./page-checks.js";

const chromium = chromiumForTests();

/** A number with a unit or a date: what must not be split. */
const KEPT = /\d{4}-\d{2}-\d{2}|\d{4}年\d{1,2}月|\d(?:万元|元|人次|人|次|个|条|%)/u;

/** Texts in `selector` where a number and its unit (or a date) sit in a part of the line that may wrap. */
const breakable = (page: Page, selector: string) =>
  page.evaluate(
    ({ selector, kept }) => {
      const re = new RegExp(kept, "u");
      const out: string[] = [];
      for (const root of document.querySelectorAll(selector)) {
        const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = walk.nextNode(); n; n = walk.nextNode()) {
          const parent = n.parentElement;
          if (parent && getComputedStyle(parent).whiteSpace !== "nowrap" && re.test(n.textContent ?? ""))
            out.push(n.textContent ?? "");
        }
      }
      return out;
    },
    { selector, kept: KEPT.source },
  );

describe.skipIf(!chromium)("Chinese typography", () => {
  const pages = builtPages();
  let stub: string;
  beforeAll(async () => {
    stub = await buildOfficeStub();
  });

  it("keeps numbers with their units and dates whole, with no space before a unit, and names the year", async () => {
    const { analysis } = await exampleAnalysis();
    const { context, page } = await newPanePage(pages.browser);
    await page.goto(`${pages.server.url}standalone.html`);
    await page.locator("input[type=file]").setInputFiles(EXAMPLE);
    await page.getByText("已读取：example-2024.xlsx").waitFor({ timeout: 60_000 });
    const { unionName, fiscalYear } = analysis.totals;
    // The totals line: the union and its year as 2024年度 (it read "… · 2024").
    expect(await page.getByText(`${unionName}${fiscalYear}年度`, { exact: true }).count()).toBe(1);
    expect(await breakable(page, "dd, h3, li, [role=group]")).toEqual([]);
    // One style: no space between a number and a Han unit or word after it, in the pane's own texts.
    const own = await page.locator("dd, h3, main [role=status]").allInnerTexts();
    expect(own.filter((t) => /\d [\p{Script=Han}]/u.test(t))).toEqual([]);
    expect(await page.getByText(/^实缴\d+(\.\d+)?万?元，收缴率/).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "typography-zh");
    await context.close();
  });

  it("dates the Word pane's link by the local calendar", async () => {
    // A zone where today's date differs from UTC's now: +14 h after noon UTC, -12 h before it.
    const timezoneId = new Date().getUTCHours() >= 12 ? "Pacific/Kiritimati" : "Etc/GMT+12";
    const { context, page } = await newPanePage(pages.browser, { timezoneId });
    const problems = await watchPage(page);
    await routeOfficeJs(page, stub);
    await page.addInitScript(() => Object.assign(globalThis, { __officeHost: "Word", __officeSeed: {} }));
    await page.goto(`${pages.server.url}taskpane.html`);
    await page.locator("input[type=file]").setInputFiles(EXAMPLE);
    await page.getByText("已读取：example-2024.xlsx").waitFor({ timeout: 60_000 });
    // The example has errors: acknowledged with a reason before the insert.
    await page.getByRole("checkbox").check();
    await page.getByRole("textbox", { name: /原因/ }).fill("初稿");
    await page.getByRole("button", { name: /插入/ }).click();
    const linked = page.getByText(/^本文档的总结来自 example-2024\.xlsx/);
    await linked.waitFor({ timeout: 60_000 });
    const at = ((await page.evaluate("window.__fake.word.properties()")) as Record<string, string>)[
      "union-ledger.generatedAt"
    ];
    if (!at) throw new Error("no generatedAt in the document's properties");
    const local = new Intl.DateTimeFormat("en-CA", { timeZone: timezoneId }).format(new Date(at));
    expect(local).not.toBe(at.slice(0, 10));
    expect(await linked.textContent()).toContain(`（${local}）`);
    expect(problems.errors).toEqual([]);
    await context.close();
  });
});
