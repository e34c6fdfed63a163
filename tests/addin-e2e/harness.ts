/**
 * The browser-test harness for the add-in's pages (the built dist/addin/, never a dev server):
 *
 * - `startServer(dir)`: a static file server on 127.0.0.1, random port;
 * - `launchBrowser()`: Debian's Chromium through playwright-core (`npx playwright install` cannot
 *   download browsers here), path from env CHROMIUM_PATH or /usr/bin/chromium;
 * - `routeOfficeJs(page, stub)`: office.js from Microsoft's CDN → a local stub; every other request
 *   that is not for 127.0.0.1 (or file:, data:, blob:) is aborted and recorded;
 * - `watchPage(page)`: console errors, uncaught errors and CSP violations;
 * - `screenshot(page, name)`: artifacts/addin/<name>.png at task-pane width (350 px).
 *
 * Browser tests must not be skipped silently in CI: `chromiumForTests()` throws when Chromium is
 * missing and env CI is set.
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, stat } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "playwright-core";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** The built pages (`npm run build:addin`, part of `npm run build`, which `npm test` runs first). */
/** ADDIN_DIST: another build (webpack.config.js's ADDIN_OUT), for testing a build of work in progress. */
export const ADDIN_DIST = process.env.ADDIN_DIST ? resolve(process.env.ADDIN_DIST) : join(ROOT, "dist/addin");
export const ARTIFACTS = join(ROOT, "artifacts/addin");
export const MINIMAL_OFFICE_STUB = join(ROOT, "tests/addin-e2e/stubs/minimal-office.js");
/** The task pane's width in Office on Windows by default. */
export const PANE_WIDTH = 350;

export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
] as const;

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

export interface StaticServer {
  /** `http://127.0.0.1:PORT/` (ends in "/"). */
  readonly url: string;
  /** Paths asked for, in order (for asserting what a page loaded). */
  readonly requests: readonly string[];
  close(): Promise<void>;
}

/** Serves `dir` read-only on 127.0.0.1 at a random port; "/" is index.html; no directory listings. */
export async function startServer(dir: string): Promise<StaticServer> {
  const base = resolve(dir);
  const requests: string[] = [];
  const server = createServer((req, res) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
      requests.push(pathname);
      const file = resolve(base, `.${pathname.endsWith("/") ? `${pathname}index.html` : pathname}`);
      if (req.method !== "GET" && req.method !== "HEAD") {
        res.writeHead(405, { Allow: "GET, HEAD" }).end();
        return;
      }
      if (file !== base && !file.startsWith(base + sep)) {
        res.writeHead(403).end();
        return;
      }
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) {
        res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("not found");
        return;
      }
      const body = await readFile(file);
      res.writeHead(200, {
        "Content-Type": MIME[extname(file).toLowerCase()] ?? "application/octet-stream",
        "Content-Length": body.length,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      });
      res.end(req.method === "HEAD" ? undefined : body);
    })().catch((e: unknown) => {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(e));
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", ok);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () =>
      new Promise<void>((ok, fail) => {
        server.closeAllConnections();
        server.close((e) => (e ? fail(e) : ok()));
      }),
  };
}

/** The Chromium to use: env CHROMIUM_PATH, else /usr/bin/chromium; null when neither exists. */
export function chromiumPath(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH?.trim();
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : null;
}

/**
 * For test files: Chromium's path, or null (the caller skips its browser tests) — but in CI (env CI
 * set) a missing Chromium throws, so the browser tests fail instead of being skipped silently.
 */
export function chromiumForTests(): string | null {
  const path = chromiumPath();
  if (!path && process.env.CI) {
    throw new Error(
      `Chromium not found at ${process.env.CHROMIUM_PATH?.trim() || "/usr/bin/chromium"}: CI must run the browser tests (.ci/run installs Debian's chromium)`,
    );
  }
  return path;
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath)
    throw new Error("Chromium not found: set CHROMIUM_PATH or install Debian's chromium (/usr/bin/chromium)");
  return chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_FLAGS] });
}

/** A page at task-pane size (350 × 800 CSS px), Chinese locale, in a context of its own. */
export async function newPanePage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: PANE_WIDTH, height: 800 },
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    acceptDownloads: true,
    ...options,
  });
  return { context, page: await context.newPage() };
}

export interface OfficeRoute {
  /** Outside requests (not 127.0.0.1, file:, data:, blob:), aborted, in order. */
  readonly outside: string[];
  /** office.js requests answered with the stub. */
  readonly officeJs: string[];
}

/** Is this a request a page of ours may make: the local server, or a local/inline resource. */
export function isLocalUrl(raw: string): boolean {
  const url = new URL(raw);
  if (url.protocol === "file:" || url.protocol === "data:" || url.protocol === "blob:" || url.protocol === "about:")
    return true;
  return (
    (url.protocol === "http:" || url.protocol === "https:" || url.protocol === "ws:" || url.protocol === "wss:") &&
    url.hostname === "127.0.0.1"
  );
}

function isOfficeJs(raw: string): boolean {
  const url = new URL(raw);
  return (
    url.protocol === "https:" && url.hostname === "appsforoffice.microsoft.com" && url.pathname.endsWith("/office.js")
  );
}

/**
 * office.js (https://appsforoffice.microsoft.com/**\/office.js) → the local file `stubScriptPath`;
 * every other request that is not local is aborted and recorded, so a test can assert that nothing
 * left the machine. Routes the page's whole context (popups and workers too). Requests the router
 * does not see (file:, or anything Chromium starts outside the page) are recorded from the page's
 * request events.
 */
export async function routeOfficeJs(page: Page, stubScriptPath: string): Promise<OfficeRoute> {
  const stub = await readFile(stubScriptPath);
  const log: OfficeRoute = { outside: [], officeJs: [] };
  const context = page.context();
  await context.route(
    () => true,
    async (route) => {
      const url = route.request().url();
      if (isOfficeJs(url)) {
        log.officeJs.push(url);
        await route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: stub });
      } else if (isLocalUrl(url)) {
        await route.continue();
      } else {
        if (!log.outside.includes(url)) log.outside.push(url);
        await route.abort("blockedbyclient");
      }
    },
  );
  await context.routeWebSocket(
    (url) => !isLocalUrl(url.href),
    (ws) => {
      if (!log.outside.includes(ws.url())) log.outside.push(ws.url());
      void ws.close();
    },
  );
  page.on("request", (req) => {
    const url = req.url();
    if (!isLocalUrl(url) && !isOfficeJs(url) && !log.outside.includes(url)) log.outside.push(url);
  });
  return log;
}

export interface PageProblems {
  /** console.error messages and uncaught exceptions. */
  readonly errors: string[];
  /** CSP violations reported by the page ("directive blockedURI"). */
  readonly cspViolations: string[];
}

/** Records console errors, uncaught exceptions and CSP violations of `page`; call before `goto`. */
export async function watchPage(page: Page): Promise<PageProblems> {
  const problems: PageProblems = { errors: [], cspViolations: [] };
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.errors.push(`console.error: ${msg.text()}`);
  });
  page.on("pageerror", (err) => problems.errors.push(`uncaught: ${err.stack ?? err.message}`));
  await page.exposeBinding("__reportCspViolation", (_source, text: string) => {
    problems.cspViolations.push(text);
  });
  await page.addInitScript(`document.addEventListener("securitypolicyviolation", (e) => {
    window.__reportCspViolation(e.effectiveDirective + " " + (e.blockedURI || "(inline)") + " " + (e.sourceFile || "") + ":" + e.lineNumber);
  });`);
  return problems;
}

/** A full-page screenshot at task-pane width (350 px) into artifacts/addin/<name>.png; returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  if (!/^[\w.-]+$/.test(name)) throw new Error(`screenshot name must be a plain file name: ${name}`);
  const height = page.viewportSize()?.height ?? 800;
  await page.setViewportSize({ width: PANE_WIDTH, height });
  await mkdir(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Throws a plain message when the add-in has not been built (vitest alone does not build). */
export function requireBuiltAddin(): void {
  for (const page of ["taskpane.html", "commands.html", "standalone.html"]) {
    if (!existsSync(join(ADDIN_DIST, page)))
      throw new Error(`dist/addin/${page} is missing: run \`npm run build:addin\` (npm test builds first)`);
  }
}
