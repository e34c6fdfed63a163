/**
 * Browser entry for office-stub.test.ts: the adapters built over the Office globals exactly as the
 * task pane builds them (addin/taskpane/main.tsx), on `window.__adapters`.
 */
import { fromBase64 } from "../../addin/browser/base64.js";
import { excelHost } from "../../addin/host/excel/excel-host.js";
import { wordHost } from "../../addin/host/word/word-host.js";

const isSetSupported = (set: string, version: string): boolean =>
  Office.context.requirements.isSetSupported(set, version);

(globalThis as unknown as { __adapters: unknown }).__adapters = {
  excel: () =>
    excelHost({
      run: (batch) => Excel.run(batch),
      runOn: (context, batch) => Excel.run(context, batch),
      isSetSupported,
      createWorkbook: (b64: string) => Excel.createWorkbook(b64),
    }),
  word: () => wordHost({ run: (batch) => Word.run(batch), isSetSupported, settings: Office.context.document.settings }),
  fromBase64,
  ready: Office.onReady(),
};
