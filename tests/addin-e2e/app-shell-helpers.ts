/**
 * For the app-shell tests: office.js variants, written to a temporary folder (the minimal stub or the
 * full fake with one thing changed: Office.onReady held back until the test lets it go, Office's theme
 * set, or openBrowserWindow offered), axe with options, and colours as the browser computes them.
 */
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { luminance } from "../../addin/ui/app/theme.js";
import { MINIMAL_OFFICE_STUB } from "./harness.js";

async function write(name: string, text: string): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), "app-shell-stub-")), name);
  await writeFile(file, text);
  return file;
}

/** The minimal stub whose Office.onReady resolves only when the page calls `window.__officeGetsReady()`. */
export async function lateOfficeStub(): Promise<string> {
  const minimal = await readFile(MINIMAL_OFFICE_STUB, "utf8");
  const held =
    "var ready = new Promise(function (resolve) { window.__officeGetsReady = function () { resolve(info); }; });";
  const text = minimal.replace("var ready = Promise.resolve(info);", held);
  if (text === minimal)
    throw new Error("minimal-office.js changed: no `var ready = Promise.resolve(info);` to hold back");
  return write("office-late.js", text);
}

/** Office's Black theme as Office.context.officeTheme reports it (isDarkTheme: Black and Dark Gray). */
export const BLACK_THEME = {
  bodyBackgroundColor: "#262626",
  bodyForegroundColor: "#FFFFFF",
  controlBackgroundColor: "#3B3B3B",
  controlForegroundColor: "#FFFFFF",
  isDarkTheme: true,
} as const;

/** `stub` (a path) with `extra` run after it, once Office exists. */
export async function stubWith(stub: string, extra: string): Promise<string> {
  return write("office-variant.js", `${await readFile(stub, "utf8")}\n;(function () { ${extra} })();\n`);
}

/** The stub with Office.context.officeTheme set. */
export const themedStub = (stub: string, theme: object = BLACK_THEME): Promise<string> =>
  stubWith(stub, `window.Office.context.officeTheme = ${JSON.stringify(theme)};`);

/** The minimal stub with OpenBrowserWindowApi 1.1: openBrowserWindow records its URLs on `window.__opened`. */
export const browserWindowStub = (): Promise<string> =>
  stubWith(
    MINIMAL_OFFICE_STUB,
    `window.__opened = [];
     window.Office.context.requirements.isSetSupported = function (set) { return set === "OpenBrowserWindowApi"; };
     window.Office.context.ui = { openBrowserWindow: function (url) { window.__opened.push(url); } };`,
  );

/**
 * A page's errors less the one Chromium causes itself: it asks for /favicon.ico (which the pages do not
 * have) at a moment of its choosing, and logs the 404 as a console error without the URL. A missing
 * chunk of ours would also be a 404, but it breaks the page, which the tests then see.
 */
export const pageErrors = (errors: readonly string[]): string[] =>
  errors.filter(
    (e) => e !== "console.error: Failed to load resource: the server responded with a status of 404 (Not Found)",
  );

/** axe-core's violations with options (a11y-checks.ts runs every rule with none). */
export async function axeViolations(page: Page, options: object = {}): Promise<string[]> {
  const source = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  return (await page.evaluate(
    `(async () => { ${source}; const r = await axe.run(document, ${JSON.stringify(options)}); return r.violations.map((v) => v.id + " " + v.nodes.map((n) => n.target.join(" ")).join(", ")); })()`,
  )) as string[];
}

/** Each badge's computed text and background colours, as the browser paints them. */
export const badgeColours = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll(".fui-Badge")].map((b) => ({
      text: b.textContent ?? "",
      color: getComputedStyle(b).color,
      background: getComputedStyle(b).backgroundColor,
    })),
  );

/** WCAG contrast of two computed colours ("rgb(r, g, b)"). */
export function contrast(a: string, b: string): number {
  const hex = (c: string): string =>
    `#${(c.match(/\d+/g) ?? [])
      .slice(0, 3)
      .map((n) => Number(n).toString(16).padStart(2, "0"))
      .join("")}`;
  const [x, y] = [luminance(hex(a)) ?? 0, luminance(hex(b)) ?? 0].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}
