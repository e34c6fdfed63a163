/**
 * Smoke test of the built pages in Chromium (builds nothing: `npm test` builds first): the standalone
 * page from http and from file://, the task pane and the commands page with a minimal office.js stub.
 * No console error, no CSP violation, no request leaving the machine. Also checks the harness itself
 * (an outside request is caught). The views' own tests come with the views.
 */
import { createHash } from "node:crypto";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ADDIN_DIST,
  chromiumForTests,
  launchBrowser,
  MINIMAL_OFFICE_STUB,
  newPanePage,
  requireBuiltAddin,
  routeOfficeJs,
  screenshot,
  startServer,
  watchPage,
  type StaticServer,
} from "./harness.js";
import { EXAMPLE } from "./page-checks.js";

// Without Chromium the browser tests are skipped, except in CI, where that is a failed test.
let chromium: string | null = null;
let noChromium: Error | undefined;
try {
  chromium = chromiumForTests();
} catch (e) {
  noChromium = e as Error;
}
if (noChromium) {
  it("finds Chromium (CI must run the browser tests)", () => {
    throw noChromium;
  });
}

/** Resolves once the page's React root has rendered something. */
const ROOT_RENDERED = `(() => { const r = document.getElementById("root"); return !!r && r.childElementCount > 0; })()`;

describe.skipIf(!chromium)("built add-in pages in Chromium", () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    requireBuiltAddin();
    server = await startServer(ADDIN_DIST);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("has a CSP without eval or outside sources on every page (office.js's origin only on Office pages)", () => {
    for (const [page, office] of [
      ["taskpane.html", true],
      ["commands.html", true],
      ["standalone.html", false],
    ] as const) {
      const html = readFileSync(join(ADDIN_DIST, page), "utf8");
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
      expect(csp, page).toBeDefined();
      // First thing in <head> after the charset: a CSP <meta> governs only what comes after it.
      expect(html.indexOf("Content-Security-Policy"), page).toBeLessThan(html.indexOf("<script"));
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("connect-src 'none'");
      expect(csp).not.toMatch(/unsafe-eval|\*/);
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(html.includes("appsforoffice.microsoft.com/lib/1/hosted/office.js"), page).toBe(office);
      if (page === "standalone.html") {
        // One self-contained file: its one script inline, allowed by its hash (never 'unsafe-inline').
        const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
        expect(scripts).toHaveLength(1);
        expect(scripts[0]?.[1]).toBe("");
        const hash = createHash("sha256")
          .update(scripts[0]?.[2] ?? "", "utf8")
          .digest("base64");
        expect(csp).toContain(`script-src 'sha256-${hash}';`);
        expect(csp).toContain("worker-src blob:");
        continue;
      }
      expect(csp).toContain(office ? "script-src 'self' https://appsforoffice.microsoft.com;" : "script-src 'self';");
      // Every other script is a relative path next to the page.
      for (const src of html.matchAll(/<script[^>]* src="([^"]+)"/g)) {
        if (!src[1]?.startsWith("https://appsforoffice.microsoft.com/")) expect(src[1], page).toMatch(/^[\w./-]+\.js$/);
      }
    }
  });

  it("loads the standalone page over http with no error and nothing from outside", async () => {
    const { context, page } = await newPanePage(browser);
    const problems = await watchPage(page);
    const route = await routeOfficeJs(page, MINIMAL_OFFICE_STUB);
    await page.goto(`${server.url}standalone.html`);
    await page.waitForFunction(ROOT_RENDERED);
    await screenshot(page, "smoke-standalone");
    expect(problems).toEqual({ errors: [], cspViolations: [] });
    expect(route.outside).toEqual([]);
    expect(route.officeJs).toEqual([]);
    await context.close();
  });

  it("works from file:// as one file copied alone into an empty folder: reads a workbook, writes the report", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ul-standalone-"));
    try {
      copyFileSync(join(ADDIN_DIST, "standalone.html"), join(dir, "工会台账助手.html"));
      expect(readdirSync(dir)).toEqual(["工会台账助手.html"]);
      const { context, page } = await newPanePage(browser);
      const problems = await watchPage(page);
      const route = await routeOfficeJs(page, MINIMAL_OFFICE_STUB);
      const requested: string[] = [];
      page.on("request", (r) => requested.push(r.url()));
      await page.goto(pathToFileURL(join(dir, "工会台账助手.html")).href);
      await page.waitForFunction(ROOT_RENDERED);
      // The worker (a blob: URL of code inlined in the page) reads and checks, and writes the .docx.
      await page.locator("input[type=file]").setInputFiles(EXAMPLE);
      const download = page.getByRole("button", { name: "下载年度总结（.docx）" });
      await download.waitFor({ timeout: 120_000 });
      // The example has errors: the download waits for the acknowledgement and its reason.
      await page.getByLabel(/仍要下载年度总结/).check();
      await page.getByRole("textbox", { name: /原因/ }).fill("区总工会要求先报初稿");
      const [file] = await Promise.all([page.waitForEvent("download", { timeout: 120_000 }), download.click()]);
      expect((await readFile(await file.path())).subarray(0, 2).toString()).toBe("PK");
      await screenshot(page, "standalone-single-file");
      expect(problems).toEqual({ errors: [], cspViolations: [] });
      expect(route.outside).toEqual([]);
      // Nothing but the page itself is fetched from disk (the worker and the chart drawer come from within it).
      expect(requested.filter((u) => !u.startsWith("blob:") && !u.startsWith("data:"))).toEqual([
        pathToFileURL(join(dir, "工会台账助手.html")).href,
      ]);
      await context.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("loads the task pane with a stub office.js", async () => {
    const { context, page } = await newPanePage(browser);
    const problems = await watchPage(page);
    const route = await routeOfficeJs(page, MINIMAL_OFFICE_STUB);
    await page.goto(`${server.url}taskpane.html`);
    await page.waitForFunction(ROOT_RENDERED);
    // The view for the host may come in a lazy chunk (over http, next to the page: publicPath "auto").
    await page.waitForLoadState("networkidle");
    await screenshot(page, "smoke-taskpane");
    expect(route.officeJs).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
    expect(await page.evaluate(`Office.onReady().then((i) => i.host)`)).toBe("Excel");
    expect(problems).toEqual({ errors: [], cspViolations: [] });
    expect(route.outside).toEqual([]);
    await context.close();
  });

  it("loads the commands page with a stub office.js", async () => {
    const { context, page } = await newPanePage(browser);
    const problems = await watchPage(page);
    const route = await routeOfficeJs(page, MINIMAL_OFFICE_STUB);
    await page.goto(`${server.url}commands.html`);
    await page.waitForLoadState("load");
    expect(route.officeJs.length).toBe(1);
    expect(problems).toEqual({ errors: [], cspViolations: [] });
    expect(route.outside).toEqual([]);
    await context.close();
  });

  it("harness: records and aborts an outside request, and reports CSP violations", async () => {
    const dir = mkdtempSync(join(tmpdir(), "harness-"));
    try {
      // No CSP here, so the browser really asks for the image: the router must stop it (.invalid
      // never resolves either way).
      writeFileSync(
        join(dir, "outside.html"),
        `<!doctype html><img src="https://outside.invalid/pixel.png"><p id="done">x</p>`,
      );
      writeFileSync(
        join(dir, "csp.html"),
        `<!doctype html><meta http-equiv="Content-Security-Policy" content="default-src 'self'; img-src 'self'"><img src="https://outside.invalid/blocked.png">`,
      );
      const local = await startServer(dir);
      try {
        const { context, page } = await newPanePage(browser);
        const problems = await watchPage(page);
        const route = await routeOfficeJs(page, MINIMAL_OFFICE_STUB);
        await page.goto(`${local.url}outside.html`);
        await page.waitForLoadState("load");
        expect(route.outside).toEqual(["https://outside.invalid/pixel.png"]);
        await page.goto(`${local.url}csp.html`);
        await page.waitForLoadState("load");
        await expect.poll(() => problems.cspViolations.length).toBe(1);
        expect(problems.cspViolations[0]).toContain("img-src https://outside.invalid/blocked.png");
        expect(local.requests).toContain("/outside.html");
        await context.close();
      } finally {
        await local.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("harness: serves with the right MIME types and refuses paths outside the folder", async () => {
    const types = async (p: string): Promise<[number, string | null]> => {
      const r = await fetch(`${server.url}${p}`);
      await r.arrayBuffer();
      return [r.status, r.headers.get("content-type")];
    };
    expect(await types("standalone.html")).toEqual([200, "text/html; charset=utf-8"]);
    expect(await types("assets/icon-16.png")).toEqual([200, "image/png"]);
    const js = /src="(taskpane\.[^"]+\.js)"/.exec(readFileSync(join(ADDIN_DIST, "taskpane.html"), "utf8"))?.[1] ?? "";
    expect(await types(js)).toEqual([200, "text/javascript; charset=utf-8"]);
    expect((await types("nope.html"))[0]).toBe(404);
    expect((await types("..%2f..%2fpackage.json"))[0]).toBe(403);
  });
});
