import { createRoot } from "react-dom/client";
import { App } from "../ui/app/App.js";
import { excelHost } from "../host/excel/excel-host.js";
import { wordHost } from "../host/word/word-host.js";
import type { Host } from "../host/host.js";

/** Which view: Office tells the host it runs in (addin.md: one manifest, two hosts). */
function hostFor(info: { host: Office.HostType | null }): Host {
  const isSetSupported = (set: string, version: string): boolean => Office.context.requirements.isSetSupported(set, version);
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
    return { kind: "word", document: wordHost({ run: (batch) => Word.run(batch), isSetSupported, settings: Office.context.document.settings }) };
  }
  return { kind: "none" };
}

/** The standard template ships next to the pane (same origin): fetched only when asked for. */
async function templateBytes(): Promise<Uint8Array> {
  const response = await fetch(new URL("union-ledger-template-v1.xlsx", document.baseURI));
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  return new Uint8Array(await response.arrayBuffer());
}

void Office.onReady((info) => {
  const root = document.getElementById("root");
  if (!root) return;
  const locale = Office.context.displayLanguage?.toLowerCase().startsWith("en") ? "en" : "zh-CN";
  createRoot(root).render(<App host={hostFor(info)} initialLocale={locale} templateBytes={templateBytes} />);
});
