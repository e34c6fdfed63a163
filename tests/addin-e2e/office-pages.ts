import { execFile } from "node:child_process";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { Browser, Page } from "playwright-core";
import type { fakeControl, StubSeed } from "../addin/fakes/fake-control.js";
import type { WorkbookGrid } from "../addin/fakes/excel-state.js";
import { gridFromXlsx } from "../addin/fakes/seed.js";
import { afterAll, beforeAll } from "vitest";
import {
  ADDIN_DIST,
  launchBrowser,
  newPanePage,
  requireBuiltAddin,
  routeOfficeJs,
  startServer,
  watchPage,
  ROOT,
  type OfficeRoute,
  type PageProblems,
  type StaticServer,
} from "./harness.js";

/** The stub's control object, as the page has it. */
export type Fake = ReturnType<typeof fakeControl>;

/** Builds the office.js stub (the Office fakes in one script) into a temporary folder. */
export async function buildOfficeStub(): Promise<string> {
  const out = join(await mkdtemp(join(tmpdir(), "office-stub-")), "office.js");
  await promisify(execFile)(process.execPath, [join(ROOT, "tests/addin/fakes/build-stub.mjs"), out]);
  return out;
}

/** The Office stub and an .xlsx file's cells for the fake Excel to hold (the Excel view's tests). */
export function stubAndGrid(xlsx: string): Promise<[string, WorkbookGrid]> {
  return Promise.all([buildOfficeStub(), readFile(xlsx).then((b) => gridFromXlsx(new Uint8Array(b)))]);
}

export interface PanePage {
  readonly page: Page;
  readonly problems: PageProblems;
  readonly route: OfficeRoute;
  close(): Promise<void>;
  /** Runs `fn` against `window.__fake` in the page (`fn` is sent as source: no closures; pass `arg`). */
  fake<T, A = undefined>(fn: (fake: Fake, arg: A) => T, arg?: A): Promise<T>;
}

/** The built task pane in a host ("Excel" or "Word") over the stub, seeded before any script runs. */
export async function openPane(
  browser: Browser,
  url: string,
  stub: string,
  host: "Excel" | "Word",
  seed: StubSeed,
): Promise<PanePage> {
  const { context, page } = await newPanePage(browser);
  const problems = await watchPage(page);
  const route = await routeOfficeJs(page, stub);
  await page.addInitScript(({ h, s }) => Object.assign(globalThis, { __officeHost: h, __officeSeed: s }), {
    h: host,
    s: seed,
  });
  await page.goto(`${url}taskpane.html`);
  return {
    page,
    problems,
    route,
    close: () => context.close(),
    // The function is sent as source and run in the page, where __fake exists.
    fake: <T, A>(fn: (fake: Fake, arg: A) => T, arg?: A) =>
      page.evaluate(`(${fn.toString()})(window.__fake, ${JSON.stringify(arg ?? null)})`) as Promise<T>,
  };
}

/** The built pages on a local server and a browser, for one test file (opened before, closed after). */
export function builtPages(): { readonly server: StaticServer; readonly browser: Browser } {
  const env = {} as { server: StaticServer; browser: Browser };
  beforeAll(async () => {
    requireBuiltAddin();
    [env.server, env.browser] = await Promise.all([startServer(ADDIN_DIST), launchBrowser()]);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
