import { createRoot } from "react-dom/client";
import { App } from "../ui/app/App.js";
import { excelHost } from "../host/excel/excel-host.js";
import { wordHost } from "../host/word/word-host.js";
import type { Host } from "../host/host.js";

/** Which view: Office tells the host it runs in (addin.md: one manifest, two hosts). */
function hostFor(info: { host: Office.HostType | null }): Host {
  const isSetSupported = (set: string, version: string): boolean =>
    Office.context.requirements.isSetSupported(set, version);
  if (info.host === Office.HostType.Excel) {
    return {
      kind: "excel",
      workbook: excelHost({
        run: (batch) => Excel.run(batch),
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

void Office.onReady((info) => {
  const root = document.getElementById("root");
  if (!root) return;
  const locale = Office.context.displayLanguage?.toLowerCase().startsWith("en") ? "en" : "zh-CN";
  createRoot(root).render(<App host={hostFor(info)} initialLocale={locale} templateBytes={templateBytes} />);
});
