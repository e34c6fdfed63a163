/**
 * office.js for browser tests: installs `Office`, `Excel`, `Word` and `OfficeExtension` over the
 * fakes, and `window.__fake` for the test to seed and inspect them (see fake-control.ts). Built
 * into one IIFE by build-stub.mjs; nothing here may import Node modules.
 *
 * Before the page loads, a test may set (e.g. with page.addInitScript):
 * - `window.__officeHost` = "Excel" | "Word" (or the minimal stub's `__OFFICE_STUB_HOST__`); default Excel;
 * - `window.__officeSeed` = { excel?: WorkbookGrid, word?: { paragraphs, cursorAt? }, requirements?, payloadLimit? };
 * - `window.__officeLanguage` = Office.context.displayLanguage (default "zh-CN").
 */
import { fakeControl, type StubSeed } from "./fake-control.js";
import type { ExcelContext } from "./fake-excel.js";
import type { WordContext } from "./fake-word.js";
import { OfficeError } from "./office-runtime.js";

interface StubWindow {
  __officeHost?: string;
  __OFFICE_STUB_HOST__?: string;
  __officeSeed?: StubSeed;
  __officeLanguage?: string;
  __fake?: ReturnType<typeof fakeControl>;
}

const w = globalThis as unknown as StubWindow & Record<string, unknown>; // the page's window, typed for our globals only
const hostName = w.__officeHost ?? w.__OFFICE_STUB_HOST__ ?? "Excel";
const control = fakeControl(w.__officeSeed ?? {});
w.__fake = control;

const HostType = {
  Excel: "Excel",
  Word: "Word",
  PowerPoint: "PowerPoint",
  Outlook: "Outlook",
  OneNote: "OneNote",
  Project: "Project",
  Access: "Access",
};
const info = { host: hostName === "Word" ? HostType.Word : HostType.Excel, platform: "OfficeOnline" };

w.Office = {
  HostType,
  PlatformType: {
    PC: "PC",
    OfficeOnline: "OfficeOnline",
    Mac: "Mac",
    iOS: "iOS",
    Android: "Android",
    Universal: "Universal",
  },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  onReady(callback?: (i: typeof info) => void): Promise<typeof info> {
    const ready = new Promise<typeof info>((resolve) => setTimeout(() => resolve(info), 0));
    if (callback) void ready.then(callback);
    return ready;
  },
  context: {
    displayLanguage: w.__officeLanguage ?? "zh-CN",
    contentLanguage: w.__officeLanguage ?? "zh-CN",
    requirements: {
      isSetSupported: (name: string, version?: string) => control.isSetSupported(name, version ?? "1.1"),
    },
    document: { settings: control.settings },
  },
};

w.Excel = {
  // Excel.run(batch) and Excel.run(context, batch): the second resumes an earlier batch's context.
  run: <T>(
    first: ExcelContext | ((context: ExcelContext) => Promise<T>),
    batch?: (context: ExcelContext) => Promise<T>,
  ): Promise<T> => {
    if (typeof first === "function") return control.excelRun(first);
    if (!batch) throw new OfficeError("InvalidArgument", "Excel.run(context) needs a batch");
    return control.excelRunOn(first, batch);
  },
  createWorkbook: (base64: string): Promise<void> => control.createWorkbook(base64),
};

w.Word = {
  run: <T>(batch: (context: WordContext) => Promise<T>): Promise<T> => control.wordRun(batch),
};

w.OfficeExtension = { Error: OfficeError };
