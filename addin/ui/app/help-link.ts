import type { Locale } from "union-ledger";

/** The local 使用说明 page, built next to the pages (webpack.config.js: help.html; addin/help/help.html). */
const HELP_PAGE = "help.html";

/** The help page's address beside this page, at the English part in English mode; absolute, as openBrowserWindow needs. */
export function helpUrl(locale: Locale, base: string = document.baseURI): string {
  return new URL(`${HELP_PAGE}${locale === "en" ? "#en" : ""}`, base).href;
}
