import type { Page } from "playwright-core";

/**
 * Console errors of a page with where they came from, leaving out Chromium's own request for /favicon.ico (the pages
 * declare no icon, and a longer test sees the 404 of that request, which is no fault of the page's).
 */
export function pageConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && !m.location().url.endsWith("/favicon.ico"))
      errors.push(`${m.location().url}: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  return errors;
}
