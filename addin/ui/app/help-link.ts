import type { Locale } from "union-ledger";

/** The local 使用说明 page, built next to the pages (webpack.config.js: help.html; addin/help/help.html). */
const HELP_PAGE = "help.html";

/** The help page's address beside this page, at the English part in English mode; absolute, as openBrowserWindow needs. */
export function helpUrl(locale: Locale, base: string = document.baseURI): string {
  return new URL(`${HELP_PAGE}${locale === "en" ? "#en" : ""}`, base).href;
}

/**
 * The body of help.html (what its <main> holds), for the standalone page's built-in 使用说明 (HelpSection): the
 * page's <head> is a template with its own CSP and styles, not for another page. Headings go down one level: the page's
 * own h1 is its name.
 */
export function helpBody(page: string): string {
  const body = /<main>([\s\S]*)<\/main>/.exec(page)?.[1];
  if (body === undefined) throw new HelpPageMissingMainError();
  return body.replace(/<(\/?)h([1-5])\b/g, (_, slash: string, n: string) => `<${slash}h${Number(n) + 1}`);
}

/** A bug in the build: help.html lost its <main>. */
export class HelpPageMissingMainError extends Error {
  override name = "HelpPageMissingMainError";
  constructor() {
    super("addin/help/help.html has no <main> element");
  }
}
