/**
 * 下载空白模板 on the standalone page (the only way in for WPS users, issue 14 item 7): a built-in profile (the
 * general one by default) or the upper union's profile file. The downloaded bytes are read with the core's reader
 * (the profile stamped in _meta) and are the CLI's `union-ledger template --profile(-file) …` workbook part for
 * part, times aside. A wrong profile file is refused in Chinese, every mistake listed, and nothing downloads.
 */
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { analyzeBytes } from "../../src/analysis/analyze.js";
import { findProfile } from "../../src/profiles/builtin.js";
import { toFile } from "../../src/profiles/profile-file.js";
import { runMain } from "../fixtures-hand/cli.js";
import { axeViolations } from "./a11y-checks.js";
import { chromiumForTests, newPanePage, screenshot, watchPage } from "./harness.js";
import { pageConsoleErrors } from "./console-errors.js";
import { builtPages } from "./office-pages.js";
import { horizontalOverflow } from "./page-checks.js";

const chromium = chromiumForTests();
const BUTTON = "下载空白模板（.xlsx）";

/** The package's parts as text, the times the writer stamps (created, modified, _meta's generatedAt) masked. */
function parts(bytes: Uint8Array): Record<string, string> {
  const time = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z/g;
  return Object.fromEntries(
    Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data).replace(time, "<time>")]),
  );
}

/** What `union-ledger template -o … <args>` writes. */
async function cliTemplate(args: readonly string[]): Promise<Uint8Array> {
  const out = join(await mkdtemp(join(tmpdir(), "template-cli-")), "t.xlsx");
  const run = await runMain(["template", "-o", out, ...args]);
  expect(run.code, run.stderr).toBe(0);
  return new Uint8Array(await readFile(out));
}

async function downloadTemplate(page: Page): Promise<{ name: string; bytes: Uint8Array }> {
  const [file] = await Promise.all([
    page.waitForEvent("download", { timeout: 120_000 }),
    page.getByRole("button", { name: BUTTON }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: new Uint8Array(await readFile(await file.path())) };
}

/** The core's reader on the downloaded bytes: a blank ledger stamped with `profile`. */
async function expectStamped(bytes: Uint8Array, profile: string): Promise<void> {
  const read = await analyzeBytes(bytes);
  if (!read.ok) throw new Error(read.error.code);
  expect(read.value.ledger.template?.profile).toBe(profile);
  expect(read.value.profile.id).toBe(profile);
  expect(read.value.ledger.template?.generator).toMatch(/^union-ledger \d/);
}

describe.skipIf(!chromium)("standalone page: 下载空白模板", () => {
  const pages = builtPages();

  it("downloads the CLI's template for the general profile by default and for a chosen built-in one", async () => {
    const { context, page } = await newPanePage(pages.browser);
    const errors = pageConsoleErrors(page);
    const problems = await watchPage(page);
    await page.goto(`${pages.server.url}standalone.html`);
    const select = page.getByLabel("经费标准方案", { exact: true });
    await select.waitFor({ timeout: 60_000 });
    expect(await select.inputValue()).toBe("default");
    await page.getByText("依据：", { exact: false }).waitFor();
    expect((await horizontalOverflow(page)).overflow).toBe(0);
    await screenshot(page, "standalone-template");
    expect(await axeViolations(page)).toEqual([]);

    const general = await downloadTemplate(page);
    expect(general.name).toBe("工会台账模板（通用参考方案（非官方标准））.xlsx");
    await expectStamped(general.bytes, "default");
    expect(parts(general.bytes)).toEqual(parts(await cliTemplate(["--profile", "default"])));
    await page.getByText(`已下载 ${general.name}`, { exact: false }).waitFor();

    await select.selectOption("anhui-2018");
    const anhui = await downloadTemplate(page);
    await expectStamped(anhui.bytes, "anhui-2018");
    expect(parts(anhui.bytes)).toEqual(parts(await cliTemplate(["--profile", "anhui-2018"])));
    expect(errors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
    await context.close();
  });

  it("takes the upper union's profile file, and refuses a wrong one in Chinese with every mistake", async () => {
    const dir = await mkdtemp(join(tmpdir(), "profile-file-"));
    const base = findProfile("hubei-2018");
    if (!base) throw new Error("no hubei-2018");
    const good = join(dir, "某市总工会方案.json");
    await writeFile(
      good,
      JSON.stringify({ ...toFile(base), id: "moushi-2025", name: "某市基层工会经费标准（测试）" }, null, 2),
    );
    const bad = join(dir, "有误的方案.json");
    await writeFile(bad, JSON.stringify({ ...toFile(base), id: "坏 id", year: "二〇二五", caps: { 生病住院: -5 } }));

    const { context, page } = await newPanePage(pages.browser);
    const errors = pageConsoleErrors(page);
    const problems = await watchPage(page);
    await page.goto(`${pages.server.url}standalone.html`);
    await page.getByLabel("经费标准方案", { exact: true }).selectOption("file");
    const button = page.getByRole("button", { name: BUTTON });
    // No file yet: held back, with the reason beside it.
    expect(await button.getAttribute("aria-disabled")).toBe("true");
    await page.getByText("请先选择上级工会发来的方案文件。").waitFor();
    const input = page.locator('input[type=file][accept^=".json"]');

    await input.setInputFiles(bad);
    await page.getByText("方案文件“有误的方案.json”有误，未采用", { exact: false }).waitFor({ timeout: 60_000 });
    expect(
      await page
        .getByRole("listitem")
        .filter({ hasText: /^\[(id|year|caps\.生病住院)\] / })
        .count(),
    ).toBeGreaterThanOrEqual(3);
    expect(await button.getAttribute("aria-disabled")).toBe("true");
    await page.getByText("请选择改正后的方案文件。").waitFor();
    expect((await horizontalOverflow(page)).overflow).toBe(0);
    await screenshot(page, "standalone-template-bad-profile");
    expect(await axeViolations(page)).toEqual([]);

    await input.setInputFiles(good);
    await page
      .getByText("已采用方案文件“某市总工会方案.json”：某市基层工会经费标准（测试）")
      .waitFor({ timeout: 60_000 });
    expect(await button.getAttribute("aria-disabled")).not.toBe("true");
    await screenshot(page, "standalone-template-profile-file");
    const custom = await downloadTemplate(page);
    await expectStamped(custom.bytes, "moushi-2025");
    expect(parts(custom.bytes)).toEqual(parts(await cliTemplate(["--profile-file", good])));
    expect(errors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
    await context.close();
  });
});
