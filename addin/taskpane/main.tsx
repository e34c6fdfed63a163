import { createRoot, type Root } from "react-dom/client";
import type { Locale } from "union-ledger";
import { App } from "../ui/app/App.js";
import { OfficeUnavailable } from "../ui/app/OfficeUnavailable.js";
import type { OfficeThemeColors } from "../ui/app/theme.js";
import { excelHost } from "../host/excel/excel-host.js";
import { wordHost } from "../host/word/word-host.js";
import type { Host } from "../host/host.js";

/**
 * How long Office.onReady may take before the pane says Office is not responding. It keeps waiting:
 * if Office gets ready later, the pane starts as usual.
 */
const READY_TIMEOUT_SECONDS = 20;

/**
 * Office.js's global, or undefined when office.js did not load (a blocked CDN on an office intranet, an
 * old webview): then `Office` is not declared at all, and naming it throws a ReferenceError; typeof does not.
 */
function officeGlobal(): typeof Office | undefined {
  return typeof Office === "undefined" || typeof Office.onReady !== "function" ? undefined : Office;
}

/** Which view: Office tells the host it runs in (addin.md: one manifest, two hosts). */
function hostFor(info: { host: Office.HostType | null }): Host {
  const isSetSupported = (set: string, version: string): boolean =>
    Office.context.requirements.isSetSupported(set, version);
  if (info.host === Office.HostType.Excel) {
    return {
      kind: "excel",
      workbook: excelHost({
        run: (batch) => Excel.run(batch),
        runOn: (context, batch) => Excel.run(context, batch),
        isSetSupported,
        ...(isSetSupported("ExcelApi", "1.8") ? { createWorkbook: (b64: string) => Excel.createWorkbook(b64) } : {}),
      }),
    };
  }
  if (info.host === Office.HostType.Word) {
    return {
      kind: "word",
      document: wordHost({
        run: (batch) => Word.run(batch),
        isSetSupported,
        settings: Office.context.document.settings,
      }),
    };
  }
  return { kind: "none" };
}

/** The standard template, loaded only when the clerk asks for a new workbook. */
async function templateBytes(): Promise<Uint8Array> {
  const { templateBytes: bytes } = await import(/* webpackChunkName: "template" */ "../browser/template-file.js");
  return bytes();
}

/** Office.context.officeTheme (ExcelApi/WordApi hosts on the web, Windows, Mac); older Office has none. */
const officeTheme = (): OfficeThemeColors | undefined =>
  (Office.context as { officeTheme?: Office.OfficeTheme }).officeTheme ?? undefined;

/** Office's openBrowserWindow (OpenBrowserWindowApi 1.1): a plain link would open inside the pane's webview. */
function browserWindowOpener(): ((url: string) => void) | undefined {
  return Office.context.requirements.isSetSupported("OpenBrowserWindowApi", "1.1")
    ? (url) => Office.context.ui.openBrowserWindow(url)
    : undefined;
}

const browserLocale = (): Locale => (navigator.language.toLowerCase().startsWith("en") ? "en" : "zh-CN");

/** Replaces the page's static 正在加载 text: with the pane once Office is ready, or with what went wrong. */
function start(root: Root): void {
  const office = officeGlobal();
  if (!office) {
    root.render(<OfficeUnavailable problem={{ kind: "missing" }} locale={browserLocale()} />);
    return;
  }
  const timer = window.setTimeout(
    () =>
      root.render(
        <OfficeUnavailable problem={{ kind: "timeout", seconds: READY_TIMEOUT_SECONDS }} locale={browserLocale()} />,
      ),
    READY_TIMEOUT_SECONDS * 1000,
  );
  void office.onReady((info) => {
    window.clearTimeout(timer);
    const locale = office.context.displayLanguage?.toLowerCase().startsWith("en") ? "en" : "zh-CN";
    const opener = browserWindowOpener();
    root.render(
      <App
        host={hostFor(info)}
        initialLocale={locale}
        templateBytes={templateBytes}
        officeTheme={officeTheme}
        {...(opener ? { openBrowserWindow: opener } : {})}
      />,
    );
  });
}

const element = document.getElementById("root");
if (element) start(createRoot(element));
