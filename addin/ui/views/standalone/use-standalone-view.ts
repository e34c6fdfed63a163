import { useState } from "react";
import { inputErrorMessage } from "union-ledger";
import { DOCX_MIME, download } from "../../../browser/download.js";
import { docxWriter } from "../../../browser/docx-writer.js";
import { reportOf, reportText } from "../../../browser/report-model.js";
import { analyzePickedFile, fileBytes, type LoadedWorkbook } from "../../../browser/workbook-file.js";
import type { NoticeState } from "../../components/Notice.js";
import { useAction } from "../use-action.js";
import { useLocale, useStrings } from "../../i18n/locale.js";

export interface StandaloneViewState {
  readonly busy: string | undefined;
  readonly notice: NoticeState | undefined;
  readonly loaded: LoadedWorkbook | undefined;
  readonly narrative: string | undefined;
  readonly open: (f: File) => void;
  readonly downloadReport: () => void;
}

/** No Office: a chosen file → findings, totals, and the report .docx as a download. */
export function useStandaloneView(): StandaloneViewState {
  const s = useStrings();
  const locale = useLocale();
  const { busy, notice, act } = useAction();
  const [loaded, setLoaded] = useState<LoadedWorkbook>();
  const [narrative, setNarrative] = useState<string>();

  return {
    busy,
    notice,
    loaded,
    narrative,
    open: (f) =>
      act(s.reading, async () => {
        const r = await analyzePickedFile(f.name, await fileBytes(f));
        if (!r.ok) {
          setLoaded(undefined);
          return { intent: "error", text: inputErrorMessage(r.error, locale) };
        }
        setLoaded(r.value);
        setNarrative(reportText(await reportOf(r.value)));
        return { intent: "info", text: s.fileRead(r.value.fileName) };
      }),
    downloadReport: () =>
      act(s.downloading, async () => {
        if (!loaded) return undefined;
        const report = await reportOf(loaded);
        const name = `${report.unionName || "工会"}${report.fiscalYear}年度工作总结.docx`;
        download((await (await docxWriter()).reportDocx(report)).docx, name, DOCX_MIME);
        return undefined;
      }),
  };
}
